// A synthetic collection for the scale benchmark, the same for a seed on every run: a deck made of
// copies of a built-in deck's facts (so cards have real text and size), every card a flashcard,
// and a review history of each card computed with the app's own scheduler.
import {
	summarizeDeck,
	type Card,
	type CompiledDeck,
	type DeckSummary
} from '../../src/lib/domain/cards';
import { createRandom } from '../../src/lib/domain/random';
import { reviewId, type Review } from '../../src/lib/domain/reviews';
import { REVIEW, type CardState, type Grade, type Scheduler } from '../../src/lib/domain/scheduler';

const DAY = 86_400_000;

export function syntheticDeckId(cards: number): string {
	return `bench-${cards >= 1000 ? `${cards / 1000}k` : cards}`;
}

/**
 * A deck of `cardCount` cards: the template's facts copied as many times as needed (fact ids
 * suffixed with the copy's number), every card turned into a flashcard so that a benchmark can
 * answer any of them the same way.
 */
export function syntheticDeck(template: CompiledDeck, cardCount: number): CompiledDeck {
	const id = syntheticDeckId(cardCount);
	const byFact = new Map<string, Card[]>();
	for (const card of template.cards) {
		byFact.set(card.factId, [...(byFact.get(card.factId) ?? []), card]);
	}
	const facts: CompiledDeck['facts'] = [];
	const cards: Card[] = [];
	for (let copy = 0; cards.length < cardCount; copy++) {
		for (const fact of template.facts) {
			if (cards.length >= cardCount) {
				break;
			}
			const factId = `${fact.id}-${copy}`;
			facts.push({ ...fact, id: factId });
			for (const card of byFact.get(fact.id) ?? []) {
				if (cards.length < cardCount) {
					cards.push({
						kind: 'flashcard',
						id: `${id}/${factId}/${card.template}`,
						deckId: id,
						factId,
						template: card.template,
						tags: card.tags,
						source: card.source,
						prompt: card.prompt,
						answer: card.answer,
						explanation: card.explanation
					});
				}
			}
		}
	}
	return {
		format: 1,
		deck: { ...template.deck, id, title: `Banc d’essai : ${cards.length} cartes` },
		facts,
		cards
	};
}

export function summary(deck: CompiledDeck): DeckSummary {
	return summarizeDeck(deck);
}

/** Grades of the history: mostly Good, some Again, a few Hard and Easy. */
function drawGrade(u: number): Grade {
	return u < 0.08 ? 1 : u < 0.13 ? 2 : u < 0.95 ? 3 : 4;
}

/** The longest wait between two answers of the history: ten answers span at most 1.5 years. */
const MAX_GAP = 60 * DAY;

/**
 * A card's past: `count` answers, each when the card fell due (a little late, sometimes, and
 * never more than 60 days apart), placed so that `end` falls in the card's last interval, as in
 * a collection studied every day. The last answers finish the card's (re)learning steps, as a
 * session does: every card ends in review.
 */
export function cardHistory(
	card: Pick<Card, 'id' | 'deckId'>,
	scheduler: Scheduler,
	end: number,
	count: number,
	seed: string
): { reviews: Review[]; state: CardState | undefined } {
	const random = createRandom(`${seed}:${card.id}`);
	// First the answers and the waits between them, from `end` on…
	const ratings: Grade[] = [];
	const gaps: number[] = [];
	let state: CardState | undefined;
	let time = end;
	for (let k = 0; k < count; k++) {
		const left = count - k;
		const drawn = drawGrade(random.next());
		const inReview = state?.state === REVIEW;
		ratings.push(left <= 2 && !inReview ? 3 : left === 1 && drawn === 1 ? 3 : drawn);
		state = scheduler.next(state, time, ratings[k] as Grade);
		const wait = Math.floor((state.due - time) * (1 + 0.2 * random.next()));
		gaps.push(Math.max(60_000, Math.min(MAX_GAP, wait)));
		time += gaps[k] as number;
	}
	// …then the same answers whole days earlier, so that `end` falls in the last interval (whole
	// days keep every answer's calendar day apart from the others as it was).
	const last = state ? state.due - (time - (gaps.at(-1) ?? 0)) : 0;
	const span = time - (gaps.at(-1) ?? 0) - end;
	const shift =
		Math.max(Math.ceil(span / DAY), Math.floor((span + random.next() * last) / DAY)) * DAY;
	time = end - shift;
	state = undefined;
	const reviews: Review[] = [];
	ratings.forEach((rating, k) => {
		const review: Review = {
			id: reviewId(time, card.id, k.toString(36)),
			cardId: card.id,
			deckId: card.deckId,
			time,
			rating,
			answerMs: 2000 + Math.floor(random.next() * 8000),
			mode: 'study'
		};
		if (state) {
			review.previous = state;
		}
		reviews.push(review);
		state = scheduler.next(state, time, rating);
		time += gaps[k] as number;
	});
	return { reviews, state };
}
