// Wrong answers that look right: of the same kind as the answer, never the answer or one of its
// spellings, never twice the same, and the same for the same seed.
import type { Pools } from './facts';
import { factDateKey, shiftFactDate, type FactDate } from './dates';
import type { Random } from './random';
import { foldText } from './text';

/**
 * Picks `count` distinct candidates that differ from the answer and its variants. `preferred`
 * candidates are used first (e.g. countries of the same region), then the rest. Returns fewer
 * than `count` when there are not enough.
 */
export function pickDistractors(
	answer: readonly string[],
	preferred: readonly string[],
	others: readonly string[],
	count: number,
	random: Random
): string[] {
	const taken = new Set(answer.map(foldText));
	const fresh = (list: readonly string[]) => {
		const out: string[] = [];
		for (const item of list) {
			const key = foldText(item);
			if (key !== '' && !taken.has(key)) {
				taken.add(key);
				out.push(item);
			}
		}
		return out;
	};
	const first = random.shuffle(fresh(preferred));
	const chosen = first.slice(0, count);
	if (chosen.length < count) {
		chosen.push(...random.shuffle(fresh(others)).slice(0, count - chosen.length));
	}
	return chosen;
}

/** Countries to draw from, those of the answer's region first. */
export function countryCandidates(
	answer: string,
	pools: Pools,
	extra: readonly string[] = []
): { preferred: string[]; others: string[] } {
	const region = pools.countries.find((c) => foldText(c.name) === foldText(answer))?.region;
	const preferred = pools.countries.filter((c) => c.region === region).map((c) => c.name);
	const others = [...extra, ...pools.countries.map((c) => c.name)];
	return region ? { preferred, others } : { preferred: extra.slice(), others };
}

/** Dates of the same precision near the true one, never equal to it. */
export function nearDates(date: FactDate, count: number, random: Random): FactDate[] {
	const spread = date.day !== undefined ? 20 : date.month !== undefined ? 6 : 5;
	const offsets = Array.from({ length: spread * 2 }, (_, i) =>
		i < spread ? i - spread : i - spread + 1
	);
	const seen = new Set([factDateKey(date)]);
	const out: FactDate[] = [];
	for (const offset of random.shuffle(offsets)) {
		const candidate = shiftFactDate(date, offset);
		const key = factDateKey(candidate);
		if (!seen.has(key)) {
			seen.add(key);
			out.push(candidate);
		}
		if (out.length === count) {
			break;
		}
	}
	return out;
}

/** Numbers near the true one (same sign, same number of decimals), percentages stay ≤ 100. */
export function nearNumbers(
	value: number,
	unit: string | undefined,
	count: number,
	random: Random
): number[] {
	const decimals = (String(value).split('.')[1] ?? '').length;
	const round = (n: number) => Number(n.toFixed(decimals));
	const max = unit?.trim() === '%' ? 100 : Infinity;
	const seen = new Set([value]);
	const out: number[] = [];
	const step = Math.max(Math.abs(value) * 0.15, 10 ** -decimals);
	for (let attempt = 0; attempt < 200 && out.length < count; attempt++) {
		const factor = (random.int(6) + 1) * (random.next() < 0.5 ? -1 : 1);
		const candidate = round(value + factor * step);
		if (
			candidate > 0 === value > 0 &&
			candidate <= max &&
			candidate !== 0 &&
			!seen.has(candidate)
		) {
			seen.add(candidate);
			out.push(candidate);
		}
	}
	return out;
}
