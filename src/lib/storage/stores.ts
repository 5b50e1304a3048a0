// The object stores of the "revise" database, for the store (idb-store.ts) and its migrations.
import type { CardState } from '../domain/card-state';
import { bucketsOf, type StateRecords } from './state-buckets';

export const DB_NAME = 'revise';
// v2 adds the decks store (decks written or imported by the learner); v3 an index of card
// states by deck and due time; v4 the schedule store that replaced it; v5 keeps the log in daily
// chunks and the card states in buckets (review-log.ts, state-buckets.ts).
export const DB_VERSION = 5;
export const META = 'meta';
export const DECKS = 'decks';
/** The review log, one record per day: key logKey(time). */
export const LOG = 'log';
/** Card states, by deck in buckets: key [deck, bucket]. */
export const STATES = 'states';
/** Before v5: one record per review, per card state, and each deck's schedule. */
export const REVIEWS = 'reviews';
export const CARDS = 'cards';
export const SCHEDULE = 'schedule';
/** The v3 index of card states by [deck, due]. */
export const BY_DECK_DUE = 'deck-due';
export const STRICT: IDBTransactionOptions = { durability: 'strict' };
/** The meta entry that changes with every write of states, by any tab (see deckStates). */
export const STATES_VERSION = 'statesVersion';

/** Writes a set of states, or their buckets, into a store already cleared of them. */
export function writeStates(
	store: IDBObjectStore,
	states: ReadonlyMap<string, CardState> | StateRecords
): void {
	for (const { key, bucket } of 'size' in states ? bucketsOf(states) : states) {
		store.put(bucket, key);
	}
}
