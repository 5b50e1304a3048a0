// The review log, kept in chunks: one record per day (UTC) of reviews, in columns (columns.ts),
// in log order. A million reviews are read in about a thousand records, in well under a second;
// one record per review took 28 s in Chromium 156. A grade appends to its day's chunk.
import { compareReviews, reviewId, type Review } from '../domain/reviews';
import {
	allocate,
	isObject,
	joinStrings,
	readColumns,
	splitStrings,
	type Columns,
	type ColumnSpec
} from './columns';
import { setState, stateAt, STATE_COLUMNS } from './state-buckets';

const DAY = 86_400_000;

/** A review's flags. */
const QUIZ = 1;
const UNSCHEDULED = 2;
const HAS_PREVIOUS = 4;

export const LOG_COLUMNS = {
	time: Float64Array,
	rating: Uint8Array,
	answerMs: Float64Array,
	flags: Uint8Array,
	/** Index of the review's deck in the chunk's `decks`. */
	deck: Uint16Array
} satisfies ColumnSpec;

/** A chunk as read: the ids split, the previous states in their own columns. */
export interface LogColumns extends Columns<typeof LOG_COLUMNS> {
	ids: string[];
	cardIds: string[];
	decks: string[];
	/** The state each review replaced (where HAS_PREVIOUS is set). */
	previous: Columns<typeof STATE_COLUMNS>;
}

/** A chunk as stored. */
export interface LogChunk extends Columns<typeof LOG_COLUMNS> {
	/** Each id without what it repeats of the review (see idTail), joined. */
	ids: string;
	cardIds: string;
	decks: string;
	previous: Columns<typeof STATE_COLUMNS>;
}

/** The chunk a review is kept in: its day, counted from the epoch (UTC). */
export function logKey(time: number): number {
	return Math.floor(time / DAY);
}

/** The chunks holding reviews from `since` on; numbers only (a set-aside chunk has a string key). */
export function logRange(since = -Infinity): [number, number] {
	return [since === -Infinity ? -Infinity : logKey(since), Infinity];
}

/**
 * The part of a review's id that its time and card do not already say: the nonce of an id made
 * by reviewId, or the whole id (marked) for any other id a backup may bring.
 */
function idTail(review: Review): string {
	const head = reviewId(review.time, review.cardId, '');
	return review.id.startsWith(head) ? review.id.slice(head.length) : `\u0000${review.id}`;
}

function idFromTail(tail: string, time: number, cardId: string): string {
	return tail.startsWith('\u0000') ? tail.slice(1) : reviewId(time, cardId, tail);
}

/** Columns for these reviews, which must be in log order. */
export function encodeLog(reviews: readonly Review[]): LogChunk {
	const columns = allocate(LOG_COLUMNS, reviews.length);
	const previous = allocate(STATE_COLUMNS, reviews.length);
	const decks: string[] = [];
	reviews.forEach((review, i) => {
		columns.time[i] = review.time;
		columns.rating[i] = review.rating;
		columns.answerMs[i] = review.answerMs;
		let deck = decks.indexOf(review.deckId);
		if (deck < 0) {
			deck = decks.push(review.deckId) - 1;
		}
		columns.deck[i] = deck;
		columns.flags[i] =
			(review.mode === 'quiz' ? QUIZ : 0) |
			(review.unscheduled ? UNSCHEDULED : 0) |
			(review.previous ? HAS_PREVIOUS : 0);
		if (review.previous) {
			setState(previous, i, review.previous);
		}
	});
	return {
		...columns,
		previous,
		ids: joinStrings(reviews.map(idTail)),
		cardIds: joinStrings(reviews.map((r) => r.cardId)),
		decks: joinStrings(decks)
	};
}

/**
 * A stored chunk's columns, checked: undefined when it is damaged (a column missing, of another
 * type or length, or a value no review can have).
 */
export function decodeLog(value: unknown): LogColumns | undefined {
	if (
		!isObject(value) ||
		typeof value.ids !== 'string' ||
		typeof value.cardIds !== 'string' ||
		typeof value.decks !== 'string' ||
		!isObject(value.previous)
	) {
		return undefined;
	}
	const ids = splitStrings(value.ids);
	const cardIds = splitStrings(value.cardIds);
	const decks = splitStrings(value.decks);
	const columns = readColumns(value, LOG_COLUMNS, ids.length);
	const previous = readColumns(value.previous, STATE_COLUMNS, ids.length);
	if (!columns || !previous || cardIds.length !== ids.length) {
		return undefined;
	}
	for (let i = 0; i < ids.length; i++) {
		const rating = columns.rating[i] as number;
		if (
			!Number.isFinite(columns.time[i]) ||
			rating < 1 ||
			rating > 4 ||
			!Number.isFinite(columns.answerMs[i]) ||
			(columns.flags[i] as number) > 7 ||
			(columns.deck[i] as number) >= decks.length ||
			(previous.state[i] as number) > 3
		) {
			return undefined;
		}
	}
	return { ...columns, previous, ids, cardIds, decks };
}

/** The reviews of a chunk, as the app uses them. */
export function reviewsOf(chunk: LogColumns): Review[] {
	return chunk.ids.map((tail, i) => {
		const time = chunk.time[i] as number;
		const cardId = chunk.cardIds[i] as string;
		const flags = chunk.flags[i] as number;
		const review: Review = {
			id: idFromTail(tail, time, cardId),
			cardId,
			deckId: chunk.decks[chunk.deck[i] as number] as string,
			time,
			rating: chunk.rating[i] as Review['rating'],
			answerMs: chunk.answerMs[i] as number,
			mode: flags & QUIZ ? 'quiz' : 'study'
		};
		if (flags & HAS_PREVIOUS) {
			review.previous = stateAt(chunk.previous, i);
		}
		if (flags & UNSCHEDULED) {
			review.unscheduled = true;
		}
		return review;
	});
}

/** Whether the review at `i` changed its card's schedule (a replay skips the others). */
export function isScheduled(chunk: LogColumns, i: number): boolean {
	return ((chunk.flags[i] as number) & UNSCHEDULED) === 0;
}

/** A chunk's reviews with some added (the same id replaces), in log order. */
export function withReviews(chunk: LogColumns | undefined, added: readonly Review[]): LogChunk {
	const byId = new Map((chunk ? reviewsOf(chunk) : []).map((r) => [r.id, r]));
	for (const review of added) {
		byId.set(review.id, review);
	}
	return encodeLog([...byId.values()].sort(compareReviews));
}

/** A chunk without one review; undefined when none is left. */
export function withoutReview(chunk: LogColumns, id: string): LogChunk | undefined {
	const reviews = reviewsOf(chunk).filter((r) => r.id !== id);
	return reviews.length === 0 ? undefined : encodeLog(reviews);
}

/** Reviews grouped by the chunk that keeps them. */
export function chunksOf(reviews: readonly Review[]): Map<number, Review[]> {
	const chunks = new Map<number, Review[]>();
	for (const review of reviews) {
		const key = logKey(review.time);
		const chunk = chunks.get(key);
		if (chunk) {
			chunk.push(review);
		} else {
			chunks.set(key, [review]);
		}
	}
	return chunks;
}
