// The scheduling-quality experiment: for each simulated learner, SM-2, Leitner, ours and the
// oracle over one year; ours and the oracle are also compared with SM-2 at equal knowledge, at the
// desired retention (found by bisection) where they end the year knowing as much as SM-2.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SCHEDULER_SETTINGS, RETENTION_RANGE } from '../../src/lib/domain/scheduler';
import { LEARNERS, type Learner } from './learner';
import { leitner, oracle, ours, sm2, type SimScheduler } from './schedulers';
import {
	DEFAULT_OPTIONS,
	simulate,
	type SimulationOptions,
	type SimulationResult
} from './simulate';

export interface Row extends SimulationResult {
	/** What the row is: the scheduler, and for FSRS how its retention was chosen. */
	label: string;
	/** Desired retention, for the FSRS schedulers. */
	retention?: number;
	/** True when the row is at SM-2's knowledge (within the tolerance). */
	equalKnowledge?: boolean;
	/** Memorized per minute, relative to SM-2's. */
	efficiencyVsSm2: number;
}

export interface SimulationReport {
	options: Omit<SimulationOptions, 'learner'>;
	tolerance: number;
	learners: { learner: Learner; rows: Row[] }[];
}

/** Relative gap in memorized cards at which two runs count as equal knowledge. */
export const TOLERANCE = 0.01;

/**
 * The desired retention in the app's range at which `make(retention)` ends with `target`
 * memorized cards: bisection on a quantity that grows with retention (up to simulation noise).
 * The search runs `searchRuns` years per step; the retention found is then run in full.
 */
export function bisectRetention(
	make: (retention: number) => SimScheduler<unknown>,
	target: number,
	options: SimulationOptions,
	{ tolerance = TOLERANCE / 10, steps = 10, searchRuns = 2 } = {}
): { retention: number; result: SimulationResult } {
	let low: number = RETENTION_RANGE.min;
	let high: number = RETENTION_RANGE.max;
	let best = { retention: high, gap: Infinity };
	for (let i = 0; i < steps; i++) {
		const retention = (low + high) / 2;
		const memorized = simulate(make(retention), { ...options, runs: searchRuns }).memorized;
		const gap = memorized / target - 1;
		if (Math.abs(gap) < Math.abs(best.gap)) {
			best = { retention, gap };
		}
		if (Math.abs(gap) <= tolerance) {
			break;
		}
		if (gap < 0) {
			low = retention;
		} else {
			high = retention;
		}
	}
	return { retention: best.retention, result: simulate(make(best.retention), options) };
}

/** Every scheduler of the comparison, for one learner. */
export function runLearner(
	learner: Learner,
	options: Omit<SimulationOptions, 'learner'> = DEFAULT_OPTIONS
): Row[] {
	const full = { ...options, learner };
	const reference = simulate(sm2(), full);
	const row = (result: SimulationResult, retention?: number, how = ''): Row => ({
		label: result.scheduler + how,
		...result,
		retention,
		equalKnowledge: Math.abs(result.memorized / reference.memorized - 1) <= TOLERANCE,
		efficiencyVsSm2: result.memorizedPerMinute / reference.memorizedPerMinute
	});
	const atEqualKnowledge = (make: (retention: number) => SimScheduler<unknown>) => {
		const found = bisectRetention(make, reference.memorized, full);
		return row(found.result, found.retention, ', at SM-2’s knowledge');
	};
	const appRetention = DEFAULT_SCHEDULER_SETTINGS.retention;
	return [
		row(reference),
		row(simulate(leitner(), full)),
		row(simulate(ours(appRetention), full), appRetention, ', app’s retention'),
		atEqualKnowledge((r) => ours(r)),
		atEqualKnowledge((r) => ours(r, false)),
		atEqualKnowledge((r) => oracle(learner.w, r))
	];
}

/** Every learner, each in a child process of its own (one per core). */
export async function runSimulation(
	options: Omit<SimulationOptions, 'learner'> = DEFAULT_OPTIONS,
	learners: readonly Learner[] = LEARNERS
): Promise<SimulationReport> {
	const child = fileURLToPath(new URL('./child.ts', import.meta.url));
	const results: Row[][] = [];
	let next = 0;
	const lane = async () => {
		while (next < learners.length) {
			const index = next++;
			results[index] = await new Promise<Row[]>((resolve, reject) => {
				const process = fork(child, { execArgv: ['--import', 'tsx'] });
				process.once('message', (rows) => resolve(rows as Row[]));
				process.once('error', reject);
				process.once('exit', (code) => reject(new Error(`simulation exited with ${code}`)));
				process.send({ learner: learners[index], options });
			});
		}
	};
	await Promise.all(
		Array.from({ length: Math.min(availableParallelism(), learners.length) }, lane)
	);
	return {
		options,
		tolerance: TOLERANCE,
		learners: learners.map((learner, i) => ({ learner, rows: results[i] as Row[] }))
	};
}

export function formatSimulation(report: SimulationReport): string {
	const o = report.options;
	const lines = [
		`Scheduling quality: ${o.cards} cards, ${o.days} days, ${o.newPerDay} new/day, ≤ ${o.reviewsPerDay} reviews/day, ` +
			`${o.budgetSeconds / 60} min/day budget, ${o.costs.new}/${o.costs.success}/${o.costs.failure} s per new/success/failure, seed "${o.seed}"`,
		`"=" marks a run at SM-2's knowledge (memorized within ${report.tolerance * 100} %).`
	];
	for (const { learner, rows } of report.learners) {
		lines.push(
			'',
			`Learner: ${learner.name} (S0 ${learner.w
				.slice(0, 4)
				.map((x) => +x.toFixed(3))
				.join('/')}, decay ${learner.w[20]})`
		);
		lines.push(
			table(
				['scheduler', 'retention', 'minutes', 'memorized', 'per minute', 'vs SM-2'],
				rows.map((r) => [
					r.label,
					r.retention === undefined ? '' : r.retention.toFixed(3),
					r.minutes.toFixed(0),
					`${r.memorized.toFixed(1)}${r.equalKnowledge ? ' =' : ''}`,
					r.memorizedPerMinute.toFixed(3),
					`${r.efficiencyVsSm2.toFixed(3)}×`
				])
			)
		);
	}
	return lines.join('\n');
}

/** A plain text table: first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) =>
		cells
			.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
			.join('  ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(formatSimulation(await runSimulation()));
}
