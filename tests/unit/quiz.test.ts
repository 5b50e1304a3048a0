import { describe, expect, test } from 'vitest';
import type { AnswerVerdict } from '../../src/lib/domain/answer';
import type { Card, CardKind, CompiledDeck } from '../../src/lib/domain/cards';
import {
	QUIZ_KINDS,
	quizAnswerCounts,
	scoreQuiz,
	selectQuestions,
	type QuizAnswer,
	type QuizKind,
	type QuizOptions
} from '../../src/lib/domain/quiz';
import { seedDecks } from './deck-files';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 4, 12, 8, 0);

/** A card of `kind` for fact `factId`; its id is deck/fact/kind unless a template is given. */
function card(
	factId: string,
	kind: CardKind,
	tags: string[] = [],
	deckId = 'd',
	template: string = kind
): Card {
	const base = {
		id: `${deckId}/${factId}/${template}`,
		deckId,
		factId,
		template,
		tags,
		source: 's',
		prompt: `${factId} ?`,
		answer: factId,
		explanation: `${factId}.`
	};
	switch (kind) {
		case 'flashcard':
			return { ...base, kind };
		case 'choice':
		case 'odd-one-out':
			return { ...base, kind, choices: [factId, 'autre'], correct: 0 };
		case 'typed':
			return { ...base, kind, accepted: [], strict: false };
		case 'truefalse':
			return { ...base, kind, truth: true };
		case 'order':
			return { ...base, kind, items: [{ label: factId, date: '2025' }], shown: [0] };
	}
}

function options(overrides: Partial<QuizOptions> = {}): QuizOptions {
	return {
		deckId: 'd',
		tags: [],
		count: 'all',
		kinds: [...QUIZ_KINDS],
		seed: 'seed',
		...overrides
	};
}

/** `count` facts f0…, each with one card of every kind, all with the given tags. */
function everyKind(count: number, tags: string[] = [], prefix = 'f', deckId = 'd'): Card[] {
	const kinds: CardKind[] = ['flashcard', 'choice', 'typed', 'truefalse', 'order', 'odd-one-out'];
	return Array.from({ length: count }, (_, i) =>
		kinds.map((kind) => card(`${prefix}${i}`, kind, tags, deckId))
	).flat();
}

function byId(cards: readonly Card[]): Map<string, Card> {
	return new Map(cards.map((c) => [c.id, c]));
}

function picked(cards: readonly Card[], ids: readonly string[]): Card[] {
	const index = byId(cards);
	return ids.map((id) => {
		const found = index.get(id);
		if (!found) {
			throw new Error(`selectQuestions returned an unknown id ${id}`);
		}
		return found;
	});
}

function expectDistinctFacts(questions: readonly Card[]): void {
	expect(new Set(questions.map((q) => q.factId)).size).toBe(questions.length);
}

describe('selectQuestions', () => {
	test('empty tags means every topic', () => {
		const cards = [
			card('a', 'choice', ['dates']),
			card('b', 'typed', ['pays']),
			card('c', 'truefalse', [])
		];
		const ids = selectQuestions(cards, options({ tags: [] }));
		expect([...ids].sort()).toEqual(['d/a/choice', 'd/b/typed', 'd/c/truefalse']);
	});

	test('a card qualifies when it has any of the selected tags', () => {
		const cards = [
			card('a', 'choice', ['dates']),
			card('b', 'choice', ['pays', 'minerais']),
			card('c', 'choice', ['dates', 'pays']),
			card('d', 'choice', ['idees']),
			card('e', 'choice', [])
		];
		const ids = selectQuestions(cards, options({ tags: ['dates', 'minerais'] }));
		expect([...ids].sort()).toEqual(['d/a/choice', 'd/b/choice', 'd/c/choice']);

		const one = selectQuestions(cards, options({ tags: ['idees'] }));
		expect(one).toEqual(['d/d/choice']);

		expect(selectQuestions(cards, options({ tags: ['absent'] }))).toEqual([]);
	});

	test('filters by kind, one question per fact of a chosen kind', () => {
		const cards = everyKind(4);
		for (const kind of QUIZ_KINDS) {
			const questions = picked(cards, selectQuestions(cards, options({ kinds: [kind] })));
			expect(questions).toHaveLength(4);
			expectDistinctFacts(questions);
			for (const q of questions) {
				const allowed = kind === 'choice' ? ['choice', 'odd-one-out'] : [kind];
				expect(allowed, q.id).toContain(q.kind);
			}
		}
	});

	test("'choice' includes odd-one-out cards", () => {
		const cards = [
			card('a', 'odd-one-out'),
			card('b', 'odd-one-out'),
			card('c', 'typed'),
			card('d', 'flashcard')
		];
		const ids = selectQuestions(cards, options({ kinds: ['choice'] }));
		expect([...ids].sort()).toEqual(['d/a/odd-one-out', 'd/b/odd-one-out']);
		expect(selectQuestions(cards, options({ kinds: ['typed', 'truefalse'] }))).toEqual([
			'd/c/typed'
		]);
	});

	test('flashcards never appear', () => {
		const cards = [
			card('a', 'flashcard'),
			card('b', 'flashcard'),
			card('c', 'flashcard'),
			card('d', 'truefalse')
		];
		expect(selectQuestions(cards, options())).toEqual(['d/d/truefalse']);
		// Not even when asked for by a careless caller.
		const sneaky = ['flashcard', ...QUIZ_KINDS] as QuizKind[];
		expect(selectQuestions(cards, options({ kinds: sneaky }))).toEqual(['d/d/truefalse']);
		// A deck of flashcards only has no quiz.
		expect(selectQuestions(cards.slice(0, 3), options())).toEqual([]);
	});

	test('no kinds means no questions', () => {
		expect(selectQuestions(everyKind(3), options({ kinds: [] }))).toEqual([]);
	});

	test('never two cards of the same fact', () => {
		const cards = everyKind(12, ['dates']);
		for (const seed of ['a', 'b', 'c', 'd', 'e']) {
			const ids = selectQuestions(cards, options({ seed }));
			expect(ids).toHaveLength(12);
			expect(new Set(ids).size).toBe(12);
			const questions = picked(cards, ids);
			expectDistinctFacts(questions);
			expect(questions.every((q) => q.kind !== 'flashcard')).toBe(true);
		}
	});

	test('count: 10 and 20 cap the questions, all takes one per eligible fact', () => {
		const cards = everyKind(25);
		expect(selectQuestions(cards, options({ count: 10 }))).toHaveLength(10);
		expect(selectQuestions(cards, options({ count: 20 }))).toHaveLength(20);
		const all = selectQuestions(cards, options({ count: 'all' }));
		expect(all).toHaveLength(25);
		expect(new Set(picked(cards, all).map((q) => q.factId)).size).toBe(25);

		// Fewer eligible facts than asked: every one of them, once.
		const few = everyKind(7);
		expect(selectQuestions(few, options({ count: 10 }))).toHaveLength(7);
		expect(selectQuestions(few, options({ count: 20 }))).toHaveLength(7);
		expect(selectQuestions(few, options({ count: 'all' }))).toHaveLength(7);
	});

	test("'all' counts eligible facts only: filtered by tag and kind", () => {
		const cards = [
			...everyKind(5, ['dates'], 'date'),
			...everyKind(4, ['pays'], 'pays'),
			card('flash-only', 'flashcard', ['dates']),
			card('typed-only', 'typed', ['dates'])
		];
		expect(selectQuestions(cards, options({ tags: ['dates'] }))).toHaveLength(6);
		expect(selectQuestions(cards, options({ tags: ['dates'], kinds: ['order'] }))).toHaveLength(5);
		expect(selectQuestions(cards, options({ tags: ['pays', 'dates'] }))).toHaveLength(10);
		expect(selectQuestions(cards, options())).toHaveLength(10);
	});

	test('a count of 10 is the first 10 of the same shuffled order', () => {
		const cards = everyKind(25);
		const all = selectQuestions(cards, options({ seed: 's' }));
		expect(selectQuestions(cards, options({ seed: 's', count: 10 }))).toEqual(all.slice(0, 10));
	});

	test('reproducible from the seed: same seed, same ids in the same order', () => {
		const cards = everyKind(20, ['dates']);
		const first = selectQuestions(cards, options({ seed: 'quiz-42', count: 10 }));
		const again = selectQuestions(cards, options({ seed: 'quiz-42', count: 10 }));
		expect(again).toEqual(first);
		// Also from a copy of the cards (no hidden state in the list).
		expect(selectQuestions([...cards], options({ seed: 'quiz-42', count: 10 }))).toEqual(first);
	});

	test('different seeds give different orders', () => {
		const cards = everyKind(20);
		const a = selectQuestions(cards, options({ seed: 'seed-a' }));
		const b = selectQuestions(cards, options({ seed: 'seed-b' }));
		expect(b).not.toEqual(a);
		// The same facts either way, only in another order (and maybe through other cards).
		const facts = (ids: string[]) => picked(cards, ids).map((q) => q.factId);
		expect([...facts(b)].sort()).toEqual([...facts(a)].sort());
		expect(facts(b)).not.toEqual(facts(a));

		const orders = new Set(
			['1', '2', '3', '4', '5', '6'].map((seed) => selectQuestions(cards, options({ seed })).join())
		);
		expect(orders.size).toBe(6);
	});

	test('only cards of options.deckId', () => {
		const cards = [...everyKind(5, ['dates'], 'f', 'd'), ...everyKind(5, ['dates'], 'f', 'other')];
		const mine = selectQuestions(cards, options({ deckId: 'd' }));
		expect(mine).toHaveLength(5);
		expect(picked(cards, mine).every((q) => q.deckId === 'd')).toBe(true);
		const theirs = selectQuestions(cards, options({ deckId: 'other' }));
		expect(theirs).toHaveLength(5);
		expect(picked(cards, theirs).every((q) => q.deckId === 'other')).toBe(true);
		expect(selectQuestions(cards, options({ deckId: 'nowhere' }))).toEqual([]);
	});
});

describe('selectQuestions on a seed deck', () => {
	const deck = seedDecks().find((d) => d.deck.id === 'asie-centrale-diplomatie') as CompiledDeck;
	const objective = deck.cards.filter((c) => c.kind !== 'flashcard');
	const dateFacts = new Set(objective.filter((c) => c.tags.includes('dates')).map((c) => c.factId));

	test('tag dates, count 10: questions all tagged dates, of distinct facts', () => {
		expect(deck).toBeDefined();
		const ids = selectQuestions(
			deck.cards,
			options({ deckId: deck.deck.id, tags: ['dates'], count: 10, seed: 'seed-deck' })
		);
		const questions = picked(deck.cards, ids);
		// Ten questions, or every dated fact once if the deck has fewer than ten.
		expect(dateFacts.size).toBeGreaterThan(0);
		expect(questions).toHaveLength(Math.min(10, dateFacts.size));
		expectDistinctFacts(questions);
		for (const q of questions) {
			expect(q.tags, q.id).toContain('dates');
			expect(q.kind, q.id).not.toBe('flashcard');
			expect(q.deckId).toBe(deck.deck.id);
		}
		expect(questions.every((q) => dateFacts.has(q.factId))).toBe(true);
		const all = selectQuestions(deck.cards, options({ deckId: deck.deck.id, tags: ['dates'] }));
		expect(all).toHaveLength(dateFacts.size);
	});

	test('a larger topic, count 10: exactly 10 questions of distinct facts', () => {
		const ids = selectQuestions(
			deck.cards,
			options({ deckId: deck.deck.id, tags: ['diplomatie'], count: 10, seed: 'seed-deck' })
		);
		const questions = picked(deck.cards, ids);
		expect(questions).toHaveLength(10);
		expectDistinctFacts(questions);
		expect(questions.every((q) => q.tags.includes('diplomatie'))).toBe(true);
		expect(questions.every((q) => q.kind !== 'flashcard')).toBe(true);
	});

	test("'all' asks one question per fact that has an objective card", () => {
		const ids = selectQuestions(deck.cards, options({ deckId: deck.deck.id }));
		expect(ids).toHaveLength(new Set(objective.map((c) => c.factId)).size);
		expectDistinctFacts(picked(deck.cards, ids));
	});
});

describe('scoreQuiz', () => {
	function answer(cardId: string, verdict: AnswerVerdict): QuizAnswer {
		return { cardId, verdict, given: verdict === 'wrong' ? 'non' : 'oui', ms: 1000 };
	}

	test('exact and close count right; wrong and unanswered count wrong', () => {
		const questions = [
			card('a', 'typed'),
			card('b', 'typed'),
			card('c', 'typed'),
			card('d', 'typed')
		];
		const score = scoreQuiz(questions, [
			answer('d/a/typed', 'exact'),
			answer('d/b/typed', 'close'),
			answer('d/c/typed', 'wrong')
			// d is unanswered
		]);
		expect(score.correct).toBe(2);
		expect(score.total).toBe(4);
		expect(score.percent).toBe(50);
	});

	test('close answers are counted separately, and also as right', () => {
		const questions = [card('a', 'typed'), card('b', 'typed'), card('c', 'typed')];
		const score = scoreQuiz(questions, [
			answer('d/a/typed', 'close'),
			answer('d/b/typed', 'close'),
			answer('d/c/typed', 'exact')
		]);
		expect(score).toMatchObject({ correct: 3, close: 2, total: 3, percent: 100 });
		expect(scoreQuiz(questions, [answer('d/a/typed', 'exact')]).close).toBe(0);
	});

	test('no answers at all: everything wrong', () => {
		const questions = [card('a', 'choice', ['dates']), card('b', 'choice', ['dates'])];
		const score = scoreQuiz(questions, []);
		expect(score).toMatchObject({ correct: 0, total: 2, close: 0, percent: 0 });
		expect(score.byTag).toEqual([{ tag: 'dates', correct: 0, total: 2 }]);
	});

	test('an empty quiz scores 0 %, not NaN', () => {
		expect(scoreQuiz([], [])).toEqual({ correct: 0, total: 0, close: 0, percent: 0, byTag: [] });
	});

	test('answers to cards that are not questions are ignored', () => {
		const score = scoreQuiz([card('a', 'typed')], [answer('d/zzz/typed', 'exact')]);
		expect(score).toMatchObject({ correct: 0, total: 1, percent: 0 });
	});

	test.each([
		[1, 3, 33],
		[2, 3, 67],
		[1, 8, 13],
		[5, 8, 63],
		[6, 8, 75],
		[1, 6, 17],
		[19, 20, 95],
		[0, 7, 0],
		[7, 7, 100]
	])('percent rounds: %i of %i is %i percent', (right, total, percent) => {
		const questions = Array.from({ length: total }, (_, i) => card(`f${i}`, 'choice'));
		const answers = questions.map((q, i) => answer(q.id, i < right ? 'exact' : 'wrong'));
		const score = scoreQuiz(questions, answers);
		expect(score.correct).toBe(right);
		expect(score.percent).toBe(percent);
	});

	test('the per-topic breakdown: Dates 6/8, a card with several tags counted in each', () => {
		const dates = Array.from({ length: 8 }, (_, i) =>
			card(`date${i}`, 'choice', i < 3 ? ['dates', 'diplomatie'] : ['dates'])
		);
		const pays = [card('pays0', 'typed', ['pays']), card('pays1', 'typed', ['pays', 'diplomatie'])];
		const untagged = card('sans', 'truefalse', []);
		const questions = [...dates, ...pays, untagged];
		const answers = [
			// Dates: 6 of 8 right (5 exact, 1 close), date6 wrong, date7 unanswered.
			...dates.slice(0, 5).map((q) => answer(q.id, 'exact')),
			answer('d/date5/choice', 'close'),
			answer('d/date6/choice', 'wrong'),
			answer('d/pays0/typed', 'wrong'),
			answer('d/pays1/typed', 'exact'),
			answer('d/sans/truefalse', 'exact')
		];
		const score = scoreQuiz(questions, answers);
		expect(score).toMatchObject({ correct: 8, total: 11, close: 1, percent: 73 });
		const topic = (tag: string) => score.byTag.find((t) => t.tag === tag);
		expect(topic('dates')).toEqual({ tag: 'dates', correct: 6, total: 8 });
		// date0–2 (all right) and pays1 (right) are diplomatie too.
		expect(topic('diplomatie')).toEqual({ tag: 'diplomatie', correct: 4, total: 4 });
		expect(topic('pays')).toEqual({ tag: 'pays', correct: 1, total: 2 });
		// An untagged card counts in the total, in no topic.
		expect(score.byTag.map((t) => t.tag).sort()).toEqual(['dates', 'diplomatie', 'pays']);
		// Biggest topics first.
		expect(score.byTag.map((t) => t.tag)).toEqual(['dates', 'diplomatie', 'pays']);
	});

	test('topics of the same size come in alphabetical order', () => {
		const questions = [card('a', 'choice', ['zinc']), card('b', 'choice', ['argent'])];
		const score = scoreQuiz(questions, [answer('d/a/choice', 'exact')]);
		expect(score.byTag).toEqual([
			{ tag: 'argent', correct: 0, total: 1 },
			{ tag: 'zinc', correct: 1, total: 1 }
		]);
	});
});

describe('quizAnswerCounts', () => {
	const newCard = undefined;
	const dueYesterday = NOW - DAY;
	const dueNow = NOW;
	const dueNextWeek = NOW + 7 * DAY;

	test("'due-or-new': a new card counts, right or wrong", () => {
		expect(quizAnswerCounts('due-or-new', true, newCard, NOW)).toBe(true);
		expect(quizAnswerCounts('due-or-new', false, newCard, NOW)).toBe(true);
	});

	test("'due-or-new': a due card counts, right or wrong", () => {
		for (const due of [dueYesterday, dueNow]) {
			expect(quizAnswerCounts('due-or-new', true, due, NOW)).toBe(true);
			expect(quizAnswerCounts('due-or-new', false, due, NOW)).toBe(true);
		}
	});

	test("'due-or-new': on a card not yet due, a wrong answer counts, a right one does not", () => {
		expect(quizAnswerCounts('due-or-new', false, dueNextWeek, NOW)).toBe(true);
		expect(quizAnswerCounts('due-or-new', true, dueNextWeek, NOW)).toBe(false);
		expect(quizAnswerCounts('due-or-new', true, NOW + 1, NOW)).toBe(false);
		expect(quizAnswerCounts('due-or-new', false, NOW + 1, NOW)).toBe(true);
	});

	test.each([
		['always', true],
		['never', false]
	] as const)("'%s' is %s whatever the card and the answer", (rule, expected) => {
		for (const due of [newCard, dueYesterday, dueNow, dueNextWeek]) {
			for (const right of [true, false]) {
				expect(quizAnswerCounts(rule, right, due, NOW), `${right} ${due}`).toBe(expected);
			}
		}
	});
});
