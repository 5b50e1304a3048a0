import { describe, expect, test } from 'vitest';
import { checkAnswer } from '../../src/lib/domain/answer';
import { editDistance, foldText } from '../../src/lib/domain/text';

describe('checkAnswer: what counts as the same answer', () => {
	test.each([
		['kazakhstan', 'Kazakhstan'],
		['TURKMÉNISTAN', 'Turkménistan'],
		['ouzbekistan', 'Ouzbékistan'],
		['Douchanbe', 'Douchanbé'],
		['  Donald   Trump ', 'Donald Trump'],
		['Washington DC', 'Washington D.C.'],
		['Kassym Jomart Tokaïev', 'Kassym-Jomart Tokaïev'],
		['Maison Blanche !', 'Maison-Blanche'],
		['Etats Unis', 'États-Unis'],
		['l’East Room', "l'East Room"]
	])('"%s" is exactly "%s" (case, accents, punctuation, spaces ignored)', (input, answer) => {
		expect(checkAnswer(input, { answer })).toBe('exact');
	});

	test.each([
		['lodz', 'Łódź'],
		['LODZ', 'Łódź'],
		['oeuvre', 'Œuvre'],
		['strasse', 'Straße'],
		['STRASSE', 'Straße'],
		['orsted', 'Ørsted'],
		['Dokovic', 'Đoković'],
		['aero', 'Ærø']
	])('"%s" is exactly "%s" although Unicode decomposition keeps the letter', (input, answer) => {
		expect(checkAnswer(input, { answer })).toBe('exact');
	});

	test('the special letters fold to the same text as their plain spellings', () => {
		expect(foldText('Łódź')).toBe('lodz');
		expect(foldText('Œuvre')).toBe('oeuvre');
		expect(foldText('Straße')).toBe('strasse');
		expect(foldText('Ørsted')).toBe('orsted');
		expect(foldText('Đoković')).toBe('dokovic');
		expect(foldText('Ærø')).toBe('aero');
	});

	test('the dots of an abbreviation are not word breaks', () => {
		expect(foldText('U.S.A.')).toBe('usa');
		expect(foldText('Washington D.C.')).toBe('washington dc');
		expect(foldText('Donald J. Trump')).toBe('donald j trump');
		expect(foldText('St. Pétersbourg')).toBe('st petersbourg');
		expect(checkAnswer('USA', { answer: 'U.S.A.' })).toBe('exact');
		expect(checkAnswer('Donald J Trump', { answer: 'Donald J. Trump' })).toBe('exact');
	});

	test('accepted spellings count as exact answers', () => {
		const tokaiev = {
			answer: 'Kassym-Jomart Tokaïev',
			accepted: ['Tokaïev', 'Tokayev', 'Tokaev']
		};
		expect(checkAnswer('Tokaïev', tokaiev)).toBe('exact');
		expect(checkAnswer('tokaiev', tokaiev)).toBe('exact');
		expect(checkAnswer('Tokayev', tokaiev)).toBe('exact');
		expect(checkAnswer('TOKAEV', tokaiev)).toBe('exact');
		expect(checkAnswer('kassym jomart tokaiev', tokaiev)).toBe('exact');
		expect(checkAnswer('Nazarbaïev', tokaiev)).toBe('wrong');
	});

	test('a typo is measured against each accepted spelling too', () => {
		const tokaiev = { answer: 'Kassym-Jomart Tokaïev', accepted: ['Tokayev'] };
		expect(checkAnswer('Tokayeb', tokaiev)).toBe('close');
	});

	test('a leading article is ignored on either side', () => {
		expect(checkAnswer('Heartland', { answer: 'le Heartland' })).toBe('exact');
		expect(checkAnswer('le heartland', { answer: 'Heartland' })).toBe('exact');
		expect(checkAnswer("l'Union européenne", { answer: 'Union européenne' })).toBe('exact');
		expect(checkAnswer('la Chine', { answer: 'Chine' })).toBe('exact');
		expect(checkAnswer('les Etats-Unis', { answer: 'États-Unis' })).toBe('exact');
	});

	test('an article alone is not the answer', () => {
		expect(checkAnswer('le', { answer: 'le Heartland' })).toBe('wrong');
	});

	test('empty or blank input is wrong, even for an empty-looking answer', () => {
		expect(checkAnswer('', { answer: 'Kazakhstan' })).toBe('wrong');
		expect(checkAnswer('   ', { answer: 'Kazakhstan' })).toBe('wrong');
		expect(checkAnswer('?!…', { answer: 'Kazakhstan' })).toBe('wrong');
		expect(checkAnswer('', { answer: 'Kazakhstan', accepted: [''] })).toBe('wrong');
	});

	test('another answer is wrong', () => {
		expect(checkAnswer('Ouzbékistan', { answer: 'Kazakhstan' })).toBe('wrong');
		expect(checkAnswer('Kazakhstan et Ouzbékistan', { answer: 'Kazakhstan' })).toBe('wrong');
	});
});

describe('checkAnswer: typos', () => {
	const kazakhstan = { answer: 'Kazakhstan' };

	test.each([
		['substitution', 'Kazakhsten'],
		['insertion', 'Kazakhhstan'],
		['deletion', 'Kazakstan'],
		['transposition of neighbours', 'Kazakhtsan'],
		['first letter', 'Mazakhstan'],
		['last letter missing', 'Kazakhsta']
	])('one typo (%s) on a long answer is close: "%s"', (_kind, input) => {
		expect(checkAnswer(input, kazakhstan)).toBe('close');
	});

	test.each([
		['two substitutions', 'Kozakhsten'],
		['a deletion and a substitution', 'Kazaksten'],
		['two transpositions', 'aKzakhtsan'],
		['two insertions', 'Kazzakhstann']
	])('two typos (%s) are wrong: "%s"', (_kind, input) => {
		expect(checkAnswer(input, kazakhstan)).toBe('wrong');
	});

	test('six letters is the shortest answer on which a typo is forgiven', () => {
		expect(checkAnswer('Pekinn', { answer: 'Pékin' })).toBe('wrong');
		expect(checkAnswer('Israel', { answer: 'Israël' })).toBe('exact');
		expect(checkAnswer('Israek', { answer: 'Israël' })).toBe('close');
		expect(checkAnswer('Irael', { answer: 'Israël' })).toBe('close');
	});

	test.each([
		['Chine', 'Chune'],
		['Inde', 'Inda'],
		['Iran', 'Irn'],
		['la Chine', 'la Chines']
	])('no typo is forgiven on a short answer (fewer than 6 letters): "%s"', (answer, input) => {
		expect(checkAnswer(input, { answer })).toBe('wrong');
	});

	test('spaces and punctuation do not count as letters of a short answer', () => {
		// "Li Bai" has five letters: a typo is not forgiven, whatever the space.
		expect(checkAnswer('Li Bao', { answer: 'Li Bai' })).toBe('wrong');
		expect(checkAnswer('Li-Bai', { answer: 'Li Bai' })).toBe('exact');
	});

	test('no typo is forgiven on numbers', () => {
		expect(checkAnswer('98', { answer: '97' })).toBe('wrong');
		expect(checkAnswer('97', { answer: '97' })).toBe('exact');
		expect(checkAnswer('1000001', { answer: '1000000' })).toBe('wrong');
		expect(checkAnswer('97 %', { answer: '97 %', accepted: ['97', '97%'] })).toBe('exact');
		expect(checkAnswer('97%', { answer: '97 %', accepted: ['97', '97%'] })).toBe('exact');
		expect(checkAnswer('98 %', { answer: '97 %', accepted: ['97', '97%'] })).toBe('wrong');
	});

	test('no typo is forgiven on a strict answer such as a date', () => {
		expect(checkAnswer('2024', { answer: '2025', strict: true })).toBe('wrong');
		expect(checkAnswer('2025', { answer: '2025', strict: true })).toBe('exact');
		const date = {
			answer: '6 novembre 2025',
			accepted: ['2025-11-06', '06/11/2025', '6/11/2025'],
			strict: true
		};
		expect(checkAnswer('6 novembre 2025', date)).toBe('exact');
		expect(checkAnswer('06/11/2025', date)).toBe('exact');
		expect(checkAnswer('6 novembre 2024', date)).toBe('wrong');
		expect(checkAnswer('7/11/2025', date)).toBe('wrong');
		expect(checkAnswer('6 novembr 2025', date)).toBe('wrong');
	});

	test('a strict answer made of letters forgives no typo either', () => {
		expect(checkAnswer('Kazakstan', { answer: 'Kazakhstan', strict: true })).toBe('wrong');
		expect(checkAnswer('kazakhstan', { answer: 'Kazakhstan', strict: true })).toBe('exact');
	});
});

describe('editDistance', () => {
	test('counts single edits', () => {
		expect(editDistance('', '')).toBe(0);
		expect(editDistance('abc', 'abc')).toBe(0);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('abc', '')).toBe(3);
		expect(editDistance('kitten', 'sitten')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('flaw', 'lawn')).toBe(2);
	});

	test('a swap of neighbours is one edit', () => {
		expect(editDistance('ab', 'ba')).toBe(1);
		expect(editDistance('tadjikistan', 'tadjikitsan')).toBe(1);
		expect(editDistance('abcd', 'badc')).toBe(2);
	});

	test('is symmetric', () => {
		expect(editDistance('kazakhstan', 'kazakstan')).toBe(editDistance('kazakstan', 'kazakhstan'));
		expect(editDistance('ouzbekistan', 'uzbekistan')).toBe(1);
		expect(editDistance('uzbekistan', 'ouzbekistan')).toBe(1);
	});

	test('stops above the limit with limit + 1', () => {
		expect(editDistance('kazakhstan', 'kazakhstan', 1)).toBe(0);
		expect(editDistance('kazakhstan', 'kazakstan', 1)).toBe(1);
		expect(editDistance('kazakhstan', 'turkmenistan', 1)).toBe(2);
		expect(editDistance('a', 'abcdef', 2)).toBe(3);
		expect(editDistance('abcdef', 'uvwxyz', 3)).toBe(4);
	});
});
