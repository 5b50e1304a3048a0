import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import {
	checkReferences,
	DeckMetaSchema,
	FactSchema,
	FORMAT_RULES,
	type DeckMeta,
	type Fact,
	type LocatedFact
} from '../../src/lib/domain/facts';

const META: DeckMeta = {
	id: 'mini',
	title: 'Mini',
	lang: 'fr',
	sources: [
		{ id: 'src', outlet: 'Un journal', title: 'Un article' },
		{ id: 'autre', outlet: 'Une radio', title: 'Une émission' }
	]
};

const at = (file: string, index: number, fact: Fact): LocatedFact => ({ file, index, fact });

const issuesOf = (schema: v.GenericSchema, value: unknown) => {
	const result = v.safeParse(schema, value);
	return result.success ? [] : result.issues;
};

describe('checkReferences: what a schema cannot see, as codes and data', () => {
	test('a duplicate id, an unknown source, a person with neither country nor organisation', () => {
		const person: Fact = { kind: 'person', id: 'tokaiev', source: 'src', name: 'T', role: 'r' };
		const qa: Fact = { kind: 'qa', id: 'tokaiev', source: 'radio', question: 'q', answer: 'a' };
		expect(checkReferences(META, [at('a.yaml', 0, person), at('b.yaml', 3, qa)])).toEqual([
			{ file: 'b.yaml', path: [3, 'id'], code: 'duplicate-id', id: 'tokaiev', firstFile: 'a.yaml' },
			{
				file: 'b.yaml',
				path: [3, 'source'],
				code: 'unknown-source',
				source: 'radio',
				sources: ['src', 'autre']
			},
			{ file: 'a.yaml', path: [0], code: 'person-without-place' }
		]);
	});

	test('a reference to a fact that is missing or of another kind', () => {
		const event: Fact = {
			kind: 'event',
			id: 'sommet',
			source: 'src',
			date: '2025',
			what: 'un sommet',
			who: ['absent', 'sommet']
		};
		expect(checkReferences(META, [at('f.yaml', 0, event)])).toEqual([
			{ file: 'f.yaml', path: [0, 'who', 0], code: 'no-such-fact', id: 'absent', kind: 'person' },
			{
				file: 'f.yaml',
				path: [0, 'who', 1],
				code: 'wrong-kind',
				id: 'sommet',
				kind: 'person',
				actual: 'event'
			}
		]);
	});
});

describe('schema issues name the rule they break, in no language', () => {
	test('an issue keeps valibot’s data, and its message is the rule', () => {
		const [issue] = issuesOf(FactSchema, {
			kind: 'event',
			id: 'e',
			source: 'src',
			date: '2025-13-01',
			what: 'x'
		});
		expect(issue).toMatchObject({
			type: 'check',
			message: 'real-date',
			input: '2025-13-01'
		});
		const [year] = issuesOf(FactSchema, {
			kind: 'event',
			id: 'e',
			source: 'src',
			date: 2025,
			what: 'x'
		});
		expect(year).toMatchObject({ type: 'string', message: 'quoted-date', received: '2025' });
	});

	test('every message is a rule or a check of valibot’s own, never a sentence of ours', () => {
		const issues = [
			...issuesOf(DeckMetaSchema, { id: 'Mon deck', title: ' ', lang: 'français', sources: [] }),
			...issuesOf(FactSchema, { kind: 'evenement' }),
			...issuesOf(FactSchema, { kind: 'group', id: 'g', source: 's', name: 'G', members: ['a'] }),
			...issuesOf(FactSchema, {
				kind: 'place',
				id: 'p',
				source: 's',
				name: 'P',
				placeKind: 'ville',
				country: 'C',
				wat: 1
			})
		];
		expect(issues.map((issue) => [issue.type, issue.message])).toEqual([
			['regex', 'id'],
			['non_empty', expect.stringMatching(/^Invalid length/)],
			['regex', 'language-tag'],
			['non_empty', 'sources'],
			['variant', 'fact-kind'],
			['min_length', 'two-members'],
			['picklist', 'place-kind'],
			['strict_object', 'fact-fields']
		]);
		const ours = issues
			.map((issue) => issue.message)
			.filter((message) => !/^Invalid /.test(message));
		expect(ours.every((message) => (FORMAT_RULES as readonly string[]).includes(message))).toBe(
			true
		);
	});
});
