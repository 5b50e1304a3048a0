// The learner's progress: the review log (source of truth), the cached card states derived from
// it, and small settings. One interface, two implementations: IndexedDB and memory (tests).
import type { CardState } from '../domain/card-state';
import type { Review } from '../domain/reviews';
import type { DeckMeta, Fact } from '../domain/facts';
import { m } from '../paraglide/messages.js';
import type { LogColumns } from './review-log';
import type { StateColumns, StateRecords } from './state-buckets';

/** A deck written in the editor or imported: its facts, compiled into cards when loaded. */
export interface UserDeck {
	deck: DeckMeta;
	facts: Fact[];
	updatedAt: number;
	/** The built-in deck it was copied from, if any. */
	copiedFrom?: string;
}

/** Version of the stored data's shape; see migrations.ts. */
export const SCHEMA_VERSION = 5;

export interface GradeWrite {
	review: Omit<Review, 'previous'>;
	/**
	 * Computes the new state from the stored one, inside the write's transaction; undefined
	 * leaves the state as it is (a quiz answer that does not move the schedule).
	 */
	next: (previous: CardState | undefined) => CardState | undefined;
}

export interface ProgressStore {
	/**
	 * Called with what was found unreadable (it is left out of reads and never written over);
	 * what was found before it was set (while opening) is told to it when it is set.
	 */
	onCorrupt: (what: string) => void;
	/** Cached states of one deck's cards (key prefix "deck/"), or of every card. */
	cardStates(deckId?: string): Promise<Map<string, CardState>>;
	/** One card's cached state. */
	cardState(cardId: string): Promise<CardState | undefined>;
	/**
	 * Every state of a deck in columns, bucket by bucket (see state-buckets.ts): what a queue
	 * is built from, read fast for a big deck.
	 */
	deckStates(deckId: string): Promise<StateColumns[]>;
	/** Reviews from `since` (ms) on, oldest first. */
	reviewsSince(since: number): Promise<Review[]>;
	allReviews(): Promise<Review[]>;
	/**
	 * The whole log in columns, chunk by chunk in log order (see review-log.ts), for a replay:
	 * handed to `take` a batch of days at a time, as it is read, so that the replay can start
	 * before the end. Resolves with the states version the log goes with (any answer meanwhile
	 * changes it: see replaceCardStates) and whether the log is whole: false when part of it is
	 * unreadable (found now, or set aside before), since a replay would lose those answers.
	 */
	readLog(take: (chunks: LogColumns[]) => void): Promise<LogRead>;
	/**
	 * Appends a review and writes the card's new state in one transaction: both or neither.
	 * The new state is computed from the state stored at that moment, so concurrent grades of
	 * one card (two tabs) each build on the one before.
	 */
	grade(write: GradeWrite): Promise<{ review: Review; state: CardState | undefined }>;
	/** Removes a review and puts back the state it replaced, in one transaction. */
	undo(review: Review): Promise<void>;
	/**
	 * Replaces the whole card-state cache (after a rebuild from the log). Given the `version`
	 * of a readLog(), it writes only if no states were written since (an answer from another
	 * tab), and says whether it wrote.
	 */
	replaceCardStates(
		states: ReadonlyMap<string, CardState> | StateRecords,
		since?: { version: unknown }
	): Promise<boolean>;
	userDecks(): Promise<UserDeck[]>;
	saveUserDeck(deck: UserDeck): Promise<void>;
	deleteUserDeck(id: string): Promise<void>;
	/** Everything, for a backup. */
	exportAll(): Promise<StoredData>;
	/**
	 * A restore or merge in one transaction, all or nothing: adds reviews, replaces the card
	 * states, sets meta keys and saves decks.
	 */
	importAll(data: {
		addReviews: Review[];
		states: ReadonlyMap<string, CardState>;
		meta: Record<string, unknown>;
		decks: UserDeck[];
	}): Promise<void>;
	getMeta(key: string): Promise<unknown>;
	setMeta(key: string, value: unknown): Promise<void>;
	close(): void;
}

export interface LogRead {
	version: unknown;
	whole: boolean;
}

export interface StoredData {
	reviews: Review[];
	cardStates: Map<string, CardState>;
	meta: Record<string, unknown>;
	decks: UserDeck[];
}

/** A write that failed even after a retry: the answer is kept in memory by the caller. */
export class StorageWriteError extends Error {
	constructor(
		message: string,
		readonly cause: unknown
	) {
		super(message);
		this.name = 'StorageWriteError';
	}
}

/** The database was written by a newer version of the app: it is left untouched. */
export class NewerDataError extends Error {
	constructor(readonly version: number) {
		super(m.storage_newer_version({ version }));
		this.name = 'NewerDataError';
	}
}

export function deckRange(deckId: string): [string, string] {
	return [`${deckId}/`, `${deckId}/\uffff`];
}
