// Card states, kept in buckets: a deck's studied cards are split into a fixed number of buckets
// by a hash of the card id, each bucket one record of columns (columns.ts). A deck of 100,000
// cards is read in 64 records, a grade rewrites one bucket of about 1,500 cards, and a rebuild
// writes 64 records instead of 100,000 (which took 12 s in Chromium 156).
import { deckOfCard } from '../domain/reviews';
import type { CardState, MemoryState } from '../domain/card-state';
import {
	allocate,
	isObject,
	joinStrings,
	readColumns,
	splitStrings,
	type Columns,
	type ColumnSpec
} from './columns';

export const STATE_BUCKETS = 64;

export const STATE_COLUMNS = {
	due: Float64Array,
	stability: Float64Array,
	difficulty: Float64Array,
	scheduledDays: Float64Array,
	learningSteps: Float64Array,
	reps: Uint32Array,
	lapses: Uint32Array,
	state: Uint8Array,
	/** NaN for a state without one. */
	lastReview: Float64Array
} satisfies ColumnSpec;

/** A bucket as read: its card ids and their states' columns, entry by entry. */
export type StateColumns = Columns<typeof STATE_COLUMNS> & { ids: string[] };
/** A bucket as stored: the ids joined. */
export type StateBucket = Columns<typeof STATE_COLUMNS> & { ids: string };

export type StateKey = [deckId: string, bucket: number];

/** Card states as stored, ready to write: one record per bucket. */
export type StateRecords = readonly { key: StateKey; bucket: StateBucket }[];

/** FNV-1a: a fast, well-spread string hash; the bucket of a card never changes. */
export function bucketOf(cardId: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < cardId.length; i++) {
		hash ^= cardId.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % STATE_BUCKETS;
}

export function stateKey(cardId: string): StateKey {
	return [deckOfCard(cardId), bucketOf(cardId)];
}

/** The key range of one deck's buckets. */
export function deckStatesRange(deckId: string): [StateKey, StateKey] {
	return [
		[deckId, 0],
		[deckId, STATE_BUCKETS - 1]
	];
}

/** Columns for these states, in this order. */
export function encodeStates(entries: ReadonlyMap<string, CardState>): StateBucket {
	const columns = allocate(STATE_COLUMNS, entries.size);
	let i = 0;
	for (const state of entries.values()) {
		setState(columns, i++, state);
	}
	return { ...columns, ids: joinStrings([...entries.keys()]) };
}

export function setState(columns: Columns<typeof STATE_COLUMNS>, i: number, state: CardState) {
	columns.due[i] = state.due;
	columns.stability[i] = state.stability;
	columns.difficulty[i] = state.difficulty;
	columns.scheduledDays[i] = state.scheduledDays;
	columns.learningSteps[i] = state.learningSteps;
	columns.reps[i] = state.reps;
	columns.lapses[i] = state.lapses;
	columns.state[i] = state.state;
	columns.lastReview[i] = state.lastReview ?? NaN;
}

export function stateAt(columns: Columns<typeof STATE_COLUMNS>, i: number): CardState {
	const state: CardState = {
		due: columns.due[i] as number,
		stability: columns.stability[i] as number,
		difficulty: columns.difficulty[i] as number,
		scheduledDays: columns.scheduledDays[i] as number,
		learningSteps: columns.learningSteps[i] as number,
		reps: columns.reps[i] as number,
		lapses: columns.lapses[i] as number,
		state: columns.state[i] as MemoryState
	};
	const lastReview = columns.lastReview[i] as number;
	if (!Number.isNaN(lastReview)) {
		state.lastReview = lastReview;
	}
	return state;
}

/**
 * A stored bucket's ids and columns, checked: undefined when it is damaged (a column missing,
 * of another type or length, or a value no state can have).
 */
export function decodeStates(value: unknown): StateColumns | undefined {
	if (!isObject(value) || typeof value.ids !== 'string') {
		return undefined;
	}
	const ids = splitStrings(value.ids);
	const columns = readColumns(value, STATE_COLUMNS, ids.length);
	if (!columns) {
		return undefined;
	}
	for (let i = 0; i < ids.length; i++) {
		if (
			!Number.isFinite(columns.due[i]) ||
			!Number.isFinite(columns.stability[i]) ||
			!Number.isFinite(columns.difficulty[i]) ||
			!Number.isFinite(columns.scheduledDays[i]) ||
			!Number.isFinite(columns.learningSteps[i]) ||
			(columns.state[i] as number) > 3 ||
			Math.abs(columns.lastReview[i] as number) === Infinity
		) {
			return undefined;
		}
	}
	return { ...columns, ids };
}

/** Every state of some buckets, by card id. */
export function statesOf(buckets: readonly StateColumns[]): Map<string, CardState> {
	const states = new Map<string, CardState>();
	for (const bucket of buckets) {
		bucket.ids.forEach((id, i) => states.set(id, stateAt(bucket, i)));
	}
	return states;
}

/**
 * The bucket with one card's state set (a state) or removed (undefined), changed in its columns
 * (a bucket holds ~1,500 cards at 100,000); undefined when no card is left.
 */
export function withState(
	bucket: StateColumns | undefined,
	cardId: string,
	state: CardState | undefined
): StateColumns | undefined {
	const ids = bucket ? [...bucket.ids] : [];
	const at = ids.indexOf(cardId);
	if (state && at >= 0) {
		const columns = resized(bucket, ids.length);
		setState(columns, at, state);
		return { ...columns, ids };
	}
	if (state) {
		const columns = resized(bucket, ids.length + 1);
		setState(columns, ids.length, state);
		return { ...columns, ids: [...ids, cardId] };
	}
	if (at >= 0) {
		ids.splice(at, 1);
		const columns = resized(bucket, ids.length, at);
		return ids.length === 0 ? undefined : { ...columns, ids };
	}
	return bucket;
}

/** A copy of a bucket's columns, `length` long, without the entry at `skip` if given. */
function resized(
	bucket: StateColumns | undefined,
	length: number,
	skip = -1
): Columns<typeof STATE_COLUMNS> {
	const columns = allocate(STATE_COLUMNS, length);
	if (bucket) {
		for (const name of Object.keys(STATE_COLUMNS) as (keyof typeof STATE_COLUMNS)[]) {
			const from = bucket[name];
			const to = columns[name];
			if (skip < 0) {
				to.set(from.subarray(0, length));
			} else {
				to.set(from.subarray(0, skip));
				to.set(from.subarray(skip + 1), skip);
			}
		}
	}
	return columns;
}

/** A bucket as stored: its ids joined. */
export function storedBucket(bucket: StateColumns): StateBucket {
	return { ...bucket, ids: joinStrings(bucket.ids) };
}

/** The buckets of a set of states, for a rebuild or a restore. */
export function bucketsOf(states: ReadonlyMap<string, CardState>): StateRecords {
	const groups = new Map<string, { key: StateKey; states: Map<string, CardState> }>();
	for (const [id, state] of states) {
		const key = stateKey(id);
		const name = `${key[0]}\u0000${key[1]}`;
		let group = groups.get(name);
		if (!group) {
			group = { key, states: new Map() };
			groups.set(name, group);
		}
		group.states.set(id, state);
	}
	return [...groups.values()].map(({ key, states }) => ({ key, bucket: encodeStates(states) }));
}

/** The state of one card in its bucket. */
export function stateIn(bucket: StateColumns | undefined, cardId: string): CardState | undefined {
	const at = bucket ? bucket.ids.indexOf(cardId) : -1;
	return bucket && at >= 0 ? stateAt(bucket, at) : undefined;
}
