// Today's study queue: which cards to show, in what order, within the daily limits, never two
// cards of the same fact on one study day (they would give each other away).
import type { CardKind, QueueCard } from './cards';
import { compareReviews, deckOfCard, factOfCard, type Review } from './reviews';
import { NEW, REVIEW, type CardState } from './scheduler';

export interface QueueLimits {
	newPerDay: number;
	reviewsPerDay: number;
}

export const DEFAULT_LIMITS: QueueLimits = { newPerDay: 20, reviewsPerDay: 200 };

/** Learning cards due this soon may be shown early when nothing else is left (Anki's default). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** What a queue needs of a card's state: the storage keeps these compact for every card. */
export type CardSummary = Pick<CardState, 'due' | 'stability' | 'state'>;

export interface QueueInput {
	cards: readonly QueueCard[];
	/** Every studied card of the deck (full states or their summaries); the others are new. */
	states: ReadonlyMap<string, CardSummary>;
	/** This study day's reviews (all decks: siblings and limits are per day). */
	reviewsToday: readonly Review[];
	suspended: ReadonlySet<string>;
	now: number;
	/** The first instant of the next study day. */
	dayEnd: number;
	limits: QueueLimits;
}

export interface StudyQueue {
	/** Review cards due today, most overdue for their stability first, within the review limit. */
	reviews: string[];
	/** New cards for today, within the new-card limit. */
	fresh: string[];
	/** Cards in (re)learning, by due time. */
	learning: string[];
}

/** The kinds new cards take turns in, when a fact has a card of that kind. */
const NEW_CARD_KINDS: readonly CardKind[] = [
	'flashcard',
	'choice',
	'typed',
	'truefalse',
	'order',
	'odd-one-out'
];

export function buildQueue(input: QueueInput): StudyQueue {
	const { states, now, dayEnd, limits } = input;
	// Deck and fact are read from the card ids (deck/fact/template), for reviews and cards alike:
	// a deck of 100,000 cards needs no map of its cards for this.
	const deckId = input.cards[0]?.deckId;
	// The limits are per deck, as in Anki: only this deck's answers of today use them up.
	const deckToday = input.reviewsToday.filter((r) => deckOfCard(r.cardId) === deckId);
	const answeredToday = new Set(deckToday.map((r) => r.cardId));
	const newDoneToday = new Set(
		deckToday.filter((r) => !r.previous || r.previous.state === NEW).map((r) => r.cardId)
	).size;
	const reviewsDoneToday = deckToday.filter(
		(r) => r.previous && r.previous.state === REVIEW
	).length;

	// A fact already studied today, through any of its cards, keeps its other cards for later.
	const factOfCardToday = new Map<string, string>();
	for (const review of [...deckToday].sort(compareReviews)) {
		const fact = factOfCard(review.cardId);
		if (!factOfCardToday.has(fact)) {
			factOfCardToday.set(fact, review.cardId);
		}
	}
	const taken = new Map(factOfCardToday);
	const free = (card: QueueCard) => {
		const owner = taken.get(factOfCard(card.id));
		return owner === undefined || owner === card.id;
	};
	const take = (card: QueueCard) => taken.set(factOfCard(card.id), card.id);

	const learning: QueueCard[] = [];
	const reviews: { card: QueueCard; overdue: number }[] = [];
	const fresh: QueueCard[] = [];
	for (const card of input.cards) {
		if (input.suspended.has(card.id)) {
			continue;
		}
		const state = states.get(card.id);
		if (!state || state.state === NEW) {
			fresh.push(card);
		} else if (state.state === REVIEW) {
			if (state.due < dayEnd) {
				const days = (now - state.due) / 86_400_000;
				reviews.push({ card, overdue: days / Math.max(state.stability, 0.01) });
			}
		} else if (state.due < dayEnd) {
			learning.push(card);
		}
	}

	// Learning cards were already studied (they own their fact today).
	learning.sort((a, b) => (states.get(a.id)?.due ?? 0) - (states.get(b.id)?.due ?? 0));
	for (const card of learning) {
		take(card);
	}

	reviews.sort((a, b) => b.overdue - a.overdue);
	const reviewRoom = Math.max(0, limits.reviewsPerDay - reviewsDoneToday);
	const dueReviews: string[] = [];
	for (const { card } of reviews) {
		if (dueReviews.length >= reviewRoom) {
			break;
		}
		if (free(card)) {
			take(card);
			dueReviews.push(card.id);
		}
	}

	// One new card per fact, in the deck's order. Which of a fact's cards comes first follows a
	// cycle of kinds, so that a session mixes flashcards, choices, typed answers, true/false…
	const newRoom = Math.max(0, limits.newPerDay - newDoneToday);
	const freshByFact = new Map<string, QueueCard[]>();
	for (const card of fresh) {
		if (free(card) && !answeredToday.has(card.id)) {
			const key = factOfCard(card.id);
			freshByFact.set(key, [...(freshByFact.get(key) ?? []), card]);
		}
	}
	const freshIds: string[] = [];
	for (const cards of freshByFact.values()) {
		if (freshIds.length >= newRoom) {
			break;
		}
		const turn = newDoneToday + freshIds.length;
		const kind = NEW_CARD_KINDS[turn % NEW_CARD_KINDS.length];
		const card = cards.find((c) => c.kind === kind) ?? (cards[turn % cards.length] as QueueCard);
		take(card);
		freshIds.push(card.id);
	}
	return { reviews: dueReviews, fresh: freshIds, learning: learning.map((c) => c.id) };
}

/**
 * The next card to show: a learning card whose step is due, else reviews and new cards
 * interleaved (one new card after every few reviews), else a learning card due soon.
 */
export function nextCardId(
	queue: StudyQueue,
	states: ReadonlyMap<string, CardState>,
	now: number,
	shownCount: number
): string | undefined {
	const dueLearning = firstLearning(queue, states, now);
	if (dueLearning) {
		return dueLearning;
	}
	const ratio =
		queue.fresh.length === 0
			? Infinity
			: Math.max(1, Math.floor(queue.reviews.length / queue.fresh.length));
	const newTurn =
		queue.reviews.length === 0 || (shownCount % (ratio + 1) === ratio && queue.fresh.length > 0);
	const pick = newTurn
		? (queue.fresh[0] ?? queue.reviews[0])
		: (queue.reviews[0] ?? queue.fresh[0]);
	if (pick) {
		return pick;
	}
	return firstLearning(queue, states, now + LEARN_AHEAD_MS);
}

/**
 * The learning card due first, if it is due by `limit`. Searched rather than taken from the
 * list's head: afterAnswer appends to the list, so it is not always in due order.
 */
function firstLearning(
	queue: StudyQueue,
	states: ReadonlyMap<string, CardState>,
	limit: number
): string | undefined {
	let first: string | undefined;
	let firstDue = Infinity;
	for (const id of queue.learning) {
		const due = states.get(id)?.due ?? 0;
		if (due <= limit && due < firstDue) {
			first = id;
			firstDue = due;
		}
	}
	return first;
}

/** The queue after a card is answered: it leaves its list, and returns to learning if due today. */
export function afterAnswer(
	queue: StudyQueue,
	cardId: string,
	state: CardState,
	dayEnd: number
): StudyQueue {
	const without = (ids: string[]) => ids.filter((id) => id !== cardId);
	const learning = without(queue.learning);
	if (state.state !== REVIEW && state.state !== NEW && state.due < dayEnd) {
		learning.push(cardId);
	}
	return { reviews: without(queue.reviews), fresh: without(queue.fresh), learning };
}

/** Counts as shown on the home page: due now, new today, learning. */
export function queueCounts(queue: StudyQueue): { due: number; fresh: number; learning: number } {
	return { due: queue.reviews.length, fresh: queue.fresh.length, learning: queue.learning.length };
}
