import { describe, expect, test } from 'vitest';
import type { Card } from '../../src/lib/domain/cards';
import { formatInterval, gradeAnswer, slowAfterMs } from '../../src/lib/domain/grading';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const base = {
	deckId: 'd',
	factId: 'f',
	tags: [],
	source: 's',
	prompt: 'En quelle année… ?',
	answer: '1989',
	explanation: 'Le mur de Berlin tombe en 1989.'
};
const choice: Card = {
	...base,
	id: 'd/f/choice',
	template: 'choice',
	kind: 'choice',
	choices: ['1989', '1991'],
	correct: 0
};
const typed: Card = {
	...base,
	id: 'd/f/typed',
	template: 'typed',
	kind: 'typed',
	accepted: [],
	strict: true
};
const order: Card = {
	...base,
	id: 'd/f/order',
	template: 'order',
	kind: 'order',
	items: [
		{ label: 'A', date: '1989' },
		{ label: 'B', date: '1991' }
	],
	shown: [1, 0]
};

describe('gradeAnswer: from a verdict and a time to a grade', () => {
	test('a wrong answer is Again, however fast', () => {
		expect(gradeAnswer('wrong', 1 * SECOND, choice)).toBe(1);
		expect(gradeAnswer('wrong', 5 * MINUTE, typed)).toBe(1);
	});

	test('an exact answer in good time is Good', () => {
		expect(gradeAnswer('exact', 3 * SECOND, choice)).toBe(3);
		expect(gradeAnswer('exact', slowAfterMs(choice), choice)).toBe(3);
	});

	test('a close answer (a typo) is Hard, however fast', () => {
		expect(gradeAnswer('close', 2 * SECOND, typed)).toBe(2);
	});

	test('an exact but slow answer is Hard', () => {
		expect(gradeAnswer('exact', slowAfterMs(choice) + 1, choice)).toBe(2);
		expect(gradeAnswer('exact', 60 * SECOND, typed)).toBe(2);
	});

	test('typing and ordering are given more time than picking', () => {
		expect(slowAfterMs(typed)).toBeGreaterThan(slowAfterMs(choice));
		expect(slowAfterMs(order)).toBeGreaterThan(slowAfterMs(typed));
		// 20 s is slow for a choice, not for a typed answer.
		expect(gradeAnswer('exact', 20 * SECOND, choice)).toBe(2);
		expect(gradeAnswer('exact', 20 * SECOND, typed)).toBe(3);
		expect(gradeAnswer('exact', 35 * SECOND, order)).toBe(3);
	});
});

describe('formatInterval: the wait until a card is due, in words', () => {
	test.each([
		[30 * SECOND, '< 1 min'],
		[0, '< 1 min'],
		[MINUTE, '1 min'],
		[10 * MINUTE, '10 min'],
		[3 * HOUR, '3 h'],
		[3 * DAY, '3 j'],
		[60 * DAY, '2 mois'],
		[75 * DAY, '2,5 mois'],
		[365 * DAY, '1 an'],
		[Math.round(1.5 * 365 * DAY), '1,5 an'],
		[3 * 365 * DAY, '3 ans']
	])('%i ms is "%s" in French', (ms, expected) => {
		expect(formatInterval(ms, 'fr')).toBe(expected);
	});

	test('English has its own units', () => {
		expect(formatInterval(10 * MINUTE, 'en')).toBe('10 min');
		expect(formatInterval(3 * DAY, 'en')).toBe('3 d');
		expect(formatInterval(60 * DAY, 'en')).toBe('2 mo');
		expect(formatInterval(Math.round(1.5 * 365 * DAY), 'en')).toBe('1.5 y');
	});

	test('longer waits never read as shorter ones', () => {
		const units = ['<', 'min', 'h', 'j', 'mois', 'an', 'ans'];
		const rank = (text: string) =>
			units.indexOf(text.startsWith('<') ? '<' : (text.split(' ')[1] ?? ''));
		let last = -1;
		for (let ms = 0; ms < 5 * 365 * DAY; ms = Math.ceil(ms * 1.3) + SECOND) {
			const current = rank(formatInterval(ms, 'fr-FR'));
			expect(current).toBeGreaterThan(-1);
			expect(current).toBeGreaterThanOrEqual(last);
			last = current;
		}
	});
});
