// The schedule: for every studied card, the three numbers a queue is built from (due, stability,
// state), kept beside the full card states in a compact form. IndexedDB pays for every record it
// reads (about 20 µs each in Chromium, measured with `npm run bench -- --only layout`), so a
// deck's schedule is split into a fixed number of buckets by a hash of the card id, each bucket
// one record of typed arrays: a deck of 100,000 cards is read in 64 records, and a grade rewrites
// one bucket of about 1,500 cards, not the whole deck.
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
	if (!isBucket(value)) {
		return false;
	}
	if (value.ids === '') {
		return true;
	}
	const ids = value.ids.split(SEPARATOR);
	if (
		ids.length !== value.due.length ||
		ids.length !== value.stability.length ||
		ids.length !== value.state.length
	) {
		return false;
	}
	ids.forEach((id, i) => {
		into.set(id, {
			due: value.due[i] as number,
			stability: value.stability[i] as number,
			state: value.state[i] as CardSummary['state']
		});
	});
	return true;
}

function isBucket(value: unknown): value is ScheduleBucket {
	const v = value as Partial<ScheduleBucket> | undefined;
	return (
		typeof v?.ids === 'string' &&
		v.due instanceof Float64Array &&
		v.stability instanceof Float64Array &&
		v.state instanceof Uint8Array
	);
}

export function summarize(state: CardState): CardSummary {
	return { due: state.due, stability: state.stability, state: state.state };
}

/**
 * A bucket with one card's entry set (a state) or removed (undefined); undefined when the stored
 * bucket is damaged, and must be rebuilt from the card states.
 */
export function updateBucket(
	stored: unknown,
	cardId: string,
	state: CardState | undefined
): ScheduleBucket | undefined {
	const entries = new Map<string, CardSummary>();
	if (stored !== undefined && !decodeBucket(stored, entries)) {
		return undefined;
	}
	if (state) {
		entries.set(cardId, summarize(state));
	} else {
		entries.delete(cardId);
	}
	return encodeBucket(entries);
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
