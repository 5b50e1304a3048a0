// Cards as a learner meets them: compiled from facts, each with a stable id.
import type { DeckMeta, Fact } from './facts';

export type CardKind = 'flashcard' | 'choice' | 'typed' | 'truefalse' | 'order' | 'odd-one-out';

export const CARD_KINDS: readonly CardKind[] = [
	'flashcard',
	'choice',
	'typed',
	'truefalse',
	'order',
	'odd-one-out'
];

interface CardBase {
	/** deck id / fact id / template: never derived from a position, so it survives edits. */
	id: string;
	deckId: string;
	factId: string;
	/** Which question of the fact this is, e.g. "event.date-choice". */
	template: string;
	tags: string[];
	/** Id of one of the deck's sources. */
	source: string;
	prompt: string;
	/** The right answer, as text, for corrections. */
	answer: string;
	/** The whole fact in one sentence, shown once the card is answered. */
	explanation: string;
}

export interface FlashCard extends CardBase {
	kind: 'flashcard';
}

export interface ChoiceCard extends CardBase {
	kind: 'choice' | 'odd-one-out';
	choices: string[];
	correct: number;
}

export interface TypedCard extends CardBase {
	kind: 'typed';
	accepted: string[];
	/** Numbers and dates: no typo is forgiven. */
	strict: boolean;
}

export interface TrueFalseCard extends CardBase {
	kind: 'truefalse';
	truth: boolean;
}

export interface OrderCard extends CardBase {
	kind: 'order';
	/** Labels in chronological order, with their dates as text. */
	items: { label: string; date: string }[];
	/** The order shown to the learner: indexes into `items`. */
	shown: number[];
}

export type Card = FlashCard | ChoiceCard | TypedCard | TrueFalseCard | OrderCard;

export function cardId(deckId: string, factId: string, template: string): string {
	return `${deckId}/${factId}/${template}`;
}

/** A deck as the app ships and loads it. */
export interface CompiledDeck {
	format: 1;
	deck: DeckMeta;
	facts: Fact[];
	cards: Card[];
}

/** What the home page needs to list a deck without loading it whole. */
export interface DeckSummary {
	id: string;
	title: string;
	description?: string;
	lang: string;
	tags: string[];
	factCount: number;
	cardCount: number;
}

export function summarizeDeck(compiled: CompiledDeck): DeckSummary {
	return {
		id: compiled.deck.id,
		title: compiled.deck.title,
		description: compiled.deck.description,
		lang: compiled.deck.lang,
		tags: compiled.deck.tags ?? [],
		factCount: compiled.facts.length,
		cardCount: compiled.cards.length
	};
}

/** What a study queue needs of a card: which deck and fact it belongs to, and its kind. */
export type QueueCard = Pick<Card, 'id' | 'deckId' | 'factId' | 'kind'>;

/**
 * A deck's cards reduced to what a queue needs, in the deck's order: the home page counts a
 * deck's due and new cards from this (a few bytes a card) rather than from the whole deck.
 * Each card is [fact id, template, kind].
 */
export interface DeckOutline {
	deckId: string;
	cards: [factId: string, template: string, kind: CardKind][];
}

export function outlineOf(compiled: CompiledDeck): DeckOutline {
	return {
		deckId: compiled.deck.id,
		cards: compiled.cards.map((card) => [card.factId, card.template, card.kind])
	};
}

export function outlineCards(outline: DeckOutline): QueueCard[] {
	return outline.cards.map(([factId, template, kind]) => ({
		id: cardId(outline.deckId, factId, template),
		deckId: outline.deckId,
		factId,
		kind
	}));
}

/** Cards per kind, e.g. for a deck's header. */
export function countByKind(cards: readonly Card[]): Record<CardKind, number> {
	const counts = Object.fromEntries(CARD_KINDS.map((kind) => [kind, 0])) as Record<
		CardKind,
		number
	>;
	for (const card of cards) {
		counts[card.kind] += 1;
	}
	return counts;
}

/** A deck's cards grouped by the fact they come from, in deck order. */
export function cardsByFact(cards: readonly Card[]): Map<string, Card[]> {
	const groups = new Map<string, Card[]>();
	for (const card of cards) {
		const group = groups.get(card.factId);
		if (group) {
			group.push(card);
		} else {
			groups.set(card.factId, [card]);
		}
	}
	return groups;
}

/** The cards with these ids, in the order of the ids; ids of cards that no longer exist are dropped. */
export function cardsWithIds(cards: readonly Card[], ids: readonly string[]): Card[] {
	const byId = new Map(cards.map((card) => [card.id, card]));
	return ids.flatMap((id) => byId.get(id) ?? []);
}
