// The strict check, one kind of warning at a time, on cards written by hand (so that a compiler
// that already avoids a mistake does not hide the check).
import { describe, expect, test } from 'vitest';
import type { Card, CompiledDeck } from '../../src/lib/domain/cards';
import { dateNamedIn, deckWarnings, type DeckWarning } from '../../src/lib/domain/deck-warnings';
import type { Fact } from '../../src/lib/domain/facts';
import { describeWarning } from '../../src/lib/io/deck-warning-text';

const base = { deckId: 'd', tags: [], source: 's', explanation: 'Explication.' };

function card(factId: string, template: string, rest: Record<string, unknown>): Card {
	return { ...base, id: `d/${factId}/${template}`, factId, template, ...rest } as unknown as Card;
}

function deckOf(facts: Fact[], cards: Card[]): CompiledDeck {
	return {
		format: 1,
		deck: { id: 'd', title: 'D', lang: 'fr', sources: [{ id: 's', outlet: 'o', title: 't' }] },
		facts,
		cards
	};
}

const kinds = (warnings: DeckWarning[]) => warnings.map((w) => w.kind);

const terresRares: Fact = {
	kind: 'resource',
	id: 'terres-rares',
	source: 's',
	name: 'terres rares',
	holders: ['Chine']
};
const accordsJapon: Fact = {
	kind: 'group',
	id: 'accords',
	source: 's',
	name: 'les pays qui ont signé un accord sur les terres rares',
	members: ['Japon', 'Ukraine']
};
const holderChoice = (options: string[]) =>
	card('terres-rares', 'resource.holder-choice', {
		kind: 'choice',
		prompt: 'Quel pays domine les terres rares ?',
		answer: 'Chine',
		choices: ['Chine', ...options],
		correct: 0
	});

describe('tied distractors', () => {
	test('Japan offered as a wrong holder of rare earths, when a group ties it to them', () => {
		const warnings = deckWarnings(
			deckOf([terresRares, accordsJapon], [holderChoice(['Japon', 'Inde', 'Brésil'])])
		);
		expect(warnings).toEqual([
			expect.objectContaining({ kind: 'tied-distractor', text: 'Japon', otherFactId: 'accords' })
		]);
	});

	test('countries that nothing ties to rare earths pass', () => {
		const warnings = deckWarnings(
			deckOf([terresRares, accordsJapon], [holderChoice(['Inde', 'Brésil', 'Canada'])])
		);
		expect(warnings).toEqual([]);
	});

	test('another holder of the same resource is no wrong answer', () => {
		const shared: Fact = { ...terresRares, holders: ['Chine', 'Birmanie'] };
		const warnings = deckWarnings(deckOf([shared], [holderChoice(['Birmanie', 'Inde', 'Brésil'])]));
		expect(warnings).toEqual([
			expect.objectContaining({ kind: 'tied-distractor', text: 'Birmanie' })
		]);
	});

	test('an outsider of « le C5 » is not tied by the group « le C5+1 »', () => {
		const c5: Fact = {
			kind: 'group',
			id: 'c5',
			source: 's',
			name: 'le C5',
			members: ['Kazakhstan', 'Kirghizistan', 'Tadjikistan']
		};
		const c5plus1: Fact = {
			...c5,
			id: 'c5-plus-1',
			name: 'le C5+1',
			members: ['Kazakhstan', 'États-Unis']
		};
		const odd = card('c5', 'group.not-a-member', {
			kind: 'odd-one-out',
			prompt: 'Lequel n’est pas membre du C5 ?',
			answer: 'États-Unis',
			choices: ['Kazakhstan', 'Kirghizistan', 'Tadjikistan', 'États-Unis'],
			correct: 3
		});
		expect(deckWarnings(deckOf([c5, c5plus1], [odd]))).toEqual([]);
		const c5Members: Fact = { ...c5plus1, name: 'les membres du C5 et leurs voisins' };
		expect(kinds(deckWarnings(deckOf([c5, c5Members], [odd])))).toEqual(['tied-distractor']);
	});
});

describe('dates with two answers at their precision', () => {
	const putin: Fact = {
		kind: 'event',
		id: 'poutine',
		source: 's',
		date: '2025-10',
		what: 'Vladimir Poutine se rend à Douchanbé'
	};
	const tariffs: Fact = {
		kind: 'event',
		id: 'droits',
		source: 's',
		date: '2025-10-30',
		what: 'Donald Trump baisse les droits de douane sur la Chine'
	};
	const asked = (prompt: string) =>
		card('poutine', 'event.what-from-date', {
			kind: 'flashcard',
			prompt,
			answer: 'Vladimir Poutine se rend à Douchanbé'
		});

	test('« en octobre 2025 » when another event is on 30 October 2025', () => {
		const warnings = deckWarnings(
			deckOf([putin, tariffs], [asked('Que s’est-il passé en octobre 2025 ?')])
		);
		expect(warnings).toEqual([
			expect.objectContaining({ kind: 'ambiguous-date', field: 'date', otherFactId: 'droits' })
		]);
	});

	test('the same question is fine when the other event is in another month', () => {
		const november = { ...tariffs, date: '2025-11-30' };
		expect(
			deckWarnings(deckOf([putin, november], [asked('Que s’est-il passé en octobre 2025 ?')]))
		).toEqual([]);
	});

	test('a question asking the date itself is never ambiguous', () => {
		const when = card('poutine', 'event.date-from-what', {
			kind: 'flashcard',
			prompt: 'Quand Vladimir Poutine s’est-il rendu à Douchanbé ?',
			answer: 'octobre 2025'
		});
		expect(deckWarnings(deckOf([putin, tariffs], [when]))).toEqual([]);
	});

	test('a timeline with two items at the same date', () => {
		const order = card('poutine', 'event.timeline', {
			kind: 'order',
			prompt: 'Remettez ces événements dans l’ordre chronologique.',
			answer: '…',
			items: [
				{ label: 'A', date: 'octobre 2025' },
				{ label: 'B', date: 'octobre 2025' },
				{ label: 'C', date: 'novembre 2025' }
			],
			shown: [2, 0, 1]
		});
		expect(kinds(deckWarnings(deckOf([putin, tariffs], [order])))).toEqual(['ambiguous-date']);
	});

	test('reads the dates French and English questions name, at their precision', () => {
		expect(dateNamedIn('Que s’est-il passé le 1er novembre 2025 ?')).toEqual({
			year: 2025,
			month: 11,
			day: 1
		});
		expect(dateNamedIn('En quel mois de 2025… ? en avril 2025')).toEqual({ year: 2025, month: 4 });
		expect(dateNamedIn('What happened on November 6, 2025?')).toEqual({
			year: 2025,
			month: 11,
			day: 6
		});
		expect(dateNamedIn('Que s’est-il passé en 1992 ?')).toEqual({ year: 1992 });
		expect(dateNamedIn('Qui est Donald Trump ?')).toBeUndefined();
	});
});

describe('answers given away by their question', () => {
	const c5: Fact = {
		kind: 'figure',
		id: 'nombre-c5',
		source: 's',
		value: 5,
		unit: 'pays',
		measures: 'le nombre de pays que réunit le C5'
	};
	test('the number of C5 countries asked with « C5 » in the question', () => {
		const asked = card('nombre-c5', 'figure.value-from-measure', {
			kind: 'flashcard',
			prompt: 'Combien de pays réunit le C5 ?',
			answer: '5 pays'
		});
		expect(deckWarnings(deckOf([c5], [asked]))).toEqual([
			expect.objectContaining({ kind: 'answer-in-question', text: '5 pays' })
		]);
	});

	test('a number written in words, and a name in the question', () => {
		const words = card('nombre-c5', 'figure.value-from-measure', {
			kind: 'flashcard',
			prompt: 'Combien de pays compte le groupe des cinq ?',
			answer: '5 pays'
		});
		const name = card('nombre-c5', 'qa.answer', {
			kind: 'typed',
			prompt: 'Quel pays, la Chine ou l’Inde, domine les terres rares ?',
			answer: 'la Chine',
			accepted: ['Chine'],
			strict: false
		});
		expect(kinds(deckWarnings(deckOf([c5], [words, name])))).toEqual([
			'answer-in-question',
			'answer-in-question'
		]);
	});

	test('a question that does not contain its answer passes', () => {
		const fair = card('nombre-c5', 'figure.value-from-measure', {
			kind: 'flashcard',
			prompt:
				'Combien de pays d’Asie centrale ont été reçus à la Maison-Blanche le 6 novembre 2025 ?',
			answer: '5 pays'
		});
		expect(deckWarnings(deckOf([c5], [fair]))).toEqual([]);
	});
});

describe('questions that point outside themselves', () => {
	const qa: Fact = {
		kind: 'qa',
		id: 'acteurs',
		source: 's',
		question: 'Contre quels acteurs ces protocoles d’accord protègent-ils l’industrie ?',
		answer: 'les acteurs non marchands'
	};
	const flash = (prompt: string, kind = 'flashcard', extra: Record<string, unknown> = {}) =>
		card('acteurs', 'qa.answer', { kind, prompt, answer: 'les acteurs non marchands', ...extra });

	test.each([
		['Contre quels acteurs ces protocoles d’accord protègent-ils l’industrie ?', 'ces protocoles'],
		['Qu’a annoncé ce dernier le 6 novembre ?', 'ce dernier'],
		['Quels accords ont été signés ces dernières semaines ?', 'ces dernières'],
		['Que cherche ce pays en Asie centrale ?', 'ce pays'],
		['What did the latter announce?', 'the latter']
	])('%s', (prompt, phrase) => {
		expect(deckWarnings(deckOf([qa], [flash(prompt)]))).toEqual([
			expect.objectContaining({ kind: 'outside-reference', text: phrase })
		]);
	});

	test.each([
		'Qui a exprimé cette idée : le sommet ouvre une ère nouvelle ?',
		'Ce sont d’anciennes républiques soviétiques : lesquelles ?',
		'Contre quels acteurs les protocoles d’accord signés au Japon protègent-ils l’industrie ?'
	])('%s passes', (prompt) => {
		expect(deckWarnings(deckOf([qa], [flash(prompt)]))).toEqual([]);
	});

	test('« lequel de ces pays » and « remettez ces événements » point at the options shown', () => {
		const odd = flash('Lequel de ces pays n’est pas membre du C5 ?', 'choice', {
			choices: ['les acteurs non marchands', 'a', 'b', 'c'],
			correct: 0
		});
		const order = card('acteurs', 'event.timeline', {
			kind: 'order',
			prompt: 'Remettez ces événements dans l’ordre chronologique.',
			answer: '…',
			items: [],
			shown: []
		});
		expect(deckWarnings(deckOf([qa], [odd, order]))).toEqual([]);
	});
});

describe('typed answers', () => {
	const qa: Fact = { kind: 'qa', id: 'q', source: 's', question: 'Q ?', answer: 'x' };
	const typed = (answer: string) =>
		card('q', 'qa.answer-typed', {
			kind: 'typed',
			prompt: 'Q ?',
			answer,
			accepted: [],
			strict: false
		});

	test.each([
		'Il entretenait déjà des relations avec Israël depuis son indépendance',
		'Les acteurs non marchands, comme le régime chinois',
		'Le traité de délimitation de la frontière entre le Kirghizistan et le Tadjikistan'
	])('« %s » is too long to type', (answer) => {
		expect(kinds(deckWarnings(deckOf([qa], [typed(answer)])))).toEqual(['long-typed-answer']);
	});

	test.each([
		'Kassym-Jomart Tokaïev',
		'les nouvelles routes de la soie',
		'avril 2025',
		'97 %',
		'République démocratique du Congo'
	])('« %s » may be typed', (answer) => {
		expect(deckWarnings(deckOf([qa], [typed(answer)]))).toEqual([]);
	});
});

describe('punctuation at the end of an answer', () => {
	const qa: Fact = {
		kind: 'qa',
		id: 'q',
		source: 's',
		question: 'Quelle question se posent-ils ?',
		answer: 'les États-Unis sont-ils fiables ?'
	};
	test('an answer ending in « ? » (which renders « ?. » in the explanation)', () => {
		const flash = card('q', 'qa.answer', {
			kind: 'flashcard',
			prompt: 'Quelle question se posent-ils ?',
			answer: 'Les États-Unis sont-ils fiables ?',
			explanation: 'Quelle question se posent-ils ? Les États-Unis sont-ils fiables ?.'
		});
		expect(deckWarnings(deckOf([qa], [flash]))).toEqual([
			expect.objectContaining({ kind: 'answer-punctuation', field: 'answer' })
		]);
	});

	test('a full stop doubled in a prompt', () => {
		const flash = card('q', 'event.date-from-what', {
			kind: 'flashcard',
			prompt: 'Quand le traité est-il signé. ?',
			answer: '13 mars 2025'
		});
		expect(kinds(deckWarnings(deckOf([qa], [flash])))).toEqual(['answer-punctuation']);
	});

	test('abbreviations and true/false statements end in a full stop by right', () => {
		const flash = card('q', 'place.country-from-place', {
			kind: 'flashcard',
			prompt: 'Quelle ville ?',
			answer: 'Washington D.C.'
		});
		const statement = card('q', 'qa.truefalse', {
			kind: 'truefalse',
			prompt: 'Douchanbé est la capitale du Tadjikistan.',
			answer: 'Douchanbé est la capitale du Tadjikistan.',
			truth: true
		});
		expect(deckWarnings(deckOf([qa], [flash, statement]))).toEqual([]);
	});
});

describe('names without grammar', () => {
	const resource: Fact = {
		kind: 'resource',
		id: 'sel',
		source: 's',
		name: 'sel',
		holders: ['la France', 'Bordurie']
	};
	test('asks the deck’s grammar about every name put in a sentence', () => {
		const known = new Set(['la France']);
		const warnings = deckWarnings(deckOf([resource], []), {
			hasGrammar: (name) => known.has(name)
		});
		expect(warnings).toEqual([
			{ kind: 'name-without-grammar', factId: 'sel', field: 'holders', text: 'Bordurie' }
		]);
	});
});

describe('wording', () => {
	const warning: DeckWarning = {
		kind: 'tied-distractor',
		factId: 'terres-rares',
		field: 'holders',
		text: 'Japon',
		otherFactId: 'accords'
	};
	test('names the field with the label it is given, in the language asked', () => {
		const fr = describeWarning(
			warning,
			(field) => (field === 'holders' ? 'Pays détenteurs' : undefined),
			{
				locale: 'fr'
			}
		);
		expect(fr).toMatch(/^Pays détenteurs : « Japon » est proposé comme mauvaise réponse/);
		expect(fr).not.toContain('holders');
		const en = describeWarning(warning, () => 'Countries', { locale: 'en' });
		expect(en).toMatch(/^Countries: “Japon” is offered as a wrong answer/);
	});
});
