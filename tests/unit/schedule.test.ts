import { describe, expect, test } from 'vitest';
import { createScheduler } from '../../src/lib/domain/scheduler';
import {
	bucketOf,
	bucketsOf,
	decodeBucket,
	encodeBucket,
	SCHEDULE_BUCKETS,
	summarize,
	updateBucket
} from '../../src/lib/storage/schedule';

const scheduler = createScheduler({ fuzz: false });
const T0 = Date.UTC(2026, 1, 2, 9, 0);
const ids = Array.from({ length: 40 }, (_, i) => `deck/fact-${i}/event.date-choice`);
const states = new Map(ids.map((id, i) => [id, scheduler.next(undefined, T0 + i * 60_000, 3)]));

function decoded(bucket: unknown) {
	const into = new Map();
	expect(decodeBucket(bucket, into)).toBe(true);
	return into;
}

describe('the schedule buckets', () => {
	test('a card always falls in the same bucket, and cards spread over them', () => {
		expect(bucketOf(ids[0] as string)).toBe(bucketOf(ids[0] as string));
		const used = new Set(ids.map(bucketOf));
		expect(used.size).toBeGreaterThan(20);
		expect([...used].every((b) => b >= 0 && b < SCHEDULE_BUCKETS)).toBe(true);
	});

	test('encoding then decoding gives back each card’s due, stability and state', () => {
		const summaries = new Map([...states].map(([id, s]) => [id, summarize(s)]));
		expect(decoded(structuredClone(encodeBucket(summaries)))).toEqual(summaries);
		const buckets = bucketsOf(states);
		const all = new Map();
		for (const { key, entries } of buckets.values()) {
			expect(key[0]).toBe('deck');
			for (const id of entries.keys()) {
				expect(bucketOf(id)).toBe(key[1]);
			}
			decodeBucket(encodeBucket(entries), all);
		}
		expect(all).toEqual(summaries);
	});

	test('a grade adds, moves or removes one card and leaves the others as they were', () => {
		const [a, b, c] = ids as [string, string, string];
		const first = states.get(a)!;
		let bucket = updateBucket(undefined, a, first);
		bucket = updateBucket(structuredClone(bucket), b, states.get(b));
		expect(decoded(bucket)).toEqual(
			new Map([
				[a, summarize(first)],
				[b, summarize(states.get(b)!)]
			])
		);
		const later = scheduler.next(first, first.due, 4);
		bucket = updateBucket(structuredClone(bucket), a, later);
		expect(decoded(bucket).get(a)).toEqual(summarize(later));
		expect(decoded(bucket).get(b)).toEqual(summarize(states.get(b)!));
		bucket = updateBucket(structuredClone(bucket), c, undefined);
		expect(decoded(bucket).size).toBe(2);
		bucket = updateBucket(structuredClone(bucket), a, undefined);
		expect(decoded(bucket)).toEqual(new Map([[b, summarize(states.get(b)!)]]));
		bucket = updateBucket(structuredClone(bucket), b, undefined);
		expect(decoded(bucket)).toEqual(new Map());
	});

	test('a damaged bucket is not read, and is not updated over', () => {
		const good = encodeBucket(new Map([[ids[0] as string, summarize(states.get(ids[0]!)!)]]));
		const damaged = [
			{ ids: 42 },
			{ ...good, due: new Float64Array(3) },
			{ ...good, state: [2] },
			null,
			'bucket'
		];
		for (const value of damaged) {
			expect(decodeBucket(value, new Map())).toBe(false);
			expect(updateBucket(value, ids[1] as string, states.get(ids[1]!))).toBeUndefined();
		}
	});
});
