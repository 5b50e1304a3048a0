import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countByKind, type CompiledDeck } from '../../src/lib/domain/cards';
import type { Fact } from '../../src/lib/domain/facts';
import {
	DECKS_DIR,
	SEED_DECK_IDS,
	inEnglish,
	loadPools,
	readDeckDir,
	seedDecks
} from './deck-files';

const decks = seedDecks();

function deck(id: string): CompiledDeck {
	const found = decks.find((d) => d.deck.id === id);
	if (!found) {
		throw new Error(`no seed deck ${id}`);
	}
	return found;
}

function factsWithId(id: string): Fact[] {
	return decks.flatMap((d) => d.facts.filter((f) => f.id === id));
}

describe('the seed decks', () => {
	test('are exactly the deck folders of decks/', () => {
		const folders = readdirSync(DECKS_DIR, { withFileTypes: true })
			.filter((e) => e.isDirectory() && e.name !== 'schema')
			.map((e) => e.name)
			.sort();
		expect(folders).toEqual([...SEED_DECK_IDS].sort());
	});

	test('pools.yaml is valid', () => {
		const { pools, errors } = loadPools(DECKS_DIR);
		expect(errors).toEqual([]);
		expect(pools.countries.length).toBeGreaterThan(10);
	});

	test.each(SEED_DECK_IDS)('%s compiles without errors, its id matching its folder', (id) => {
		const reading = readDeckDir(DECKS_DIR, id);
		expect(reading.ok ? [] : inEnglish(reading.problems)).toEqual([]);
		expect(reading.ok && reading.compiled.deck.id).toBe(id);
	});

	test.each(SEED_DECK_IDS)('every card of %s cites a source of its deck', (id) => {
		const compiled = deck(id);
		const sources = new Set(compiled.deck.sources.map((s) => s.id));
		expect(compiled.cards.length).toBeGreaterThan(50);
		for (const card of compiled.cards) {
			expect(sources.has(card.source), card.id).toBe(true);
		}
	});

	test.each(SEED_DECK_IDS)('%s has flashcard, choice, typed and true/false cards', (id) => {
		const counts = countByKind(deck(id).cards);
		expect(counts.flashcard).toBeGreaterThan(0);
		expect(counts.choice).toBeGreaterThan(0);
		expect(counts.typed).toBeGreaterThan(0);
		expect(counts.truefalse).toBeGreaterThan(0);
	});

	test('asie-centrale-diplomatie has timeline cards', () => {
		expect(countByKind(deck('asie-centrale-diplomatie').cards).order).toBeGreaterThan(0);
	});
});

describe('facts of the seed decks', () => {
	test.each([
		['sommet-c5-plus-1-washington', '2025-11-06'],
		['traite-frontiere-kirghizistan-tadjikistan', '2025-03-13'],
		['baisse-droits-de-douane-chine', '2025-10-30']
	])('the event %s is dated %s', (id, date) => {
		const facts = factsWithId(id);
		expect(facts.length).toBeGreaterThan(0);
		for (const fact of facts) {
			expect(fact.kind).toBe('event');
			expect(fact.kind === 'event' && fact.date).toBe(date);
		}
	});

	test('the summit at the White House is on 6 November 2025 in both decks', () => {
		const summits = decks.flatMap((d) =>
			d.facts.filter((f) => f.kind === 'event' && /Maison-Blanche/.test(f.what))
		);
		expect(summits.length).toBeGreaterThanOrEqual(2);
		for (const summit of summits) {
			expect(summit.kind === 'event' && summit.date).toBe('2025-11-06');
		}
	});

	test('the C5 is Kazakhstan, Kirghizistan, Ouzbékistan, Tadjikistan and Turkménistan', () => {
		const groups = factsWithId('c5');
		expect(groups).toHaveLength(2);
		for (const group of groups) {
			expect(group.kind).toBe('group');
			expect(group.kind === 'group' && [...group.members].sort()).toEqual([
				'Kazakhstan',
				'Kirghizistan',
				'Ouzbékistan',
				'Tadjikistan',
				'Turkménistan'
			]);
		}
	});
});

// ---------------------------------------------------------------------------------------------
// Facts are written in our own words: no run of 8 words copied from the source articles.

const RUN = 8;
const SEEDS_DIR = process.env.SEEDS_DIR ?? resolve(process.cwd(), '../shared/seeds');

/** Words as a reader sees them: split on spaces, lower case, one apostrophe, no edge punctuation. */
function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[\u2019\u2018\u02bc\u00b4`]/gu, "'")
		.split(/\s+/u)
		.map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter((word) => word !== '');
}

function runsOf(text: string): string[] {
	const list = words(text);
	const runs: string[] = [];
	for (let i = 0; i + RUN <= list.length; i++) {
		runs.push(list.slice(i, i + RUN).join(' '));
	}
	return runs;
}

const TEXT_FIELDS = [
	'what',
	'gist',
	'question',
	'answer',
	'measures',
	'description',
	'note',
	'uses',
	'role'
] as const;

function textsOf(fact: Fact): [string, string][] {
	const record = fact as unknown as Record<string, unknown>;
	return TEXT_FIELDS.flatMap((field) =>
		typeof record[field] === 'string' ? [[field, record[field]] as [string, string]] : []
	);
}

describe('facts are not copied from the articles', () => {
	test('runs of words ignore case, apostrophes, line breaks and punctuation', () => {
		expect(words('L’Asie  centrale,\nC’EST loin')).toEqual(["l'asie", 'centrale', "c'est", 'loin']);
		const article = new Set(
			runsOf("Les cinq anciennes républiques socialistes soviétiques d'Asie centrale.")
		);
		const [copied] = runsOf(
			'LES CINQ anciennes  républiques socialistes\nsoviétiques d’Asie centrale'
		);
		expect(copied).toBeDefined();
		expect(article.has(copied as string)).toBe(true);
		// Seven words in common are not a copy.
		expect(runsOf('les cinq anciennes républiques socialistes soviétiques disparues')).toHaveLength(
			0
		);
		const [reworded] = runsOf(
			'les cinq anciennes républiques socialistes soviétiques de la région'
		);
		expect(article.has(reworded as string)).toBe(false);
	});

	test(`no fact text shares ${RUN} consecutive words with an article in ${SEEDS_DIR}`, () => {
		expect(
			existsSync(SEEDS_DIR),
			`the source articles are missing: expected them in ${SEEDS_DIR} (or set SEEDS_DIR)`
		).toBe(true);
		const articles = readdirSync(SEEDS_DIR)
			.filter((name) => name.endsWith('.txt'))
			.map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));
		expect(articles.length).toBeGreaterThan(0);
		const articleRuns = new Set(articles.flatMap(runsOf));
		expect(articleRuns.size).toBeGreaterThan(500);
		const copies: string[] = [];
		let checked = 0;
		for (const compiled of decks) {
			for (const fact of compiled.facts) {
				for (const [field, text] of textsOf(fact)) {
					checked += 1;
					for (const run of runsOf(text)) {
						if (articleRuns.has(run)) {
							copies.push(`${compiled.deck.id}/${fact.id}.${field}: "${run}"`);
						}
					}
				}
			}
		}
		expect(checked).toBeGreaterThan(80);
		expect(copies).toEqual([]);
	});
});
