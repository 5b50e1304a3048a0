import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
	deckFile,
	deckFileName,
	exportDeckFile,
	importDeckFile,
	type DeckFileType
} from '../../src/lib/io/deck-json';
import type { ImportResult } from '../../src/lib/io/import-result';
import { MAX_FILE_BYTES } from '../../src/lib/io/limits';
import { compileDeckDir, DECKS_DIR, SEED_DECK_IDS, seedPools } from './deck-files';
import { inLocale } from './locale';

function ok(result: ImportResult) {
	if (!result.ok) {
		throw new Error(`import failed:\n${result.errors.join('\n')}`);
	}
	return result;
}

function errors(result: ImportResult): string[] {
	if (result.ok) {
		throw new Error('the import should fail');
	}
	return result.errors;
}

const MINI_YAML = `format: revise-deck
version: 1
deck:
  id: mini
  title: Mini
  lang: fr
  sources:
    - id: src
      outlet: Un journal
      title: Un article
facts:
  - kind: qa
    id: q1
    source: src
    question: Capitale du Kazakhstan ?
    answer: Astana
  - kind: person
    id: tokaiev
    source: src
    name: Kassym-Jomart Tokaïev
    role: président du Kazakhstan
    country: Kazakhstan
`;

describe('export → import round-trips the real seed decks exactly', () => {
	const pools = seedPools();

	test.each(
		SEED_DECK_IDS.flatMap((id) => (['yaml', 'json'] as DeckFileType[]).map((type) => [id, type]))
	)('%s as %s', (id, type) => {
		const original = compileDeckDir(DECKS_DIR, id, pools);
		const text = exportDeckFile(original.deck, original.facts, type as DeckFileType);
		const result = ok(
			importDeckFile(text, deckFileName(original.deck, type as DeckFileType), pools)
		);
		expect(result.compiled.deck).toStrictEqual(original.deck);
		expect(result.compiled.facts).toStrictEqual(original.facts);
		// Same facts and pools: the same cards with the same ids, so progress carries over.
		expect(result.compiled).toStrictEqual(original);
		expect(result.skipped).toEqual([]);
		expect(result.notes).toEqual([]);
	});

	test('the file says what it is, and is plain YAML or JSON', () => {
		const original = compileDeckDir(DECKS_DIR, 'asie-centrale-diplomatie', pools);
		const yaml = exportDeckFile(original.deck, original.facts);
		expect(yaml.startsWith('format: revise-deck\nversion: 1\ndeck:\n')).toBe(true);
		expect(parse(yaml)).toStrictEqual(deckFile(original.deck, original.facts));
		const json = exportDeckFile(original.deck, original.facts, 'json');
		expect(JSON.parse(json)).toStrictEqual(deckFile(original.deck, original.facts));
		expect(deckFileName(original.deck, 'json')).toBe('asie-centrale-diplomatie.revise.json');
	});
});

describe('errors are located by line and column', () => {
	test('a small valid file compiles', () => {
		const result = ok(importDeckFile(MINI_YAML, 'mini.yaml'));
		expect(result.compiled.facts.map((f) => f.id)).toEqual(['q1', 'tokaiev']);
		expect(result.compiled.cards.length).toBeGreaterThan(2);
	});

	test('schema mistakes, every one at once', () => {
		const text = MINI_YAML.replace('    answer: Astana\n', '    reponse: Astana\n').replace(
			'  lang: fr\n',
			'  lang: fr\n  auteur: moi\n'
		);
		expect(errors(importDeckFile(text, 'mini.yaml'))).toEqual([
			'mini.yaml:7:3: champ inconnu « auteur » dans le deck',
			'mini.yaml:13:5: « answer » manque',
			'mini.yaml:17:5: champ inconnu « reponse » dans un fait de type « qa »'
		]);
		// In the interface language: the same file read by an English interface.
		expect(inLocale('en', () => errors(importDeckFile(text, 'mini.yaml')))).toEqual([
			'mini.yaml:7:3: unknown field "auteur" in the deck',
			'mini.yaml:13:5: "answer" is missing',
			'mini.yaml:17:5: unknown field "reponse" in a qa fact'
		]);
	});

	test('broken references between facts and sources', () => {
		const text = MINI_YAML.replace('    source: src\n    name:', '    source: inconnue\n    name:')
			.replace('    id: q1\n', '    id: tokaiev\n')
			.replace('    country: Kazakhstan\n', '');
		expect(errors(importDeckFile(text, 'mini.yaml'))).toEqual([
			'mini.yaml:18:9: identifiant de fait en double « tokaiev » (déjà utilisé dans mini.yaml)',
			'mini.yaml:19:13: source inconnue « inconnue » : les sources du deck sont src',
			'mini.yaml:17:5: une personne doit avoir un pays ou une organisation'
		]);
		expect(inLocale('en', () => errors(importDeckFile(text, 'mini.yaml')))).toEqual([
			'mini.yaml:18:9: duplicate fact id "tokaiev" (first used in mini.yaml)',
			'mini.yaml:19:13: unknown source "inconnue": the deck’s sources are src',
			'mini.yaml:17:5: a person needs a country or an organisation'
		]);
	});

	test('a truncated JSON file', () => {
		const json = exportDeckFile(ok(importDeckFile(MINI_YAML, 'm')).compiled.deck, [], 'json');
		const cut = json.slice(0, json.indexOf('"sources"'));
		const messages = errors(importDeckFile(cut, 'coupé.json'));
		expect(messages.length).toBeGreaterThan(0);
		for (const message of messages) {
			expect(message).toMatch(/^coupé\.json:\d+:\d+: /);
		}
	});

	test('a YAML syntax error, worded from its code in the interface language', () => {
		const text = 'format: revise-deck\ndeck: [oops\n';
		expect(errors(importDeckFile(text, 'x.yaml'))).toEqual([
			'x.yaml:3:1: indentation incorrecte : les éléments d’un même niveau commencent à la même colonne, et chaque [ ou { ouvert doit être refermé'
		]);
		expect(inLocale('en', () => errors(importDeckFile(text, 'x.yaml')))).toEqual([
			'x.yaml:3:1: wrong indentation: items of one level start at the same column, and every [ or { must be closed'
		]);
	});

	test('a file of another kind, a newer version, unknown and missing keys', () => {
		expect(errors(importDeckFile('- kind: qa\n', 'liste.yaml'))).toEqual([
			'liste.yaml:1:1: ce fichier n’est pas un paquet Révise : « format: revise-deck » manque'
		]);
		expect(errors(importDeckFile('{"format": "anki"}', 'a.json'))).toEqual([
			'a.json:1:12: ce fichier n’est pas un paquet Révise : « format: revise-deck » manque'
		]);
		expect(
			errors(importDeckFile('format: revise-deck\nversion: 2\nextra: 1\nfacts: {}\n', 'v.yaml'))
		).toEqual([
			'v.yaml:2:10: version 2 inconnue : cette version de Révise lit la version 1',
			'v.yaml:3:1: clé inconnue « extra »',
			'v.yaml:1:1: « deck » manque : la description du paquet',
			'v.yaml:4:8: « facts » doit être une liste de faits'
		]);
	});

	test('a deck with no facts', () => {
		const text = MINI_YAML.slice(0, MINI_YAML.indexOf('facts:')) + 'facts: []\n';
		expect(errors(importDeckFile(text, 'vide.yaml'))).toEqual([
			'vide.yaml:11:8: le paquet ne contient aucun fait'
		]);
	});

	test('an empty file and a file over 20 MB', () => {
		expect(errors(importDeckFile(' \n', 'vide.json'))).toEqual(['« vide.json » est vide.']);
		expect(errors(importDeckFile('#'.repeat(MAX_FILE_BYTES + 1), 'gros.yaml'))).toEqual([
			'« gros.yaml » dépasse la limite de 20 Mo.'
		]);
	});
});

describe('prototype-pollution keys are dropped, with a note', () => {
	test('__proto__, constructor and prototype in JSON', () => {
		// Written as text: an object literal's __proto__ would set a prototype, not a key.
		const polluted = `{
			"__proto__": { "polluted": true },
			"format": "revise-deck",
			"version": 1,
			"deck": {
				"id": "mini", "title": "Mini", "lang": "fr",
				"sources": [{ "id": "src", "outlet": "Un journal", "title": "Un article" }],
				"constructor": { "prototype": { "polluted": true } }
			},
			"facts": [
				{ "kind": "qa", "id": "q", "source": "src", "question": "Q ?", "answer": "R", "prototype": "x" }
			]
		}`;
		const result = ok(importDeckFile(polluted, 'pollué.json'));
		expect(result.notes).toEqual([
			'Clés dangereuses ignorées (3) : __proto__, deck.constructor, facts[0].prototype'
		]);
		expect(result.compiled.facts[0]).toStrictEqual({
			kind: 'qa',
			id: 'q',
			source: 'src',
			question: 'Q ?',
			answer: 'R'
		});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.keys(result.compiled.deck)).not.toContain('constructor');
	});

	test('__proto__ in YAML', () => {
		const text = MINI_YAML.replace(
			'  lang: fr\n',
			'  lang: fr\n  __proto__:\n    polluted: true\n'
		);
		const result = ok(importDeckFile(text, 'pollué.yaml'));
		expect(result.notes).toEqual(['Clés dangereuses ignorées (1) : deck.__proto__']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
