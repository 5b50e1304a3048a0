import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import type { ErrorCode } from 'yaml';
import { FactSchema, PoolsSchema } from '../../src/lib/domain/facts';
import { checkDraft } from '../../src/lib/io/deck-draft';
import { describeIssue, describeProblem } from '../../src/lib/io/deck-problems';
import { issueField, type FormatProblem } from '../../src/lib/io/yaml-located';
import { ROOT } from './deck-files';

const fr = (problem: FormatProblem) => describeProblem(problem);
const en = (problem: FormatProblem) => describeProblem(problem, { locale: 'en' });

/** The problems valibot finds in `value`, as validateAt would record them. */
function invalid(schema: v.GenericSchema, value: unknown): FormatProblem[] {
	const result = v.safeParse(schema, value);
	return result.success
		? []
		: result.issues.map((issue) => ({ code: 'invalid', issue, field: issueField(issue, []) }));
}

describe('the yaml library’s errors, worded from their code', () => {
	// Every code the installed yaml declares, so an upgrade that adds one is noticed here.
	const declared = readFileSync(join(ROOT, 'node_modules/yaml/dist/errors.d.ts'), 'utf8');
	const codes = [
		...(/type ErrorCode = ([^;]+);/.exec(declared)?.[1] ?? '').matchAll(/'(\w+)'/g)
	].map((match) => match[1] as ErrorCode);

	test('each code has a sentence of its own, in French and in English', () => {
		expect(codes.length).toBeGreaterThan(20);
		const generic = [
			fr({ code: 'syntax', yaml: 'NEW_CODE' as ErrorCode }),
			en({ code: 'syntax', yaml: 'NEW_CODE' as ErrorCode })
		];
		for (const yaml of codes) {
			const sentences = [fr({ code: 'syntax', yaml }), en({ code: 'syntax', yaml })];
			expect(sentences, yaml).not.toContain(generic[0]);
			expect(sentences, yaml).not.toContain(generic[1]);
			expect(sentences[0], yaml).not.toBe(sentences[1]);
		}
	});

	test('a code this version does not know still reads as a syntax error', () => {
		expect(fr({ code: 'syntax', yaml: 'NEW_CODE' as ErrorCode })).toBe('erreur de syntaxe YAML');
		expect(en({ code: 'syntax', yaml: 'NEW_CODE' as ErrorCode })).toBe('YAML syntax error');
	});

	test('the usual mistakes', () => {
		expect(fr({ code: 'syntax', yaml: 'DUPLICATE_KEY' })).toBe('la même clé est écrite deux fois');
		expect(fr({ code: 'syntax', yaml: 'BLOCK_AS_IMPLICIT_KEY' })).toBe(
			'deux-points inattendu : un texte qui contient « : » doit être mis entre guillemets'
		);
		expect(en({ code: 'syntax', yaml: 'TAB_AS_INDENT' })).toBe('tabs cannot indent: use spaces');
	});
});

describe('references between facts', () => {
	test('French names the kinds as the file writes them; English puts the right article', () => {
		const wrongKind = { code: 'wrong-kind', id: 'x', kind: 'person', actual: 'event' } as const;
		expect(fr(wrongKind)).toBe('« x » est un fait de type « event », pas « person »');
		expect(en(wrongKind)).toBe('"x" is an event fact, not a person');
		expect(en({ ...wrongKind, kind: 'figure', actual: 'person' })).toBe(
			'"x" is a person fact, not a figure'
		);
		const missing = { code: 'no-such-fact', id: 'poutine', kind: 'person' } as const;
		expect(fr(missing)).toBe(
			'aucun fait de type « person » avec l’identifiant « poutine » dans ce deck'
		);
		expect(en(missing)).toBe('no person fact with id "poutine" in this deck');
	});
});

describe('schema issues', () => {
	test('an unknown field is named with what it is in', () => {
		const [event] = invalid(FactSchema, {
			kind: 'event',
			id: 'e',
			source: 's',
			date: '2025',
			what: 'w',
			wat: 1
		});
		const [qa] = invalid(FactSchema, {
			kind: 'qa',
			id: 'q',
			source: 's',
			question: 'q',
			answer: 'a',
			x: 1
		});
		expect([fr(event!), en(event!), en(qa!)]).toEqual([
			'champ inconnu « wat » dans un fait de type « event »',
			'unknown field "wat" in an event fact',
			'unknown field "x" in a qa fact'
		]);
	});

	test('a check with no rule of its own is worded from its type', () => {
		const problems = invalid(PoolsSchema, {
			countries: 'Kazakhstan',
			people: [{ name: 'N', role: 'R', age: 3 }],
			minerals: [' ']
		});
		expect(problems.map(fr)).toEqual([
			'countries : doit être une liste',
			'champ inconnu « age »',
			'minerals : ne doit pas être vide'
		]);
		expect(problems.map(en)).toEqual([
			'countries: must be a list',
			'unknown field "age"',
			'minerals: must not be empty'
		]);
	});

	test('anything else still says what was expected and what was found', () => {
		const [issue] = v.safeParse(v.boolean(), 'oui').issues ?? [];
		expect(describeIssue(issue!, 'public')).toBe(
			'public : valeur non valable (attendu : boolean, reçu : "oui")'
		);
		expect(describeIssue(issue!, 'public', { locale: 'en' })).toBe(
			'public: invalid value (expected boolean, received "oui")'
		);
	});

	test('a fact that is not a set of fields, and one of an unknown kind', () => {
		expect(invalid(FactSchema, 'une phrase').map(fr)).toEqual([
			'doit être un ensemble de champs (« clé: valeur »)'
		]);
		expect(invalid(FactSchema, { kind: 'evenement' }).map(en)).toEqual([
			'kind: unknown fact kind "evenement": use one of event, person, resource, figure, place, quote, group, qa'
		]);
	});
});

describe('the editor shows the same problems, in the interface language, by field', () => {
	test('schema and reference problems of a draft', () => {
		const meta = {
			id: 'mini',
			title: 'Mini',
			lang: 'fr',
			sources: [{ id: 'src', outlet: 'O', title: 'T' }]
		};
		const facts = [
			{ kind: 'qa', id: 'q', source: 'radio', question: 'Quoi ?', answer: ' ' },
			{ kind: 'qa', id: 'r', source: 'radio', question: 'Qui ?', answer: 'moi' },
			{ kind: 'place', id: 'p', source: 'src', name: 'P', placeKind: 'ville', country: 'C' }
		];
		expect(checkDraft(meta, facts).problems).toEqual([
			{ fact: 0, field: 'answer', message: 'answer : ne doit pas être vide' },
			{
				fact: 2,
				field: 'placeKind',
				message:
					'placeKind : doit être l’un des types : capital, city, mine, region, building, country'
			},
			{
				fact: 1,
				field: 'source',
				message: 'source : source inconnue « radio » : les sources du deck sont src'
			}
		]);
	});
});
