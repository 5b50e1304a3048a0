import { describe, expect, test } from 'vitest';
import type { Card } from '../../src/lib/domain/cards';
import { judgeResponse, type Response } from '../../src/lib/domain/judge';

const base = {
	deckId: 'd',
	factId: 'f',
	tags: [],
	source: 's',
	explanation: 'Astana est la capitale du Kazakhstan.'
};

const choice: Card = {
	...base,
	id: 'd/f/capital-choice',
	template: 'capital-choice',
	kind: 'choice',
	prompt: 'Quelle est la capitale du Kazakhstan ?',
	answer: 'Astana',
	choices: ['Almaty', 'Astana', 'Bichkek', 'Tachkent'],
	correct: 1
};

const oddOneOut: Card = {
	...choice,
	id: 'd/f/odd',
	template: 'odd',
	kind: 'odd-one-out',
	prompt: 'Lequel n’est pas une capitale ?',
	answer: 'Almaty',
	choices: ['Astana', 'Almaty', 'Bichkek'],
	correct: 1
};

const typed: Card = {
	...base,
	id: 'd/f/capital-typed',
	template: 'capital-typed',
	kind: 'typed',
	prompt: 'Capitale du Kazakhstan ?',
	answer: 'Astana',
	accepted: ['Nour-Soultan', 'Akmola'],
	strict: false
};

const typedCountry: Card = {
	...typed,
	id: 'd/f/country-typed',
	template: 'country-typed',
	answer: 'Kazakhstan',
	accepted: ['Qazaqstan']
};

const year: Card = {
	...typed,
	id: 'd/f/year-typed',
	template: 'year-typed',
	answer: '1997',
	accepted: [],
	strict: true
};

const trueFalse: Card = {
	...base,
	id: 'd/f/tf',
	template: 'tf',
	kind: 'truefalse',
	prompt: 'Astana est la capitale du Kazakhstan.',
	answer: 'Vrai',
	truth: true
};

const order: Card = {
	...base,
	id: 'd/f/order',
	template: 'order',
	kind: 'order',
	prompt: 'Remettez dans l’ordre.',
	answer: 'Indépendance → Capitale à Astana → Nour-Soultan',
	items: [
		{ label: 'Indépendance', date: '1991' },
		{ label: 'Capitale à Astana', date: '1997' },
		{ label: 'Nour-Soultan', date: '2019' }
	],
	shown: [2, 0, 1]
};

const flashcard: Card = {
	...base,
	id: 'd/f/flash',
	template: 'flash',
	kind: 'flashcard',
	prompt: 'Capitale du Kazakhstan ?',
	answer: 'Astana'
};

describe('judgeResponse', () => {
	test('a choice: the right index is exact, another is wrong; the pick is said in words', () => {
		expect(judgeResponse(choice, { kind: 'choice', index: 1 })).toEqual({
			verdict: 'exact',
			given: 'Astana'
		});
		expect(judgeResponse(choice, { kind: 'choice', index: 0 })).toEqual({
			verdict: 'wrong',
			given: 'Almaty'
		});
		expect(judgeResponse(choice, { kind: 'choice', index: 9 }).verdict).toBe('wrong');
	});

	test('odd-one-out is judged like a choice', () => {
		expect(judgeResponse(oddOneOut, { kind: 'choice', index: 1 }).verdict).toBe('exact');
		expect(judgeResponse(oddOneOut, { kind: 'choice', index: 2 }).verdict).toBe('wrong');
	});

	test('typed: exact (case and accents aside), accepted variants, a typo, a wrong answer', () => {
		const judge = (card: Card, text: string) => judgeResponse(card, { kind: 'typed', text });
		expect(judge(typed, 'astana')).toEqual({ verdict: 'exact', given: 'astana' });
		expect(judge(typed, 'Nour Soultan').verdict).toBe('exact');
		expect(judge(typed, 'akmola').verdict).toBe('exact');
		expect(judge(typedCountry, 'Qazaqstan').verdict).toBe('exact');
		expect(judge(typedCountry, 'Kazakstan').verdict).toBe('close');
		expect(judge(typedCountry, 'Ouzbékistan').verdict).toBe('wrong');
		expect(judge(typed, 'Almaty').verdict).toBe('wrong');
		expect(judge(typed, '').verdict).toBe('wrong');
		// A year forgives no typo.
		expect(judge(year, '1997').verdict).toBe('exact');
		expect(judge(year, '1996').verdict).toBe('wrong');
	});

	test('true or false, given as "true" or "false" for the interface to word', () => {
		expect(judgeResponse(trueFalse, { kind: 'truefalse', value: true })).toEqual({
			verdict: 'exact',
			given: 'true'
		});
		expect(judgeResponse(trueFalse, { kind: 'truefalse', value: false })).toEqual({
			verdict: 'wrong',
			given: 'false'
		});
		const falseStatement: Card = { ...trueFalse, truth: false };
		expect(judgeResponse(falseStatement, { kind: 'truefalse', value: false }).verdict).toBe(
			'exact'
		);
	});

	test('order: only the chronological order is right', () => {
		expect(judgeResponse(order, { kind: 'order', order: [0, 1, 2] })).toEqual({
			verdict: 'exact',
			given: 'Indépendance → Capitale à Astana → Nour-Soultan'
		});
		const wrong = judgeResponse(order, { kind: 'order', order: [1, 0, 2] });
		expect(wrong.verdict).toBe('wrong');
		expect(wrong.given).toBe('Capitale à Astana → Indépendance → Nour-Soultan');
		// Leaving the shown order as it is does not count as ordering it.
		expect(judgeResponse(order, { kind: 'order', order: order.shown }).verdict).toBe('wrong');
		// Missing items are not a right order.
		expect(judgeResponse(order, { kind: 'order', order: [0, 1] }).verdict).toBe('wrong');
	});

	test.each<[string, Card, Response]>([
		['choice', choice, { kind: 'typed', text: 'Astana' }],
		['typed', typed, { kind: 'choice', index: 1 }],
		['truefalse', trueFalse, { kind: 'order', order: [0] }],
		['order', order, { kind: 'truefalse', value: true }],
		['flashcard', flashcard, { kind: 'choice', index: 0 }]
	])('a response of the wrong kind for a %s card throws', (_kind, card, response) => {
		expect(() => judgeResponse(card, response)).toThrow(
			`A ${response.kind} response does not answer a ${card.kind} card`
		);
	});
});
