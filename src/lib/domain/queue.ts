// Today's study queue: which cards to show, in what order, within the daily limits, never two
// cards of the same fact on one study day (they would give each other away).
import type { CardKind, QueueCard } from './cards';
import { compareReviews, deckOfCard, factOfCard, type Review } from './reviews';
import { NEW, REVIEW, type CardState } from './card-state';

export interface QueueLimits {
	newPerDay: number;
	reviewsPerDay: number;
}

export const DEFAULT_LIMITS: QueueLimits = { newPerDay: 20, reviewsPerDay: 200 };

/** Learning cards due this soon may be shown early when nothing else is left (Anki's default). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Studied cards in columns (as storage keeps them): entry i is card ids[i]. */
export interface StudiedCards {
	ids: readonly string[];
	due: ArrayLike<number>;
	stability: ArrayLike<number>;
	state: ArrayLike<number>;
}

export interface QueueInput {
	cards: readonly QueueCard[];
	/** Every studied card of the deck, in one or more parts; the deck's other cards are new. */
	studied: readonly StudiedCards[];
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
	const { now, dayEnd, limits } = input;
	// Deck and fact are read from the card ids (deck/fact/template), for reviews and cards alike.
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
	const free = (id: string) => {
		const owner = taken.get(factOfCard(id));
		return owner === undefined || owner === id;
	};
	const take = (id: string) => taken.set(factOfCard(id), id);

	// One pass over the studied cards: due ones are queued, and every studied card is marked so
	// that the new cards are the deck's others. Cards no longer in the deck are left out.
	const studied = new Uint8Array(input.cards.length);
	const learning: { id: string; due: number; at: number }[] = [];
	const reviews: { id: string; overdue: number; at: number }[] = [];
	for (const part of input.studied) {
		const positions = positionsIn(part, input.cards);
		for (let i = 0; i < positions.length; i++) {
			const at = positions[i] as number;
			const state = part.state[i] as number;
			if (at < 0 || state === NEW) {
				continue;
			}
			studied[at] = 1;
			const id = part.ids[i] as string;
			const due = part.due[i] as number;
			if (due >= dayEnd || input.suspended.has(id)) {
				continue;
			}
			if (state === REVIEW) {
				const days = (now - due) / 86_400_000;
				reviews.push({ id, overdue: days / Math.max(part.stability[i] as number, 0.01), at });
			} else {
				learning.push({ id, due, at });
			}
		}
	}

	// Learning cards were already studied (they own their fact today). Ties go in deck order.
	learning.sort((a, b) => a.due - b.due || a.at - b.at);
	for (const card of learning) {
		take(card.id);
	}

	reviews.sort((a, b) => b.overdue - a.overdue || a.at - b.at);
	const reviewRoom = Math.max(0, limits.reviewsPerDay - reviewsDoneToday);
	const dueReviews: string[] = [];
	for (const { id } of reviews) {
		if (dueReviews.length >= reviewRoom) {
			break;
		}
		if (free(id)) {
			take(id);
			dueReviews.push(id);
		}
	}

	// One new card per fact, in the deck's order. Which of a fact's cards comes first follows a
	// cycle of kinds, so that a session mixes flashcards, choices, typed answers, true/false…
	const newRoom = Math.max(0, limits.newPerDay - newDoneToday);
	const freshByFact = new Map<string, QueueCard[]>();
	input.cards.forEach((card, at) => {
		if (
			!studied[at] &&
			!input.suspended.has(card.id) &&
			free(card.id) &&
			!answeredToday.has(card.id)
		) {
			const key = factOfCard(card.id);
			const siblings = freshByFact.get(key);
			if (siblings) {
				siblings.push(card);
			} else {
				freshByFact.set(key, [card]);
			}
		}
	});
	const freshIds: string[] = [];
	for (const cards of freshByFact.values()) {
		if (freshIds.length >= newRoom) {
			break;
		}
		const turn = newDoneToday + freshIds.length;
		const kind = NEW_CARD_KINDS[turn % NEW_CARD_KINDS.length];
		const card = cards.find((c) => c.kind === kind) ?? (cards[turn % cards.length] as QueueCard);
		take(card.id);
		freshIds.push(card.id);
	}
	return { reviews: dueReviews, fresh: freshIds, learning: learning.map((c) => c.id) };
}

/** Each card's position in its deck, kept for as long as the deck's card list lives. */
const deckPositions = new WeakMap<readonly QueueCard[], Map<string, number>>();

function positionsOf(cards: readonly QueueCard[]): Map<string, number> {
	let map = deckPositions.get(cards);
	if (!map) {
		map = new Map(cards.map((card, i) => [card.id, i]));
		deckPositions.set(cards, map);
	}
	return map;
}

/**
 * The deck position of each entry of a part (-1 for a card no longer in the deck), kept for
 * as long as the part lives: looking up 100,000 ids took 50 ms, and storage keeps the parts it
 * read until they change (see idb-store.ts), so a queue built again reads typed arrays only.
 */
const partPositions = new WeakMap<
	StudiedCards,
	{ cards: readonly QueueCard[]; positions: Int32Array }
>();

function positionsIn(part: StudiedCards, cards: readonly QueueCard[]): Int32Array {
	const known = partPositions.get(part);
	if (known?.cards === cards) {
		return known.positions;
	}
	const deck = positionsOf(cards);
	const positions = Int32Array.from(part.ids, (id) => deck.get(id) ?? -1);
	partPositions.set(part, { cards, positions });
	return positions;
}

/** Where some cards are in the studied columns, as [part, index]; cards not studied are left out. */
export function locate(
	studied: readonly StudiedCards[],
	cards: readonly QueueCard[],
	ids: readonly string[]
): Map<string, [part: number, index: number]> {
	const deck = positionsOf(cards);
	const wanted = new Uint8Array(cards.length);
	for (const id of ids) {
		const at = deck.get(id);
		if (at !== undefined) {
			wanted[at] = 1;
		}
	}
	const found = new Map<string, [number, number]>();
	studied.forEach((part, p) => {
		const positions = positionsIn(part, cards);
		for (let i = 0; i < positions.length; i++) {
			const at = positions[i] as number;
			if (at >= 0 && wanted[at]) {
				found.set(part.ids[i] as string, [p, i]);
			}
		}
	});
	return found;
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
