// One simulated year: a learner studies a collection every day with one scheduler, within the
// daily limits and time budget; at the end, how much they know and how long it took.
import { createRandom, type Random } from '../../src/lib/domain/random';
import { answer, DAY_MS, retrievability, type Learner, type Memory } from './learner';
import type { SimScheduler } from './schedulers';

export interface SimulationOptions {
	learner: Learner;
	cards: number;
	days: number;
	newPerDay: number;
	/** Reviews of cards last answered on an earlier day. */
	reviewsPerDay: number;
	/** Study time available each day, seconds. */
	budgetSeconds: number;
	/** Seconds per answer: a new card's first answer, a success, a failure. */
	costs: { new: number; success: number; failure: number };
	seed: string;
	/** Years simulated, each with its own seed derived from `seed`; results are their mean. */
	runs: number;
}

export const DEFAULT_OPTIONS: Omit<SimulationOptions, 'learner'> = {
	cards: 1000,
	days: 365,
	newPerDay: 20,
	reviewsPerDay: 200,
	budgetSeconds: 30 * 60,
	costs: { new: 25, success: 8, failure: 20 },
	seed: 'revise-bench',
	runs: 5
};

export interface SimulationResult {
	scheduler: string;
	learner: string;
	minutes: number;
	/** Sum of the true recall probabilities of every card at the end of the last day. */
	memorized: number;
	memorizedPerMinute: number;
	answers: number;
	/** Cards seen at least once. */
	introduced: number;
	/** Days on which the time budget ran out before the queue did. */
	daysOverBudget: number;
}

const START = Date.UTC(2025, 0, 6);
const SESSION_HOUR = 9 * 3_600_000;
/** A learning card due this soon is shown when nothing else is left (as in the app). */
const LEARN_AHEAD_MS = 20 * 60_000;

/** The mean of `options.runs` simulated years. */
export function simulate<S>(
	scheduler: SimScheduler<S>,
	options: SimulationOptions
): SimulationResult {
	const runs = Array.from({ length: options.runs }, (_, k) =>
		simulateOnce(scheduler, options, `${options.seed}#${k}`)
	);
	const mean = (pick: (r: SimulationResult) => number) =>
		runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
	const minutes = mean((r) => r.minutes);
	const memorized = mean((r) => r.memorized);
	return {
		scheduler: scheduler.name,
		learner: options.learner.name,
		minutes,
		memorized,
		memorizedPerMinute: minutes > 0 ? memorized / minutes : 0,
		answers: mean((r) => r.answers),
		introduced: mean((r) => r.introduced),
		daysOverBudget: mean((r) => r.daysOverBudget)
	};
}

export function simulateOnce<S>(
	scheduler: SimScheduler<S>,
	options: SimulationOptions,
	seed = options.seed
): SimulationResult {
	const { learner, costs } = options;
	const states: (S | undefined)[] = [];
	const memories: (Memory | undefined)[] = [];
	const due: number[] = [];
	// One stream of draws per card: two schedulers showing a card its k-th time draw the same.
	const randoms: Random[] = [];
	let introduced = 0;
	let seconds = 0;
	let answers = 0;
	let daysOverBudget = 0;

	for (let day = 0; day < options.days; day++) {
		const dayStart = START + day * DAY_MS;
		const dayEnd = dayStart + DAY_MS;
		// Due today, oldest first, within the review limit; (re)learning cards join as they come.
		const today: number[] = [];
		for (let i = 0; i < introduced; i++) {
			if ((due[i] as number) < dayEnd) {
				today.push(i);
			}
		}
		today.sort((a, b) => (due[a] as number) - (due[b] as number));
		today.length = Math.min(today.length, options.reviewsPerDay);

		let clock = dayStart + SESSION_HOUR;
		let spent = 0;
		let newToday = 0;
		for (;;) {
			const newLeft = newToday < options.newPerDay && introduced < options.cards;
			if (spent >= options.budgetSeconds) {
				if (newLeft || earliest(today, due, dayEnd - 1) >= 0) {
					daysOverBudget++;
				}
				break;
			}
			let pick = earliest(today, due, clock);
			if (pick < 0 && newLeft) {
				pick = introduced++;
				newToday++;
				randoms[pick] = createRandom(`${seed}:${learner.name}:${pick}`);
			}
			if (pick < 0) {
				pick = earliest(today, due, Math.min(dayEnd - 1, clock + LEARN_AHEAD_MS));
			}
			if (pick < 0) {
				break;
			}
			const memory = memories[pick];
			const result = answer(learner, memory, clock, randoms[pick] as Random);
			const cost = memory ? (result.grade === 1 ? costs.failure : costs.success) : costs.new;
			const state = scheduler.next(states[pick], clock, result.grade);
			memories[pick] = result.memory;
			states[pick] = state;
			due[pick] = scheduler.due(state);
			const index = today.indexOf(pick);
			if ((due[pick] as number) >= dayEnd && index >= 0) {
				today.splice(index, 1);
			} else if ((due[pick] as number) < dayEnd && index < 0) {
				today.push(pick);
			}
			clock += cost * 1000;
			spent += cost;
			answers++;
		}
		seconds += spent;
	}

	const end = START + options.days * DAY_MS;
	let memorized = 0;
	for (const memory of memories) {
		if (memory) {
			memorized += retrievability(learner.w, (end - memory.lastReview) / DAY_MS, memory.stability);
		}
	}
	const minutes = seconds / 60;
	return {
		scheduler: scheduler.name,
		learner: learner.name,
		minutes,
		memorized,
		memorizedPerMinute: minutes > 0 ? memorized / minutes : 0,
		answers,
		introduced,
		daysOverBudget
	};
}

/** The card of `today` due first, if it is due by `limit`; −1 if none. */
function earliest(today: readonly number[], due: readonly number[], limit: number): number {
	let pick = -1;
	for (const i of today) {
		if ((due[i] as number) <= limit && (pick < 0 || (due[i] as number) < (due[pick] as number))) {
			pick = i;
		}
	}
	return pick;
}
