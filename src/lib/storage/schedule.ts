// The schedule: for every studied card, the three numbers a queue is built from (due, stability,
// state), kept beside the full card states in a compact form. IndexedDB pays for every record it
// reads (in Chromium 156, getAll of 100,000 small records took 1.8 s; the same data in 100
// records, 0.3 s), so a deck's schedule is split into a fixed number of buckets by a hash of the
// card id, each bucket one record of typed arrays: a deck of 100,000 cards is read in 64 records,
// and a grade rewrites one bucket of about 1,500 cards, not the whole deck.
import type { CardSummary } from '../domain/queue';
import { deckOfCard } from '../domain/reviews';
import type { CardState } from '../domain/scheduler';

export const SCHEDULE_BUCKETS = 64;
/** Card ids are slugs joined by "/"; this never occurs in them. */
const SEPARATOR = '\u001f';

/** One stored bucket: parallel columns, one entry per card. */
export interface ScheduleBucket {
	ids: string;
	due: Float64Array;
	stability: Float64Array;
	state: Uint8Array;
}

export type ScheduleKey = [deckId: string, bucket: number];

/** FNV-1a: a fast, well-spread string hash; the bucket of a card never changes. */
export function bucketOf(cardId: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < cardId.length; i++) {
		hash ^= cardId.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % SCHEDULE_BUCKETS;
}

export function scheduleKey(cardId: string): ScheduleKey {
	return [deckOfCard(cardId), bucketOf(cardId)];
}

/** The key range of one deck's buckets. */
export function deckScheduleRange(deckId: string): [ScheduleKey, ScheduleKey] {
	return [
		[deckId, 0],
		[deckId, SCHEDULE_BUCKETS - 1]
	];
}

export function encodeBucket(entries: ReadonlyMap<string, CardSummary>): ScheduleBucket {
	const ids = [...entries.keys()];
	const bucket: ScheduleBucket = {
		ids: ids.join(SEPARATOR),
		due: new Float64Array(ids.length),
		stability: new Float64Array(ids.length),
		state: new Uint8Array(ids.length)
	};
	ids.forEach((id, i) => {
		const summary = entries.get(id) as CardSummary;
		bucket.due[i] = summary.due;
		bucket.stability[i] = summary.stability;
		bucket.state[i] = summary.state;
	});
	return bucket;
}

/** Adds a bucket's entries to `into`; a damaged bucket (columns of other lengths) adds nothing. */
export function decodeBucket(value: unknown, into: Map<string, CardSummary>): boolean {
	const bucket = readBucket(value);
	if (!bucket) {
		return false;
	}
	const { ids, due, stability, state } = bucket;
	for (let i = 0; i < ids.length; i++) {
		into.set(ids[i] as string, {
			due: due[i] as number,
			stability: stability[i] as number,
			state: state[i] as CardSummary['state']
		});
	}
	return true;
}

/** A stored bucket's columns, with its ids split; undefined when it is damaged. */
function readBucket(value: unknown): (Omit<ScheduleBucket, 'ids'> & { ids: string[] }) | undefined {
	const v = value as Partial<ScheduleBucket> | undefined;
	if (
		typeof v?.ids !== 'string' ||
		!(v.due instanceof Float64Array) ||
		!(v.stability instanceof Float64Array) ||
		!(v.state instanceof Uint8Array)
	) {
		return undefined;
	}
	const ids = v.ids === '' ? [] : v.ids.split(SEPARATOR);
	const sameLength = [v.due, v.stability, v.state].every((column) => column.length === ids.length);
	return sameLength ? { ids, due: v.due, stability: v.stability, state: v.state } : undefined;
}

export function summarize(state: CardState): CardSummary {
	return { due: state.due, stability: state.stability, state: state.state };
}

/**
 * A bucket with one card's entry set (a state) or removed (undefined), changed in its columns
 * (a grade rewrites a bucket of ~1,500 cards at 100,000); undefined when the stored bucket is
 * damaged, and must be rebuilt from the card states.
 */
export function updateBucket(
	stored: unknown,
	cardId: string,
	state: CardState | undefined
): ScheduleBucket | undefined {
	const bucket =
		stored === undefined
			? { ids: [], due: new Float64Array(), stability: new Float64Array(), state: new Uint8Array() }
			: readBucket(stored);
	if (!bucket) {
		return undefined;
	}
	const { ids } = bucket;
	const at = ids.indexOf(cardId);
	if (state && at >= 0) {
		bucket.due[at] = state.due;
		bucket.stability[at] = state.stability;
		bucket.state[at] = state.state;
		return { ...bucket, ids: ids.join(SEPARATOR) };
	}
	if (state) {
		ids.push(cardId);
		return {
			ids: ids.join(SEPARATOR),
			due: appended(bucket.due, state.due),
			stability: appended(bucket.stability, state.stability),
			state: appended(bucket.state, state.state)
		};
	}
	if (at < 0) {
		return { ...bucket, ids: ids.join(SEPARATOR) };
	}
	ids.splice(at, 1);
	const without = <T extends Float64Array | Uint8Array>(column: T) =>
		column.filter((_, i) => i !== at) as T;
	return {
		ids: ids.join(SEPARATOR),
		due: without(bucket.due),
		stability: without(bucket.stability),
		state: without(bucket.state)
	};
}

function appended<T extends Float64Array | Uint8Array>(column: T, value: number): T {
	const grown = new (column.constructor as new (length: number) => T)(column.length + 1);
	grown.set(column);
	grown[column.length] = value;
	return grown;
}

/** Every bucket of a set of states, for a rebuild or a restore. */
export function bucketsOf(
	states: Iterable<[string, CardState]>
): Map<string, { key: ScheduleKey; entries: Map<string, CardSummary> }> {
	const buckets = new Map<string, { key: ScheduleKey; entries: Map<string, CardSummary> }>();
	for (const [id, state] of states) {
		const key = scheduleKey(id);
		const name = `${key[0]}\u0000${key[1]}`;
		let bucket = buckets.get(name);
		if (!bucket) {
			bucket = { key, entries: new Map() };
			buckets.set(name, bucket);
		}
		bucket.entries.set(id, summarize(state));
	}
	return buckets;
}
