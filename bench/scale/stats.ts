// Medians of repeated measurements.

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The median of each field over several runs. */
export function medianOf<T extends Record<string, number>>(runs: readonly T[]): T {
	const keys = Object.keys(runs[0] ?? {}) as (keyof T)[];
	return Object.fromEntries(
		keys.map((key) => [key, median(runs.map((r) => r[key] as number))])
	) as T;
}
