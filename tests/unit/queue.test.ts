import { describe, expect, test } from 'vitest';
import { outlineCards, outlineOf, type Card, type DeckOutline } from '../../src/lib/domain/cards';
import { seedDecks } from './deck-files';
import {
	afterAnswer,
	buildQueue,
	locate,
	DEFAULT_LIMITS,
	LEARN_AHEAD_MS,
	nextCardId,
	queueCounts,
	type StudiedCards,
	type QueueInput,
	type StudyQueue
} from '../../src/lib/domain/queue';
import { deckOfCard, factOfCard, reviewId, type Review } from '../../src/lib/domain/reviews';
import {
	createScheduler,
	LEARNING,
	RELEARNING,
	REVIEW,
	type CardState,
	type Grade
} from '../../src/lib/domain/scheduler';
import { nextDayStart } from '../../src/lib/domain/study-day';

/** Studied cards in columns, from states held by card (storage keeps them in columns). */
function studiedOf(states: ReadonlyMap<string, CardState>): StudiedCards {
	const summaries = [...states.values()];
	return {
		ids: [...states.keys()],
		due: summaries.map((s) => s.due),
		stability: summaries.map((s) => s.stability),
		state: summaries.map((s) => s.state)
	};
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** 10:00 in Paris, a Tuesday in May. */
const NOW = Date.UTC(2026, 4, 12, 8, 0);
const DAY_END = nextDayStart(NOW, 'Europe/Paris');
const scheduler = createScheduler({ fuzz: false });

function card(factId: string, template = 'flash', deckId = 'd'): Card {
	const base = {
		id: `${deckId}/${factId}/${template}`,
		deckId,
		factId,
		template,
		tags: [],
		source: 's',
		prompt: `${factId} ?`,
		answer: factId,
		explanation: `${factId}.`
	};
	switch (template) {
		case 'choice':
			return { ...base, kind: 'choice', choices: [factId, 'autre'], correct: 0 };
		case 'typed':
			return { ...base, kind: 'typed', accepted: [], strict: false };
		default:
			return { ...base, kind: 'flashcard' };
	}
}

/** `count` facts f0…, each with the given templates, in deck order. */
function facts(count: number, templates = ['flash'], deckId = 'd', prefix = 'f'): Card[] {
	return Array.from({ length: count }, (_, i) =>
		templates.map((template) => card(`${prefix}${i}`, template, deckId))
	).flat();
}

/** Moves a state in time, as if its reviews had all happened `delta` ms later. */
function shift(state: CardState, delta: number): CardState {
	return {
		...state,
		due: state.due + delta,
		lastReview: state.lastReview === undefined ? undefined : state.lastReview + delta
	};
}

/** A card in learning whose next step is due at `due` (a new card answered Good). */
function learning(due: number): CardState {
	const state = scheduler.next(undefined, due - 10 * MINUTE, 3);
	expect(state.state).toBe(LEARNING);
	expect(state.due).toBe(due);
	return state;
}

/** A review card due at `due`; more `goods` give it a longer stability. */
function review(due: number, goods = 0): CardState {
	let state: CardState | undefined;
	let now = NOW - 5 * 365 * DAY;
	for (const grade of [3, 3, ...Array<Grade>(goods).fill(3)] as Grade[]) {
		state = scheduler.next(state, now, grade);
		now = state.due;
	}
	const last = state as CardState;
	expect(last.state).toBe(REVIEW);
	return shift(last, due - last.due);
}

/** An answer given today to `cardId`, with the state it had before. */
function answered(cardId: string, time: number, previous?: CardState, rating: Grade = 3): Review {
	return {
		id: reviewId(time, cardId, 'x'),
		cardId,
		deckId: deckOfCard(cardId),
		time,
		rating,
		previous,
		answerMs: 3_000,
		mode: 'study'
	};
}

function queueOf(
	input: Partial<Omit<QueueInput, 'studied'>> &
		Pick<QueueInput, 'cards'> & { states?: ReadonlyMap<string, CardState> }
): StudyQueue {
	const { states = new Map(), ...rest } = input;
	return buildQueue({
		studied: [studiedOf(states)],
		reviewsToday: [],
		suspended: new Set(),
		now: NOW,
		dayEnd: DAY_END,
		limits: DEFAULT_LIMITS,
		...rest
	});
}

const baseInput = {
	reviewsToday: [],
	suspended: new Set<string>(),
	now: NOW,
	dayEnd: DAY_END,
	limits: DEFAULT_LIMITS
};

function all(queue: StudyQueue): string[] {
	return [...queue.learning, ...queue.reviews, ...queue.fresh];
}

/** No fact has two cards in the queue. */
function expectNoSiblings(queue: StudyQueue): void {
	const keys = all(queue).map((id) => factOfCard(id));
	expect(new Set(keys).size).toBe(keys.length);
}

describe('buildQueue: the daily limits', () => {
	test('at most 20 new cards a day, in the deck’s order', () => {
		expect(DEFAULT_LIMITS).toEqual({ newPerDay: 20, reviewsPerDay: 200 });
		const cards = facts(30);
		const queue = queueOf({ cards });
		expect(queue.fresh).toEqual(cards.slice(0, 20).map((c) => c.id));
		expect(queueCounts(queue)).toEqual({ due: 0, fresh: 20, learning: 0 });
	});

	test('new cards already met today count against the limit, each once', () => {
		const cards = facts(30);
		const met = cards.slice(0, 5);
		const states = new Map<string, CardState>();
		const reviewsToday: Review[] = [];
		met.forEach((c, i) => {
			const first = NOW - HOUR + i * MINUTE;
			const afterFirst = scheduler.next(undefined, first, 1);
			// Each was answered twice: Again, then Good a minute later.
			reviewsToday.push(answered(c.id, first, undefined, 1));
			reviewsToday.push(answered(c.id, afterFirst.due, afterFirst, 3));
			states.set(c.id, scheduler.next(afterFirst, afterFirst.due, 3));
		});
		const queue = queueOf({ cards, states, reviewsToday });
		expect(queue.fresh).toHaveLength(15);
		expect(queue.fresh).toEqual(cards.slice(5, 20).map((c) => c.id));
		// The five met today are in learning, not new.
		expect([...queue.learning].sort()).toEqual(met.map((c) => c.id).sort());
	});

	test('a new-card limit of 0, or one already used up, gives no new cards', () => {
		const cards = facts(5);
		expect(queueOf({ cards, limits: { newPerDay: 0, reviewsPerDay: 200 } }).fresh).toEqual([]);
		const used = facts(25).slice(5);
		const reviewsToday = used.map((c, i) => answered(c.id, NOW - HOUR + i));
		expect(queueOf({ cards: [...cards, ...used], reviewsToday }).fresh).toEqual([]);
	});

	test('the limits are per deck: another deck’s answers today do not use them up', () => {
		const cards = facts(5);
		const reviewsToday = facts(20, ['flash'], 'other').map((c, i) =>
			answered(c.id, NOW - HOUR + i)
		);
		expect(queueOf({ cards, reviewsToday }).fresh).toHaveLength(5);
	});

	test('at most 200 reviews a day, and this deck’s reviews done today count against it', () => {
		const cards = facts(250);
		const states = new Map(cards.map((c, i) => [c.id, review(NOW - DAY - i * MINUTE)]));
		expect(queueOf({ cards, states }).reviews).toHaveLength(200);

		const done = facts(280).slice(250);
		const reviewsToday = done.map((c, i) =>
			answered(c.id, NOW - 2 * HOUR + i * MINUTE, review(NOW - DAY))
		);
		// Answers to learning and new cards are not reviews.
		reviewsToday.push(answered((done[0] as Card).id, NOW - HOUR, learning(NOW - HOUR)));
		// Another deck's reviews do not count.
		reviewsToday.push(answered('other/y/flash', NOW - HOUR, review(NOW - DAY)));
		expect(queueOf({ cards: [...cards, ...done], states, reviewsToday }).reviews).toHaveLength(170);
	});
});

describe('buildQueue: which reviews are due', () => {
	test('reviews due before the study day ends are in; later ones wait', () => {
		const [past, tonight, atEnd, tomorrow] = facts(4);
		const cards = [past, tonight, atEnd, tomorrow] as Card[];
		const states = new Map([
			[past?.id as string, review(NOW - 3 * HOUR)],
			[tonight?.id as string, review(DAY_END - MINUTE)],
			[atEnd?.id as string, review(DAY_END)],
			[tomorrow?.id as string, review(DAY_END + 6 * HOUR)]
		]);
		const queue = queueOf({ cards, states });
		expect(queue.reviews).toEqual([past?.id, tonight?.id]);
		expect(queue.fresh).toEqual([]);
	});

	test('the most overdue for its stability comes first, not the most days late', () => {
		const [fragile, solid, dueLater] = facts(3);
		// 1 day late on a ~2-day memory, 5 days late on a memory of over a year.
		const fragileState = review(NOW - DAY);
		const solidState = review(NOW - 5 * DAY, 4);
		expect(fragileState.stability).toBeLessThan(solidState.stability / 5);
		const states = new Map([
			[solid?.id as string, solidState],
			[dueLater?.id as string, review(NOW + 2 * HOUR)],
			[fragile?.id as string, fragileState]
		]);
		const queue = queueOf({ cards: [solid, dueLater, fragile] as Card[], states });
		expect(queue.reviews).toEqual([fragile?.id, solid?.id, dueLater?.id]);
	});

	test('suspended cards are left out, whatever their state', () => {
		const cards = facts(6);
		const ids = cards.map((c) => c.id);
		const states = new Map([
			[ids[0] as string, review(NOW - DAY)],
			[ids[1] as string, review(NOW - DAY)],
			[ids[2] as string, learning(NOW - MINUTE)],
			[ids[3] as string, learning(NOW - MINUTE)]
		]);
		const suspended = new Set([ids[0], ids[2], ids[4]] as string[]);
		const queue = queueOf({ cards, states, suspended });
		expect(queue).toEqual({ reviews: [ids[1]], fresh: [ids[5]], learning: [ids[3]] });
	});
});

/** Reviews due today and later, and learning cards, among cards left new. */
function mixedStates(cards: readonly Card[]): Map<string, CardState> {
	const states = new Map<string, CardState>();
	cards.forEach((c, i) => {
		if (i % 5 === 0) {
			states.set(c.id, review(NOW - (i % 3) * DAY, i % 4));
		} else if (i % 5 === 1) {
			states.set(c.id, review(DAY_END + i * HOUR));
		} else if (i % 7 === 2) {
			states.set(c.id, learning(NOW + i * MINUTE));
		}
	});
	return states;
}

describe('buildQueue: from the stored columns', () => {
	test('however the studied cards are split in parts, the queue is the same', () => {
		const cards = facts(40, ['flash', 'choice', 'typed']);
		const states = mixedStates(cards);
		const first = cards[2] as Card;
		const reviewsToday = [answered(first.id, NOW - HOUR)];
		const whole = queueOf({ cards, states, reviewsToday });
		const entries = [...states];
		const parts = [0, 1, 2].map((part) =>
			studiedOf(new Map(entries.filter((_, i) => i % 3 === part)))
		);
		expect(buildQueue({ ...baseInput, cards, studied: parts, reviewsToday })).toEqual(whole);
		expect(whole.reviews.length).toBeGreaterThan(0);
		expect(whole.fresh.length).toBeGreaterThan(0);
		expect(whole.learning.length).toBeGreaterThan(0);
	});

	test('a studied card no longer in the deck is left out of the queue', () => {
		const cards = facts(3, ['flash']);
		const gone = 'd/removed/flash';
		const states = new Map([[gone, review(NOW - DAY)]]);
		const queue = queueOf({ cards, states });
		expect(all(queue)).not.toContain(gone);
		expect(queue.fresh).toEqual(cards.map((c) => c.id));
	});
});

describe('buildQueue: from a deck outline', () => {
	test('the outline of each seed deck gives the queue its compiled cards give', () => {
		for (const compiled of seedDecks()) {
			const cards = compiled.cards;
			const states = mixedStates(cards);
			const reviewsToday = [answered((cards[3] as Card).id, NOW - HOUR)];
			const full = queueOf({ cards, states, reviewsToday });
			const outline = JSON.parse(JSON.stringify(outlineOf(compiled))) as DeckOutline;
			expect(outlineCards(outline)).toEqual(
				cards.map(({ id, deckId, factId, kind }) => ({ id, deckId, factId, kind }))
			);
			expect(queueOf({ cards: outlineCards(outline), states, reviewsToday })).toEqual(full);
			expect(full.fresh.length + full.reviews.length).toBeGreaterThan(0);
		}
	});
});

describe('buildQueue: siblings (cards of one fact) never meet on one day', () => {
	test('a fact gives one new card, one review, or stays with its learning card', () => {
		const templates = ['flash', 'choice', 'typed'];
		const cards = facts(4, templates);
		const id = (fact: number, template: string) => `d/f${fact}/${template}`;
		const states = new Map([
			// f1: two of its cards are due for review; the more overdue one is shown.
			[id(1, 'flash'), review(NOW - HOUR)],
			[id(1, 'choice'), review(NOW - 2 * DAY)],
			// f2: a card in learning keeps the fact, even against a due review.
			[id(2, 'typed'), learning(NOW + 5 * MINUTE)],
			[id(2, 'flash'), review(NOW - 2 * DAY)]
		]);
		const queue = queueOf({ cards, states });
		expectNoSiblings(queue);
		expect(queue.learning).toEqual([id(2, 'typed')]);
		expect(queue.reviews).toEqual([id(1, 'choice')]);
		// f0 and f3 are new: one card each.
		expect(queue.fresh).toHaveLength(2);
		expect(queue.fresh.map((c) => c.split('/')[1])).toEqual(['f0', 'f3']);
	});

	test('a fact studied today keeps its other cards out until tomorrow', () => {
		const cards = facts(3, ['flash', 'choice', 'typed']);
		const id = (fact: number, template: string) => `d/f${fact}/${template}`;
		// f0's flashcard was reviewed this morning (now due in days); its choice card is due.
		const before = review(NOW - 2 * HOUR);
		const states = new Map([
			[id(0, 'flash'), scheduler.next(before, NOW - 2 * HOUR, 3)],
			[id(0, 'choice'), review(NOW - DAY)],
			// f1's typed card was met for the first time today and answered Easy.
			[id(1, 'typed'), scheduler.next(undefined, NOW - HOUR, 4)]
		]);
		const reviewsToday = [
			answered(id(0, 'flash'), NOW - 2 * HOUR, before),
			answered(id(1, 'typed'), NOW - HOUR, undefined, 4)
		];
		const queue = queueOf({ cards, states, reviewsToday });
		const shown = all(queue);
		expect(shown.filter((c) => c.startsWith('d/f0/'))).toEqual([]);
		expect(shown.filter((c) => c.startsWith('d/f1/'))).toEqual([]);
		expect(queue.fresh).toHaveLength(1);
		expect(queue.fresh[0]?.startsWith('d/f2/')).toBe(true);
	});

	test('the same fact id in two decks is two facts', () => {
		const cards = [card('capital', 'flash', 'deck-a'), card('capital', 'flash', 'deck-b')];
		expect(queueOf({ cards }).fresh).toEqual(cards.map((c) => c.id));
	});

	test('new cards of consecutive facts turn through the templates (a mix of kinds)', () => {
		const cards = facts(6, ['flash', 'choice', 'typed']);
		const queue = queueOf({ cards });
		expectNoSiblings(queue);
		expect(queue.fresh).toHaveLength(6);
		const kinds = queue.fresh.map((id) => cards.find((c) => c.id === id)?.kind);
		expect(new Set(kinds.slice(0, 3))).toEqual(new Set(['flashcard', 'choice', 'typed']));
		// Neighbours never have the same kind.
		for (let i = 1; i < kinds.length; i++) {
			expect(kinds[i]).not.toBe(kinds[i - 1]);
		}
	});
});

describe('buildQueue: learning', () => {
	test('cards in learning and relearning are listed by due time, if due today', () => {
		const cards = facts(5);
		const ids = cards.map((c) => c.id);
		const lapsed = scheduler.next(review(NOW - 3 * MINUTE), NOW - 3 * MINUTE, 1);
		expect(lapsed.state).toBe(RELEARNING);
		const states = new Map([
			[ids[0] as string, learning(NOW + 2 * HOUR)],
			[ids[1] as string, learning(NOW - MINUTE)],
			[ids[2] as string, lapsed],
			[ids[3] as string, learning(DAY_END + 5 * MINUTE)]
		]);
		const queue = queueOf({ cards, states });
		expect(queue.learning).toEqual([ids[1], ids[2], ids[0]]);
		// The one due tomorrow waits, and keeps its fact with it.
		expect(queue.fresh).toEqual([ids[4]]);
	});
});

describe('nextCardId: what to show next', () => {
	const states = new Map([
		['l-soon', learning(NOW + 5 * MINUTE)],
		['l-due', learning(NOW - MINUTE)],
		['l-later', learning(NOW + 30 * MINUTE)],
		['r1', review(NOW - DAY)]
	]);

	test('a learning card whose step is due comes before anything else', () => {
		const queue = { reviews: ['r1'], fresh: ['n1'], learning: ['l-soon', 'l-due'] };
		expect(nextCardId(queue, states, NOW, 0)).toBe('l-due');
		expect(nextCardId(queue, states, NOW, 3)).toBe('l-due');
	});

	test('among due learning cards, the one due first', () => {
		// Answered in this order: the Again (1 min step) after the Good (10 min step).
		const good = scheduler.next(undefined, NOW, 3);
		const again = scheduler.next(undefined, NOW + 2 * MINUTE, 1);
		expect(again.due).toBeLessThan(good.due);
		const learningStates = new Map([
			['good', good],
			['again', again]
		]);
		let queue: StudyQueue = { reviews: [], fresh: [], learning: [] };
		queue = afterAnswer(queue, 'good', good, DAY_END);
		queue = afterAnswer(queue, 'again', again, DAY_END);
		expect(nextCardId(queue, learningStates, good.due + 5 * MINUTE, 2)).toBe('again');
		// Nothing else left: the soonest one is shown ahead, not the first answered.
		expect(nextCardId(queue, learningStates, NOW + 2 * MINUTE, 2)).toBe('again');
	});

	test('new cards are spread among the reviews', () => {
		let queue: StudyQueue = {
			reviews: ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'],
			fresh: ['n1', 'n2'],
			learning: []
		};
		const order: string[] = [];
		for (let shown = 0; shown < 8; shown++) {
			const id = nextCardId(queue, new Map(), NOW, shown) as string;
			order.push(id);
			queue = afterAnswer(queue, id, review(NOW + 3 * DAY), DAY_END);
		}
		expect(nextCardId(queue, new Map(), NOW, 8)).toBeUndefined();
		expect([...order].sort()).toEqual(['n1', 'n2', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
		// Reviews first, new cards not together, and not both left for the end.
		expect(order[0]).toBe('r1');
		const newAt = order.flatMap((id, i) => (id.startsWith('n') ? [i] : []));
		expect(newAt).toHaveLength(2);
		expect((newAt[1] as number) - (newAt[0] as number)).toBeGreaterThan(1);
		expect(newAt[1]).toBeLessThan(order.length - 1);
		// Reviews and new cards keep their own order.
		expect(order.filter((id) => id.startsWith('r'))).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
	});

	test('with no reviews, new cards come one after another', () => {
		const queue = { reviews: [], fresh: ['n1', 'n2'], learning: ['l-soon'] };
		expect(nextCardId(queue, states, NOW, 0)).toBe('n1');
		expect(nextCardId(queue, states, NOW, 1)).toBe('n1');
	});

	test(`when nothing else is left, a learning card due within ${LEARN_AHEAD_MS / MINUTE} min`, () => {
		expect(LEARN_AHEAD_MS).toBe(20 * MINUTE);
		const soon = { reviews: [], fresh: [], learning: ['l-soon'] };
		expect(nextCardId(soon, states, NOW, 5)).toBe('l-soon');
		const later = { reviews: [], fresh: [], learning: ['l-later'] };
		expect(nextCardId(later, states, NOW, 5)).toBeUndefined();
		// …until it comes within reach.
		expect(nextCardId(later, states, NOW + 10 * MINUTE, 5)).toBe('l-later');
		expect(nextCardId({ reviews: [], fresh: [], learning: [] }, states, NOW, 0)).toBeUndefined();
	});
});

describe('afterAnswer', () => {
	const queue: StudyQueue = { reviews: ['r1', 'r2'], fresh: ['n1'], learning: ['l1'] };

	test('a review graded Again goes back into learning (relearning) for today', () => {
		const lapsed = scheduler.next(review(NOW - DAY), NOW, 1);
		expect(lapsed.state).toBe(RELEARNING);
		const next = afterAnswer(queue, 'r1', lapsed, DAY_END);
		expect(next).toEqual({ reviews: ['r2'], fresh: ['n1'], learning: ['l1', 'r1'] });
	});

	test('a review graded Good leaves the queue for days', () => {
		const passed = scheduler.next(review(NOW - DAY), NOW, 3);
		expect(afterAnswer(queue, 'r1', passed, DAY_END)).toEqual({
			reviews: ['r2'],
			fresh: ['n1'],
			learning: ['l1']
		});
	});

	test('a new card answered enters learning; a learning step due tomorrow does not', () => {
		const stepped = scheduler.next(undefined, NOW, 3);
		expect(afterAnswer(queue, 'n1', stepped, DAY_END).learning).toEqual(['l1', 'n1']);
		const late = scheduler.next(undefined, DAY_END - MINUTE, 3);
		expect(late.due).toBeGreaterThanOrEqual(DAY_END);
		expect(afterAnswer(queue, 'n1', late, DAY_END)).toEqual({
			reviews: ['r1', 'r2'],
			fresh: [],
			learning: ['l1']
		});
		// A learning card that graduates leaves learning.
		const graduated = scheduler.next(learning(NOW), NOW, 3);
		expect(graduated.state).toBe(REVIEW);
		expect(afterAnswer(queue, 'l1', graduated, DAY_END).learning).toEqual([]);
	});
});

describe('locate: where the queue’s cards are in the studied columns', () => {
	test('gives each studied card’s part and index, and leaves the others out', () => {
		const cards = facts(6, ['flash', 'choice']);
		const states = mixedStates(cards);
		const entries = [...states];
		const parts = [0, 1].map((part) =>
			studiedOf(new Map(entries.filter((_, i) => i % 2 === part)))
		);
		const studiedIds = entries.map(([id]) => id);
		const unstudied = cards.map((c) => c.id).find((id) => !states.has(id));
		const wanted = [studiedIds[0]!, studiedIds[3]!, unstudied!, 'd/gone/flash'];
		const found = locate(parts, cards, wanted);
		expect([...found.keys()].sort()).toEqual([studiedIds[0], studiedIds[3]].sort());
		for (const [id, [part, index]] of found) {
			expect(parts[part]!.ids[index]).toBe(id);
		}
	});
});
