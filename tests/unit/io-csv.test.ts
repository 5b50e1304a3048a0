import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { importCsv, type CsvOptions } from '../../src/lib/io/csv';
import { exportCsv } from '../../src/lib/io/csv-export';
import { summarizeImport, type ImportResult } from '../../src/lib/io/import-result';
import { MAX_FILE_BYTES } from '../../src/lib/io/limits';
import { compileDeck } from '../../src/lib/domain/generate';
import { EMPTY_POOLS, type QaFact } from '../../src/lib/domain/facts';
import { ROOT, seedDecks } from './deck-files';

const FIXTURES = join(ROOT, 'tests/fixtures/import');

function fixture(name: string, options: Partial<CsvOptions> = {}): ImportResult {
	return importCsv(readFileSync(join(FIXTURES, name), 'utf8'), { fileName: name, ...options });
}

function ok(result: ImportResult) {
	if (!result.ok) {
		throw new Error(`import failed:\n${result.errors.join('\n')}`);
	}
	return result;
}

function rows(result: ImportResult): [string, string, string][] {
	return (ok(result).compiled.facts as QaFact[]).map((f) => [f.id, f.question, f.answer]);
}

function errors(result: ImportResult): string[] {
	if (result.ok) {
		throw new Error('the import should fail');
	}
	return result.errors;
}

describe("Quizlet's tab-separated export", () => {
	const result = fixture('quizlet-export.txt', { title: 'Capitales d’Asie centrale' });

	test('each row is a qa fact with an id from its term, repeated terms numbered', () => {
		expect(rows(result)).toEqual([
			['kazakhstan', 'Kazakhstan', 'Astana'],
			['ouzbekistan', 'Ouzbékistan', 'Tachkent'],
			['tadjikistan', 'Tadjikistan', 'Douchanbé'],
			['kirghizistan', 'Kirghizistan', 'Bichkek'],
			['turkmenistan', 'Turkménistan', 'Achgabat'],
			['kazakhstan-2', 'Kazakhstan', 'Nour-Soultan (ancien nom)']
		]);
	});

	test('the deck takes its title from the argument and its source from the file', () => {
		const { compiled, skipped, notes } = ok(result);
		expect(compiled.deck).toStrictEqual({
			id: 'capitales-d-asie-centrale',
			title: 'Capitales d’Asie centrale',
			lang: 'fr',
			sources: [{ id: 'import', outlet: 'Import', title: 'quizlet-export.txt' }]
		});
		expect(skipped).toEqual([]);
		expect(notes).toEqual(['Séparateur : tabulation.']);
		expect(compiled.facts[0]).toStrictEqual({
			kind: 'qa',
			id: 'kazakhstan',
			source: 'import',
			question: 'Kazakhstan',
			answer: 'Astana'
		});
	});

	test('a quote in a Quizlet export is text, not the start of a quoted field', () => {
		const text = 'Sommet\t"C5+1" de Washington\nTerres rares\t"métaux\nC5\tcinq pays\n';
		const result = importCsv(text, { fileName: 'q.txt' });
		expect(rows(result)[1]).toEqual(['terres-rares', 'Terres rares', '"métaux']);
		expect(ok(result).notes[0]).toBe(
			'Guillemets lus comme du texte (export Quizlet sans guillemets).'
		);
	});
});

describe('CSV with a header, a BOM and CRLF line breaks', () => {
	const result = fixture('header-bom-crlf.csv');

	test('the header is recognised and skipped, the BOM dropped, quoted fields kept whole', () => {
		expect(rows(result)).toEqual([
			['c5', 'C5', 'format qui réunit les cinq pays d’Asie centrale, avec un partenaire'],
			['heartland', 'Heartland', 'l’espace continental entre l’Europe et l’Asie\norientale'],
			['terres-rares', 'Terres "rares"', 'métaux stratégiques']
		]);
		expect(ok(result).notes).toEqual([
			'Séparateur : virgule.',
			'Ligne 1 lue comme en-tête : « Terme / Définition ».'
		]);
		expect(ok(result).compiled.deck.title).toBe('header-bom-crlf');
	});

	test('the header may be forced off: its row becomes a fact', () => {
		expect(rows(fixture('header-bom-crlf.csv', { header: false }))[0]).toEqual([
			'terme',
			'Terme',
			'Définition'
		]);
	});
});

describe('semicolons, and rows that are skipped with their line', () => {
	const result = fixture('semicolons.csv');

	test('good rows become facts; a trailing separator is no extra column', () => {
		expect(rows(result).map(([id]) => id)).toEqual([
			'antimoine',
			'tungstene',
			'uranium',
			'lithium'
		]);
		expect(ok(result).notes).toEqual(['Séparateur : point-virgule.']);
	});

	test('every skipped row is named by its line in the file', () => {
		expect(ok(result).skipped).toEqual([
			{ where: 'ligne 6', reason: 'terme vide' },
			{ where: 'ligne 7', reason: 'réponse vide' },
			{ where: 'ligne 8', reason: '3 colonnes au lieu de 2 (terme, définition)' },
			{ where: 'ligne 9', reason: 'une seule colonne : il faut un terme et une définition' }
		]);
		expect(summarizeImport(ok(result))).toBe(
			'4 faits, 8 cartes, 4 éléments ignorés (ligne 6 : terme vide…)'
		);
	});
});

describe('files that are refused, each with its message', () => {
	test('an unbalanced quote names its line: the rest of the file would be lost', () => {
		expect(errors(fixture('unbalanced-quotes.csv'))).toEqual([
			'ligne 3 : guillemet ouvert jamais fermé : la suite du fichier serait lue comme un seul ' +
				'champ. Fermez-le, ou doublez les guillemets à l’intérieur d’un champ ("").'
		]);
	});

	test('a quote in the middle of a quoted field skips its row', () => {
		const result = importCsv('a,b\n"c"x",d\ne,f\n', { fileName: 'x.csv' });
		expect(rows(result).map(([id]) => id)).toEqual(['a', 'e']);
		expect(ok(result).skipped).toEqual([
			{
				where: 'ligne 2',
				reason: 'guillemets mal placés : un champ entre guillemets doit le finir'
			}
		]);
	});

	test('an empty file, or one with only a BOM and blank lines', () => {
		expect(errors(fixture('empty.csv'))).toEqual(['« empty.csv » est vide.']);
		expect(errors(importCsv('\uFEFF\r\n  \r\n', { fileName: 'blanc.csv' }))).toEqual([
			'« blanc.csv » est vide.'
		]);
	});

	test('a single column: no separator to find', () => {
		expect(errors(importCsv('Astana\nTachkent\n', { fileName: 'liste.txt' }))).toEqual([
			'Aucune carte à importer : ce fichier ne donne aucun fait.',
			'ligne 1 : une seule colonne : il faut un terme et une définition',
			'ligne 2 : une seule colonne : il faut un terme et une définition'
		]);
	});

	test('a header and nothing else', () => {
		expect(errors(importCsv('Terme;Définition\n', { fileName: 'entête.csv' }))[0]).toBe(
			'Aucune carte à importer : ce fichier ne donne aucun fait.'
		);
	});

	test('a text over 20 MB', () => {
		const text = 'a,b\n'.repeat(MAX_FILE_BYTES / 4 + 1);
		expect(errors(importCsv(text, { fileName: 'énorme.csv' }))).toEqual([
			'« énorme.csv » dépasse la limite de 20 Mo.'
		]);
	});
});

describe('ids', () => {
	test('terms without Latin letters get a stable hashed id', () => {
		const text = '東京\tTokyo\nМосква\tMoscou\n';
		const first = rows(importCsv(text, { fileName: 'a.tsv' }));
		expect(first.map(([id]) => id)).toEqual([
			expect.stringMatching(/^carte-[a-z0-9]+$/),
			expect.stringMatching(/^carte-[a-z0-9]+$/)
		]);
		expect(rows(importCsv(text, { fileName: 'b.tsv' }))).toEqual(first);
	});

	test('a chosen deck id is kept, for updating a deck on re-import', () => {
		const result = importCsv('a,b\n', { fileName: 'x.csv', deckId: 'mon-paquet', lang: 'en' });
		expect(ok(result).compiled.deck.id).toBe('mon-paquet');
		expect(ok(result).compiled.cards[0]?.id).toBe('mon-paquet/a/qa.answer');
	});
});

describe('CSV export', () => {
	test('a qa deck exported to CSV imports back to the same questions and answers', () => {
		const result = ok(fixture('quizlet-export.txt'));
		const csv = exportCsv(result.compiled, { delimiter: ';' });
		expect(csv.startsWith('\uFEFFTerme;Définition\r\nKazakhstan;Astana\r\n')).toBe(true);
		const back = importCsv(csv, { fileName: 'quizlet-export.txt' });
		expect(ok(back).compiled.facts).toStrictEqual(result.compiled.facts);
	});

	test('other facts export their flashcards, and formulas are neutralised', () => {
		const seed = seedDecks()[0];
		if (!seed) {
			throw new Error('no seed deck');
		}
		const rows = exportCsv(seed).split('\r\n').slice(1, -1);
		const qa = seed.facts.filter((f) => f.kind === 'qa');
		const other = seed.cards.filter((c) => c.kind === 'flashcard' && !c.template.startsWith('qa.'));
		expect(rows.length).toBe(qa.length + other.length);
		expect(other.length).toBeGreaterThan(0);
		const person = other.find((c) => c.template.startsWith('person.'));
		expect(rows).toContain(Papa.unparse([[person?.prompt, person?.answer]]));
		const deck = compileDeck(
			seed.deck,
			[{ kind: 'qa', id: 'f', source: 'ballet', question: '=1+1', answer: '@SUM(A1)' }],
			EMPTY_POOLS
		);
		expect(exportCsv(deck).split('\r\n')[1]).toBe(`"'=1+1","'@SUM(A1)"`);
	});
});
