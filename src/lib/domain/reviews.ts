// The review log, the source of truth of progress: one entry per answer. Card states are
// derived from it (and cached); replaying the log gives them back at any time.
import type { CardState, Grade } from './scheduler';

export type ReviewMode = 'study' | 'quiz';

export interface Review {
	/** Unique key: time, card and a nonce, so two answers in the same millisecond both count. */
	id: string;
	cardId: string;
	deckId: string;
	/** When the answer was given, ms since the epoch. */
	time: number;
	rating: Grade;
	/** The card's state before this answer; undefined for a new card. */
	previous?: CardState;
	/** How long the learner took, in ms. */
	answerMs: number;
	mode: ReviewMode;
	/** Set on a quiz answer that, by the quiz rule, leaves the card's schedule as it was. */
	unscheduled?: true;
}

let counter = 0;

export function reviewId(
	time: number,
	cardId: string,
	nonce = `${(counter++).toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`
): string {
	return `${String(time).padStart(15, '0')}~${cardId}~${nonce}`;
}

export function deckOfCard(cardId: string): string {
	return cardId.slice(0, cardId.indexOf('/'));
}

/** "deck/fact" of a card id "deck/fact/template": the key its sibling cards share. */
export function factOfCard(cardId: string): string {
	const afterDeck = cardId.indexOf('/') + 1;
	const afterFact = cardId.indexOf('/', afterDeck);
	return afterFact < 0 ? cardId : cardId.slice(0, afterFact);
}

/** Log order: by time, then by id, so that replay is the same on every device. */
export function compareReviews(a: Review, b: Review): number {
	return a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
