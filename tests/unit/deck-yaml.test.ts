import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DeckMetaSchema, EMPTY_POOLS, FactListSchema } from '../../src/lib/domain/facts';
import { describeLocated } from '../../src/lib/io/deck-problems';
import { readDeck, readPools, type TextFile } from '../../src/lib/io/deck-yaml';
import type { LocatedProblem } from '../../src/lib/io/yaml-located';
import { countByKind } from '../../src/lib/domain/cards';
import { ROOT, inEnglish, loadPools, readDeckDir } from './deck-files';

const BROKEN = join(ROOT, 'tests/fixtures/decks-broken');
const VALID = join(ROOT, 'tests/fixtures/decks-valid');
const FACTS_DIR = 'tests/fixtures/decks-broken/faits-invalides/facts';
const EVENTS_FILE = `${FACTS_DIR}/evenements.yaml`;

function problemsOf(deckId: string): LocatedProblem[] {
	const reading = readDeckDir(BROKEN, deckId);
	if (reading.ok) {
		throw new Error(`${deckId} should not compile`);
	}
	return reading.problems;
}

/** The problems as `npm run decks:check` words them, in English. */
const errorsOf = (deckId: string) => inEnglish(problemsOf(deckId));

/** "file:line:col: message" split into its parts. */
function parseError(error: string): { file: string; line: number; col: number; message: string } {
	const match = /^(.+?):(\d+):(\d+): (.*)$/su.exec(error);
	if (!match) {
		throw new Error(`not a "file:line:column: message" error: ${error}`);
	}
	return {
		file: match[1] as string,
		line: Number(match[2]),
		col: Number(match[3]),
		message: match[4] as string
	};
}

describe('a deck with many mistakes in its facts', () => {
	const errors = errorsOf('faits-invalides');

	// [mistake, file, line, column, what the message says]
	const expected: [string, string, number, number, string][] = [
		[
			'unknown kind',
			EVENTS_FILE,
			9,
			9,
			'kind: unknown fact kind "evenement": use one of event, person, resource, figure, place, quote, group, qa'
		],
		['missing field', EVENTS_FILE, 15, 3, '"what" is missing'],
		[
			'impossible date',
			EVENTS_FILE,
			23,
			9,
			'date: must be a real date written "2025", "2025-11" or "2025-11-06"'
		],
		[
			'unquoted year',
			EVENTS_FILE,
			29,
			9,
			'date: must be a quoted date: "2025", "2025-11" or "2025-11-06"'
		],
		['a typo in a field name (1/2)', EVENTS_FILE, 58, 3, '"what" is missing'],
		['a typo in a field name (2/2)', EVENTS_FILE, 62, 3, 'unknown field "wat" in an event fact'],
		[
			'bad id format',
			EVENTS_FILE,
			65,
			7,
			'id: must be lower-case letters, digits and single dashes (e.g. "sommet-2025")'
		],
		['blank text', EVENTS_FILE, 74, 11, 'answer: must not be empty'],
		['group of one', EVENTS_FILE, 80, 12, 'members: must list at least two members'],
		[
			'fact file not a list',
			`${FACTS_DIR}/liste.yaml`,
			2,
			1,
			'a fact file must be a YAML list of facts ("- kind: …")'
		],
		[
			'YAML error: the same key twice',
			`${FACTS_DIR}/syntaxe.yaml`,
			6,
			3,
			'the same key is written twice'
		],
		[
			'duplicate id',
			EVENTS_FILE,
			33,
			7,
			`duplicate fact id "trump" (first used in ${EVENTS_FILE})`
		],
		[
			'unknown source',
			EVENTS_FILE,
			41,
			11,
			'unknown source "journal": the deck’s sources are article'
		],
		[
			'an event with a person who does not exist',
			EVENTS_FILE,
			50,
			16,
			'no person fact with id "poutine" in this deck'
		],
		[
			'a quote by a fact that is not a person',
			EVENTS_FILE,
			55,
			8,
			'"personne-absente" is an event fact, not a person'
		]
	];

	test('reports every mistake at once, and nothing else', () => {
		expect(errors).toHaveLength(expected.length);
		expect(errors).toEqual(
			expected.map(([, file, line, col, message]) => `${file}:${line}:${col}: ${message}`)
		);
	});

	test.each(expected)('%s: reported at %s:%i:%i', (_, file, line, col, message) => {
		const found = errors.map(parseError).filter((e) => e.file === file && e.line === line);
		expect(found.map((e) => ({ col: e.col, message: e.message }))).toContainEqual({
			col,
			message
		});
	});

	test('the problems are data: a yaml error code, a rule, a reference', () => {
		const problems = problemsOf('faits-invalides').map((p) => p.problem);
		expect(problems).toContainEqual({ code: 'syntax', yaml: 'DUPLICATE_KEY' });
		expect(problems).toContainEqual(
			expect.objectContaining({
				code: 'duplicate-id',
				id: 'trump',
				firstFile: EVENTS_FILE
			})
		);
		const invalid = problems.flatMap((p) => (p.code === 'invalid' ? [p] : []));
		expect(invalid.find((p) => p.field === 'date')?.issue).toMatchObject({
			type: 'check',
			message: 'real-date',
			input: '2025-13-01'
		});
	});

	test('the same problems in French, the interface language', () => {
		const french = problemsOf('faits-invalides').map((p) => describeLocated(p));
		expect(french).toEqual(
			expect.arrayContaining([
				`${EVENTS_FILE}:9:9: kind : type de fait inconnu « evenement » : choisissez parmi event, person, resource, figure, place, quote, group, qa`,
				`${EVENTS_FILE}:15:3: « what » manque`,
				`${EVENTS_FILE}:23:9: date : doit être une date qui existe, de la forme "2025", "2025-11" ou "2025-11-06"`,
				`${EVENTS_FILE}:29:9: date : doit être une date entre guillemets : "2025", "2025-11" ou "2025-11-06"`,
				`${EVENTS_FILE}:62:3: champ inconnu « wat » dans un fait de type « event »`,
				`${EVENTS_FILE}:65:7: id : doit s’écrire en minuscules, chiffres et tirets simples (ex. « sommet-2025 »)`,
				`${EVENTS_FILE}:74:11: answer : ne doit pas être vide`,
				`${EVENTS_FILE}:80:12: members : doit compter au moins deux membres`,
				`${FACTS_DIR}/liste.yaml:2:1: un fichier de faits doit être une liste YAML de faits (« - kind: … »)`,
				`${FACTS_DIR}/syntaxe.yaml:6:3: la même clé est écrite deux fois`,
				`${EVENTS_FILE}:33:7: identifiant de fait en double « trump » (déjà utilisé dans ${EVENTS_FILE})`,
				`${EVENTS_FILE}:41:11: source inconnue « journal » : les sources du deck sont article`,
				`${EVENTS_FILE}:50:16: aucun fait de type « person » avec l’identifiant « poutine » dans ce deck`,
				`${EVENTS_FILE}:55:8: « personne-absente » est un fait de type « event », pas « person »`
			])
		);
	});

	test('the line and column point at the text of the mistake', () => {
		const lines = readFileSync(join(ROOT, EVENTS_FILE), 'utf8').split('\n');
		const at = (line: number, col: number) => (lines[line - 1] ?? '').slice(col - 1);
		expect(at(9, 9)).toBe('evenement');
		expect(at(15, 3)).toBe('kind: event');
		expect(at(23, 9)).toBe("'2025-13-01'");
		expect(at(29, 9)).toBe('2025');
		expect(at(33, 7)).toBe('trump');
		expect(at(41, 11)).toBe('journal');
		expect(at(50, 16)).toBe('poutine]');
		expect(at(55, 8)).toBe('personne-absente');
		expect(at(62, 3)).toBe('wat: un champ mal orthographié');
		expect(at(65, 7)).toBe('Sommet Washington');
		expect(at(74, 11)).toBe("'  '");
		expect(at(80, 12)).toBe('[Kazakhstan]');
	});
});

describe('mistakes in deck.yaml', () => {
	test('a deck without sources', () => {
		expect(errorsOf('deck-sans-sources')).toEqual([
			'tests/fixtures/decks-broken/deck-sans-sources/deck.yaml:1:1: "sources" is missing'
		]);
	});

	test('a source whose url is not a url', () => {
		expect(errorsOf('source-mal-formee')).toEqual([
			'tests/fixtures/decks-broken/source-mal-formee/deck.yaml:8:10: url: must be a full web address (https://…)'
		]);
	});
});

// Mistakes that cannot live in a fixture file (the formatter would refuse to parse them) or that
// are clearer written here.
describe('mistakes in texts', () => {
	const deck: TextFile = {
		path: 'mon-deck/deck.yaml',
		text: 'id: mon-deck\ntitle: Mon deck\nlang: fr\nsources:\n  - id: a\n    outlet: O\n    title: T\n'
	};
	const facts = (text: string): TextFile[] => [{ path: 'mon-deck/facts/f.yaml', text }];
	const errorsFor = (deckFile: TextFile, factFiles: TextFile[]) => {
		const reading = readDeck({ deck: deckFile, facts: factFiles }, EMPTY_POOLS);
		return reading.ok ? [] : inEnglish(reading.problems);
	};

	test('a YAML syntax error is located where the parser stops', () => {
		const text = '- kind: qa\n  id: q\n  source: a\n  question: Quoi: encore ?\n  answer: oui\n';
		expect(errorsFor(deck, facts(text))).toEqual([
			'mon-deck/facts/f.yaml:4:13: unexpected colon: a text that contains ": " must be put in quotes'
		]);
	});

	test('a YAML error in deck.yaml is reported along with the errors of the facts', () => {
		const broken = { ...deck, text: 'id: mon-deck\ntitle: [Mon deck\n' };
		const text = '- kind: qa\n  id: Q\n  source: a\n  question: Quoi ?\n  answer: oui\n';
		expect(errorsFor(broken, facts(text))).toEqual([
			'mon-deck/deck.yaml:3:1: wrong indentation: items of one level start at the same column, and every [ or { must be closed',
			'mon-deck/facts/f.yaml:2:7: id: must be lower-case letters, digits and single dashes (e.g. "sommet-2025")'
		]);
	});

	test('an unknown field in deck.yaml or in a source is located at the field', () => {
		const typo = {
			...deck,
			text: 'id: mon-deck\ntitle: Mon deck\nlangue: fr\nsources:\n  - id: a\n    outlet: O\n    title: T\n    auteur:\n      - moi\n'
		};
		const text = '- kind: qa\n  id: q\n  source: a\n  question: Quoi ?\n  answer: oui\n';
		expect(errorsFor(typo, facts(text))).toEqual([
			'mon-deck/deck.yaml:1:1: "lang" is missing',
			'mon-deck/deck.yaml:8:5: unknown field "auteur" in a source',
			'mon-deck/deck.yaml:3:1: unknown field "langue" in the deck'
		]);
	});

	test('a deck without fact files', () => {
		expect(errorsFor(deck, [])).toEqual([
			'mon-deck/deck.yaml:1:1: the deck has no fact files (facts/*.yaml)'
		]);
	});

	test('a resource whose figure is not a figure, a person with no country', () => {
		const text = [
			'- kind: person',
			'  id: rahmon',
			'  source: a',
			'  name: Emomali Rahmon',
			'  role: président du Tadjikistan',
			'- kind: resource',
			'  id: antimoine',
			'  source: a',
			'  name: antimoine',
			'  holders: [Tadjikistan]',
			'  figure: rahmon',
			''
		].join('\n');
		expect(errorsFor(deck, facts(text))).toEqual([
			'mon-deck/facts/f.yaml:1:3: a person needs a country or an organisation',
			'mon-deck/facts/f.yaml:11:11: "rahmon" is a person fact, not a figure'
		]);
	});

	test('a figure written as text, a place of an unknown kind', () => {
		const text = [
			'- kind: figure',
			'  id: part',
			'  source: a',
			"  value: '97'",
			'  measures: une part',
			'- kind: place',
			'  id: douchanbe',
			'  source: a',
			'  name: Douchanbé',
			'  placeKind: capitale',
			'  country: Tadjikistan',
			''
		].join('\n');
		expect(errorsFor(deck, facts(text))).toEqual([
			'mon-deck/facts/f.yaml:4:10: value: must be a number',
			'mon-deck/facts/f.yaml:10:14: placeKind: must be one of: capital, city, mine, region, building, country'
		]);
	});

	test('invalid pools are located too', () => {
		const pools = readPools({
			path: 'pools.yaml',
			text: 'countries:\n  - { name: Kazakhstan, region: Asie centrale }\npeople: []\nminerals: []\n'
		});
		expect(pools.pools).toBeUndefined();
		expect(inEnglish(pools.problems)).toEqual([
			'pools.yaml:2:33: region: must be lower-case letters, digits and single dashes (e.g. "sommet-2025")'
		]);
	});
});

describe('a valid deck', () => {
	test('compiles into cards of every kind', () => {
		const { pools, errors } = loadPools(VALID);
		expect(errors).toEqual([]);
		const reading = readDeckDir(VALID, 'mini-deck', pools);
		if (!reading.ok) {
			throw new Error(inEnglish(reading.problems).join('\n'));
		}
		expect(reading.compiled.deck.id).toBe('mini-deck');
		expect(reading.compiled.facts).toHaveLength(6);
		const counts = countByKind(reading.compiled.cards);
		for (const kind of ['flashcard', 'choice', 'typed', 'truefalse', 'order', 'odd-one-out']) {
			expect(counts[kind as keyof typeof counts], kind).toBeGreaterThan(0);
		}
	});
});

describe('npm run decks:check', () => {
	const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
	const check = (dir: string) =>
		spawnSync(tsx, ['scripts/decks.ts', 'check', dir], { cwd: ROOT, encoding: 'utf8' });

	test('fails on broken decks and prints every error', { timeout: 60_000 }, () => {
		const run = check('tests/fixtures/decks-broken');
		expect(run.status).toBe(1);
		const printed = run.stderr.split('\n').filter((line) => /^tests\/fixtures\//.test(line));
		expect(printed).toHaveLength(17);
		expect(printed).toContain(`${EVENTS_FILE}:62:3: unknown field "wat" in an event fact`);
		expect(printed).toContain(
			'tests/fixtures/decks-broken/source-mal-formee/deck.yaml:8:10: url: must be a full web address (https://…)'
		);
		expect(run.stderr).toContain('17 errors in tests/fixtures/decks-broken');
	});

	test('passes on valid decks and reports their cards', { timeout: 60_000 }, () => {
		const run = check('tests/fixtures/decks-valid');
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^mini-deck: 6 facts, \d+ cards \(flashcard \d+, choice \d+/m);
	});
});

describe('the JSON Schemas in decks/schema', () => {
	// The same generation as `npm run decks:schema` (writeSchemas in scripts/decks.ts).
	const options = { errorMode: 'ignore' } as const;
	const schemas = {
		'deck.schema.json': { title: 'Révise deck', ...toJsonSchema(DeckMetaSchema, options) },
		'facts.schema.json': { title: 'Révise facts', ...toJsonSchema(FactListSchema, options) }
	};

	test.each(Object.entries(schemas))(
		'%s is what the validator generates now (run npm run decks:schema)',
		(name, schema) => {
			const committed = readFileSync(join(ROOT, 'decks', 'schema', name), 'utf8');
			expect(committed).toBe(`${JSON.stringify(schema, null, '\t')}\n`);
		}
	);
});
