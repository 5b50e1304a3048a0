import { describe, expect, test } from 'vitest';
import type { Card } from '../../src/lib/domain/cards';
import { judgeResponse } from '../../src/lib/domain/judge';
import { answerEcho, rightAnswerEcho } from '../../src/lib/components/answer-echo';
import { inLocale } from './locale';

const base = { deckId: 'd', factId: 'f', tags: [], source: 's', explanation: '' };

const statement: Card = {
	...base,
	id: 'd/f/tf',
	template: 'tf',
	kind: 'truefalse',
	prompt: 'Astana est la capitale du Kazakhstan.',
	answer: 'Astana est la capitale du Kazakhstan.',
	truth: true
};

const typed: Card = {
	...base,
	id: 'd/f/typed',
	template: 'typed',
	kind: 'typed',
	prompt: 'Capitale du Kazakhstan ?',
	answer: 'Astana',
	accepted: [],
	strict: false
};

const echoOf = (card: Card, value: boolean) => {
	const judgement = judgeResponse(card, { kind: 'truefalse', value });
	return answerEcho(card, judgement.verdict, judgement.given, 'fr');
};

describe('the answer echoed in feedback and corrections', () => {
	test('true or false in the interface language, like the buttons, whatever the deck’s', () => {
		expect(echoOf(statement, false)).toEqual({ text: 'Faux' });
		expect(inLocale('en', () => echoOf(statement, false))).toEqual({ text: 'False' });
		expect(inLocale('en', () => echoOf({ ...statement, truth: false }, true))).toEqual({
			text: 'True'
		});
		expect(rightAnswerEcho(statement, 'fr')).toEqual({ text: 'Vrai' });
		expect(inLocale('en', () => rightAnswerEcho(statement, 'fr'))).toEqual({ text: 'True' });
	});

	test('a quiz answer saved in the deck’s words before still reads right', () => {
		expect(inLocale('en', () => answerEcho(statement, 'wrong', 'Faux', 'fr'))).toEqual({
			text: 'False'
		});
	});

	test('any other answer is the deck’s text, in the deck’s language', () => {
		expect(inLocale('en', () => answerEcho(typed, 'wrong', 'Almaty', 'fr'))).toEqual({
			text: 'Almaty',
			lang: 'fr'
		});
		expect(rightAnswerEcho(typed, 'fr')).toEqual({ text: 'Astana', lang: 'fr' });
	});
});
