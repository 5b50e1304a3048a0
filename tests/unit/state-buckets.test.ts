import { describe, expect, test } from 'vitest';
import { createScheduler, type CardState } from '../../src/lib/domain/scheduler';
import {
	bucketOf,
	bucketsOf,
	decodeStates,
	encodeStates,
	STATE_BUCKETS,
	stateIn,
	statesOf,
	storedBucket,
	withState,
	type StateColumns
} from '../../src/lib/storage/state-buckets';

const scheduler = createScheduler({ fuzz: false });
const T0 = Date.UTC(2026, 1, 2, 9, 0);
const ids = Array.from({ length: 40 }, (_, i) => `deck/fact-${i}/event.date-choice`);
/** New, learning, review and relearning states; some with no last review. */
const states = new Map(
	ids.map((id, i): [string, CardState] => {
		let state = scheduler.next(undefined, T0 + i * 60_000, 3);
		for (let k = 0; k < i % 4; k++) {
			state = scheduler.next(state, state.due, k === 2 ? 1 : 3);
		}
		return [id, i % 5 === 0 ? scheduler.newCard(T0) : state];
	})
);

/** A bucket as IndexedDB gives it back: a structured clone of what was stored. */
function stored<T>(bucket: T): T {
	return structuredClone(bucket);
}

describe('the state buckets', () => {
	test('a card always falls in the same bucket, and cards spread over them', () => {
		expect(bucketOf(ids[0] as string)).toBe(bucketOf(ids[0] as string));
		const used = new Set(ids.map(bucketOf));
		expect(used.size).toBeGreaterThan(20);
		expect([...used].every((b) => b >= 0 && b < STATE_BUCKETS)).toBe(true);
	});

	test('encoding then decoding gives back every state, field for field', () => {
		expect([...states.values()].some((s) => s.lastReview === undefined)).toBe(true);
		expect(new Set([...states.values()].map((s) => s.state)).size).toBe(4);
		const decoded = decodeStates(stored(encodeStates(states)));
		expect(decoded && statesOf([decoded])).toEqual(states);
		const buckets = bucketsOf(states);
		for (const { key, bucket } of buckets) {
			expect(key[0]).toBe('deck');
			expect(decodeStates(bucket)?.ids.every((id) => bucketOf(id) === key[1])).toBe(true);
		}
		const all = buckets.map(({ bucket }) => decodeStates(stored(bucket))!);
		expect(statesOf(all)).toEqual(states);
	});

	test('a grade adds, moves or removes one card and leaves the others as they were', () => {
		const [a, b, c] = ids as [string, string, string];
		const first = states.get(a)!;
		// Each step is stored and read back, as a grade does.
		const read = (bucket: StateColumns | undefined) =>
			bucket && decodeStates(stored(storedBucket(bucket)));
		let bucket = withState(undefined, a, first);
		bucket = withState(read(bucket), b, states.get(b));
		expect(statesOf([read(bucket)!])).toEqual(
			new Map([
				[a, first],
				[b, states.get(b)]
			])
		);
		const later = scheduler.next(first, first.due, 4);
		bucket = withState(read(bucket), a, later);
		expect(stateIn(read(bucket), a)).toEqual(later);
		expect(stateIn(read(bucket), b)).toEqual(states.get(b));
		const before = read(bucket);
		expect(withState(before, c, undefined)).toBe(before);
		bucket = withState(read(bucket), a, undefined);
		expect(statesOf([read(bucket)!])).toEqual(new Map([[b, states.get(b)]]));
		expect(withState(read(bucket), b, undefined)).toBeUndefined();
	});

	test('in a bucket of many cards, one removed or changed leaves every other as it was', () => {
		const all = decodeStates(encodeStates(states))!;
		const middle = ids[17] as string;
		const without = new Map(states);
		without.delete(middle);
		expect(statesOf([withState(all, middle, undefined)!])).toEqual(without);
		const changed = scheduler.next(states.get(middle), T0 + 86_400_000, 1);
		expect(statesOf([withState(all, middle, changed)!])).toEqual(
			new Map(states).set(middle, changed)
		);
		// The bucket it was made from is left as it was.
		expect(statesOf([all])).toEqual(states);
	});

	test('a damaged bucket is not read', () => {
		const good = encodeStates(new Map([[ids[1] as string, states.get(ids[1]!)!]]));
		expect(decodeStates(stored(good))).toBeDefined();
		const damaged = [
			{ ids: 42 },
			{ ...good, due: new Float64Array(3) },
			{ ...good, state: [2] },
			{ ...good, reps: new Float64Array(1) },
			{ ...good, state: Uint8Array.of(9) },
			{ ...good, due: Float64Array.of(NaN) },
			{ ...good, lastReview: Float64Array.of(Infinity) },
			null,
			'bucket'
		];
		for (const value of damaged) {
			expect(decodeStates(value)).toBeUndefined();
		}
	});
});
