// The proofreading sheet: every question of a deck, fact by fact, with its right and wrong answers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Card, CompiledDeck } from '../../src/lib/domain/cards';
import type { Fact } from '../../src/lib/domain/facts';
import {
	deckSheet,
	markdownText,
	proofreadingSheet,
	sheetLocale
} from '../../src/lib/io/deck-sheet';
import { ROOT, seedDecks } from './deck-files';

const base = { deckId: 'd', tags: [], source: 's' };
const facts: Fact[] = [
	{
		kind: 'place',
		id: 'douchanbe',
		source: 's',
		name: 'Douchanbé',
		placeKind: 'capital',
		country: 'Tadjikistan'
	},
	{ kind: 'qa', id: 'q', source: 's', question: 'Qui ?', answer: 'Lui' }
];
const cards: Card[] = [
	{
		...base,
		id: 'd/douchanbe/place.country-choice',
		factId: 'douchanbe',
		template: 'place.country-choice',
		kind: 'choice',
		prompt: 'Dans quel pays se trouve Douchanbé ?',
		answer: 'Tadjikistan',
		choices: ['Kirghizistan', 'Tadjikistan', 'Ouzbékistan', 'Kazakhstan'],
		correct: 1,
		explanation: 'Douchanbé est la capitale du Tadjikistan.'
	},
	{
		...base,
		id: 'd/douchanbe/place.capital-typed',
		factId: 'douchanbe',
		template: 'place.capital-typed',
		kind: 'typed',
		prompt: 'Quelle est la capitale du Tadjikistan ?',
		answer: 'Douchanbé',
		accepted: ['Dushanbe'],
		strict: false,
		explanation: 'Douchanbé est la capitale du Tadjikistan.'
	},
	{
		...base,
		id: 'd/douchanbe/place.country-truefalse',
		factId: 'douchanbe',
		template: 'place.country-truefalse',
		kind: 'truefalse',
		prompt: 'Douchanbé se trouve au Kirghizistan.',
		answer: 'Douchanbé se trouve au Tadjikistan.',
		truth: false,
		explanation: 'Douchanbé est la capitale du Tadjikistan.'
	}
];
const deck: CompiledDeck = {
	format: 1,
	deck: {
		id: 'd',
		title: 'Capitales *d’Asie*',
		lang: 'fr',
		sources: [{ id: 's', outlet: 'o', title: 't' }]
	},
	facts,
	cards
};

describe('the proofreading sheet', () => {
	const sheet = deckSheet(deck, { locale: 'fr' });

	test('lists every question in reading order, its right answer, then its wrong answers', () => {
		const lines = sheet.split('\n');
		const at = (text: string) => lines.findIndex((line) => line.includes(text));
		expect(at('## 1. Douchanbé')).toBeGreaterThan(0);
		expect(at('Dans quel pays se trouve Douchanbé ?')).toBeGreaterThan(at('## 1. Douchanbé'));
		expect(lines[at('Dans quel pays se trouve Douchanbé ?') + 1]).toBe('   - ✓ Tadjikistan');
		expect(lines.filter((line) => line.startsWith('   - ✗ ')).slice(0, 3)).toEqual([
			'   - ✗ Kirghizistan',
			'   - ✗ Ouzbékistan',
			'   - ✗ Kazakhstan'
		]);
		expect(sheet).toContain('Accepté aussi : Dushanbe');
		expect(sheet).toContain('   - ✓ Faux — Douchanbé se trouve au Tadjikistan.');
		expect(at('Quelle est la capitale du Tadjikistan ?')).toBeGreaterThan(at('Dans quel pays'));
	});

	test('says when a fact gives no card, and escapes Markdown in teacher text', () => {
		expect(sheet).toContain('## 2. Qui ?');
		expect(sheet).toContain('Ce fait ne donne aucune carte.');
		expect(sheet).toContain('# Feuille de relecture : Capitales \\*d’Asie\\*');
		expect(markdownText('a_b [c](d) <e>')).toBe('a\\_b \\[c\\](d) \\<e\\>');
	});

	test('is worded in English for an English deck', () => {
		expect(sheetLocale('en-GB')).toBe('en');
		expect(deckSheet(deck, { locale: 'en' })).toContain('Also accepted: Dushanbe');
	});

	test('puts the strict check’s warnings under the card they are about', () => {
		const tied: Fact = {
			kind: 'group',
			id: 'g',
			source: 's',
			name: 'voisins de Douchanbé',
			members: ['Ouzbékistan', 'Kirghizistan']
		};
		const withTie = proofreadingSheet({ ...deck, facts: [...facts, tied] }, { locale: 'fr' });
		expect(withTie).toMatch(
			/- ✗ Kazakhstan\n {3}- ⚠ « Kirghizistan » est proposé comme mauvaise réponse/
		);
	});
});

describe('the committed sheets', () => {
	test.each(seedDecks().map((d) => [d.deck.id, d] as const))(
		'docs/sheets/%s.md is the sheet of today’s deck (npm run decks:sheet)',
		(id, compiled) => {
			const committed = readFileSync(join(ROOT, 'docs', 'sheets', `${id}.md`), 'utf8');
			expect(committed).toBe(
				proofreadingSheet(compiled, { locale: sheetLocale(compiled.deck.lang) })
			);
		}
	);
});
