import { describe, expect, test } from 'vitest';
import { compileDeck } from '../../src/lib/domain/generate';
import type {
	Card,
	ChoiceCard,
	CompiledDeck,
	OrderCard,
	TrueFalseCard,
	TypedCard
} from '../../src/lib/domain/cards';
import {
	compareFactDates,
	parseFactDate,
	precisionOf,
	type FactDate
} from '../../src/lib/domain/dates';
import type { DeckMeta, EventFact, Fact, Pools } from '../../src/lib/domain/facts';
import { capitalize } from '../../src/lib/domain/card-phrases';
import { checkAnswer } from '../../src/lib/domain/answer';
import { foldText } from '../../src/lib/domain/text';
import { seedDecks, seedPools } from './deck-files';

// ---------------------------------------------------------------------------------------------
// A small deck written in code, with every kind of fact.

const META: DeckMeta = {
	id: 'deck-de-test',
	title: 'Un paquet de test',
	lang: 'fr',
	sources: [
		{ id: 'epoch', outlet: 'Epoch Times', title: 'Un article' },
		{ id: 'ballet', outlet: 'Le Taurillon', title: 'Un autre article' }
	]
};

const POOLS: Pools = {
	countries: [
		{ name: 'Kazakhstan', region: 'asie-centrale' },
		{ name: 'Kirghizistan', region: 'asie-centrale' },
		{ name: 'Ouzbékistan', region: 'asie-centrale' },
		{ name: 'Tadjikistan', region: 'asie-centrale' },
		{ name: 'Turkménistan', region: 'asie-centrale' },
		{ name: 'Chine', region: 'asie-est' },
		{ name: 'Japon', region: 'asie-est' },
		{ name: 'France', region: 'europe' },
		{ name: 'Allemagne', region: 'europe' },
		{ name: 'États-Unis', region: 'amerique' },
		{ name: 'Canada', region: 'amerique' },
		{ name: 'Brésil', region: 'amerique' }
	],
	people: [
		{ name: 'Emmanuel Macron', role: 'président de la France' },
		{ name: 'Friedrich Merz', role: "chancelier de l'Allemagne" },
		{ name: 'Narendra Modi', role: "Premier ministre de l'Inde" },
		{ name: 'Mark Carney', role: 'Premier ministre du Canada' }
	],
	minerals: ['antimoine', 'uranium', 'lithium', 'cuivre', 'terres rares', 'cobalt']
};

const EVENTS: EventFact[] = [
	{
		kind: 'event',
		id: 'traite-frontiere',
		source: 'ballet',
		tags: ['dates', 'pays'],
		date: '2025-03-13',
		what: 'le Kirghizistan et le Tadjikistan signent un traité sur leur frontière'
	},
	{
		kind: 'event',
		id: 'sommet-samarcande',
		source: 'ballet',
		tags: ['dates'],
		date: '2025-04',
		what: "un premier sommet réunit l'Union européenne et l'Asie centrale à Samarcande",
		where: 'Samarcande'
	},
	{
		kind: 'event',
		id: 'relations-israel',
		source: 'epoch',
		date: '1992',
		what: 'le Kazakhstan établit des relations diplomatiques avec Israël'
	},
	{
		kind: 'event',
		id: 'sommet-washington',
		source: 'epoch',
		tags: ['dates', 'diplomatie'],
		date: '2025-11-06',
		what: 'les dirigeants du C5 sont reçus par Donald Trump à la Maison-Blanche',
		where: 'Washington',
		who: ['trump', 'tokaiev']
	}
];

const FACTS: Fact[] = [
	...EVENTS,
	{
		kind: 'person',
		id: 'trump',
		source: 'epoch',
		tags: ['dirigeants'],
		name: 'Donald Trump',
		variants: ['Trump'],
		role: 'président des États-Unis',
		country: 'États-Unis'
	},
	{
		kind: 'person',
		id: 'tokaiev',
		source: 'epoch',
		tags: ['dirigeants'],
		name: 'Kassym-Jomart Tokaïev',
		variants: ['Tokaïev', 'Tokayev', 'Tokaev'],
		role: 'président du Kazakhstan',
		country: 'Kazakhstan'
	},
	{
		kind: 'person',
		id: 'von-der-leyen',
		source: 'ballet',
		tags: ['dirigeants'],
		name: 'Ursula von der Leyen',
		role: 'présidente de la Commission européenne',
		organisation: 'Commission européenne'
	},
	{
		kind: 'resource',
		id: 'antimoine',
		source: 'epoch',
		tags: ['minerais'],
		name: 'antimoine',
		holders: ['Tadjikistan'],
		figure: 'antimoine-exportations',
		uses: 'matériau stratégique recherché par les États-Unis'
	},
	{
		kind: 'figure',
		id: 'antimoine-exportations',
		source: 'epoch',
		tags: ['minerais'],
		value: 97,
		unit: '%',
		measures: "la part de l'antimoine dans les exportations du Tadjikistan vers les États-Unis"
	},
	{
		kind: 'place',
		id: 'douchanbe',
		source: 'ballet',
		tags: ['pays'],
		name: 'Douchanbé',
		variants: ['Dushanbe'],
		placeKind: 'capital',
		country: 'Tadjikistan'
	},
	{
		kind: 'place',
		id: 'samarcande',
		source: 'ballet',
		tags: ['pays'],
		name: 'Samarcande',
		placeKind: 'city',
		country: 'Ouzbékistan'
	},
	{
		kind: 'quote',
		id: 'nouvelle-ere',
		source: 'epoch',
		tags: ['diplomatie'],
		who: 'tokaiev',
		when: '2025-11-06',
		gist: "la rencontre ouvre une nouvelle période d'échanges entre les deux régions"
	},
	{
		kind: 'group',
		id: 'c5',
		source: 'epoch',
		tags: ['pays'],
		name: 'le C5',
		members: ['Kazakhstan', 'Kirghizistan', 'Ouzbékistan', 'Tadjikistan', 'Turkménistan']
	},
	{
		kind: 'qa',
		id: 'heartland',
		source: 'ballet',
		tags: ['idees'],
		question: "Comment appelle-t-on la vaste zone continentale entre l'Europe et l'Asie de l'Est ?",
		answer: 'le Heartland',
		variants: ['Heartland', 'Heartland eurasien']
	},
	{
		kind: 'qa',
		id: 'adhesion-surprise',
		source: 'ballet',
		tags: ['idees'],
		question: "Pourquoi l'adhésion du Kazakhstan a-t-elle surpris ?",
		answer:
			"le pays entretient des liens diplomatiques officiels avec l'État hébreu depuis son indépendance"
	},
	{
		kind: 'qa',
		id: 'objet-accords',
		source: 'ballet',
		question: "Quel est l'objet des accords d'Abraham ?",
		answer: 'amener Israël et les États arabes à entretenir des relations diplomatiques normales',
		variants: ['normaliser les relations avec Israël']
	}
];

const compiled = compileDeck(META, FACTS, POOLS);

function cardsOf(deck: CompiledDeck, factId: string): Card[] {
	return deck.cards.filter((card) => card.factId === factId);
}

function card(deck: CompiledDeck, factId: string, template: string): Card {
	const found = deck.cards.find((c) => c.factId === factId && c.template === template);
	if (!found) {
		const templates = cardsOf(deck, factId).map((c) => c.template);
		throw new Error(`no card ${template} for ${factId}; it has ${templates.join(', ')}`);
	}
	return found;
}

function asChoice(c: Card): ChoiceCard {
	if (c.kind !== 'choice' && c.kind !== 'odd-one-out') {
		throw new Error(`${c.id} is a ${c.kind} card, not a choice`);
	}
	return c;
}

function asTyped(c: Card): TypedCard {
	if (c.kind !== 'typed') {
		throw new Error(`${c.id} is a ${c.kind} card, not a typed one`);
	}
	return c;
}

function asTrueFalse(c: Card): TrueFalseCard {
	if (c.kind !== 'truefalse') {
		throw new Error(`${c.id} is a ${c.kind} card, not a true/false one`);
	}
	return c;
}

/** template → kind, for the cards of one fact. */
function kindsOf(deck: CompiledDeck, factId: string): Record<string, string> {
	return Object.fromEntries(cardsOf(deck, factId).map((c) => [c.template, c.kind]));
}

function isPermutation(shown: readonly number[], length: number): boolean {
	return (
		shown.length === length && [...shown].sort((a, b) => a - b).every((value, i) => value === i)
	);
}

const asieCentrale = new Set(
	POOLS.countries.filter((c) => c.region === 'asie-centrale').map((c) => c.name)
);

// ---------------------------------------------------------------------------------------------

describe('every kind of fact gives its cards', () => {
	test('an event: flashcards both ways, choice, typed date, true/false and a timeline', () => {
		expect(kindsOf(compiled, 'sommet-washington')).toEqual({
			'event.what-from-date': 'flashcard',
			'event.date-from-what': 'flashcard',
			'event.date-choice': 'choice',
			'event.date-typed': 'typed',
			'event.date-truefalse': 'truefalse',
			'event.timeline': 'order'
		});
		const forward = card(compiled, 'sommet-washington', 'event.what-from-date');
		expect(forward.prompt).toBe("Que s'est-il passé le 6 novembre 2025 ?");
		expect(forward.answer).toBe(
			'Les dirigeants du C5 sont reçus par Donald Trump à la Maison-Blanche'
		);
		const backward = card(compiled, 'sommet-washington', 'event.date-from-what');
		expect(backward.prompt).toBe(
			'Quand les dirigeants du C5 sont reçus par Donald Trump à la Maison-Blanche ?'
		);
		expect(backward.answer).toBe('6 novembre 2025');
	});

	test('an event with a month date asks for "en avril 2025"', () => {
		const forward = card(compiled, 'sommet-samarcande', 'event.what-from-date');
		expect(forward.prompt).toBe("Que s'est-il passé en avril 2025 ?");
		expect(card(compiled, 'sommet-samarcande', 'event.date-from-what').answer).toBe('avril 2025');
	});

	test('the typed date is strict and accepts the usual ways of writing it', () => {
		const typed = asTyped(card(compiled, 'sommet-washington', 'event.date-typed'));
		expect(typed.strict).toBe(true);
		expect(typed.answer).toBe('6 novembre 2025');
		const expected = { answer: typed.answer, accepted: typed.accepted, strict: typed.strict };
		expect(checkAnswer('06/11/2025', expected)).toBe('exact');
		expect(checkAnswer('2025-11-06', expected)).toBe('exact');
		expect(checkAnswer('6 novembre 2025', expected)).toBe('exact');
		expect(checkAnswer('07/11/2025', expected)).toBe('wrong');
		const year = asTyped(card(compiled, 'relations-israel', 'event.date-typed'));
		expect(
			checkAnswer('1992', { answer: year.answer, accepted: year.accepted, strict: true })
		).toBe('exact');
		expect(
			checkAnswer('1993', { answer: year.answer, accepted: year.accepted, strict: true })
		).toBe('wrong');
	});

	test('the true/false statement about an event is true exactly when it shows the real date', () => {
		for (const fact of EVENTS) {
			const tf = asTrueFalse(card(compiled, fact.id, 'event.date-truefalse'));
			const date = card(compiled, fact.id, 'event.date-from-what').answer;
			expect(tf.prompt.includes(date)).toBe(tf.truth);
			expect(tf.prompt).toContain(fact.what);
			expect(tf.answer).toContain(date);
		}
	});

	test('a person: role from name, name from role, choice, typed name and true/false', () => {
		expect(kindsOf(compiled, 'tokaiev')).toEqual({
			'person.role-from-name': 'flashcard',
			'person.name-from-role': 'flashcard',
			'person.name-choice': 'choice',
			'person.name-typed': 'typed',
			'person.role-truefalse': 'truefalse'
		});
		expect(card(compiled, 'tokaiev', 'person.role-from-name')).toMatchObject({
			prompt: 'Qui est Kassym-Jomart Tokaïev ?',
			answer: 'Président du Kazakhstan'
		});
		expect(card(compiled, 'tokaiev', 'person.name-from-role')).toMatchObject({
			prompt: 'Qui est président du Kazakhstan ?',
			answer: 'Kassym-Jomart Tokaïev'
		});
		const typed = asTyped(card(compiled, 'tokaiev', 'person.name-typed'));
		expect(typed.strict).toBe(false);
		expect(checkAnswer('Tokayev', typed)).toBe('exact');
		expect(checkAnswer('Tokaiev', typed)).toBe('exact');
	});

	test('the false statement about a person gives them someone else’s role', () => {
		const tf = asTrueFalse(card(compiled, 'tokaiev', 'person.role-truefalse'));
		expect(tf.prompt.startsWith('Kassym-Jomart Tokaïev est ')).toBe(true);
		expect(tf.prompt.includes('président du Kazakhstan')).toBe(tf.truth);
		expect(tf.answer).toBe('Kassym-Jomart Tokaïev est président du Kazakhstan.');
	});

	test('a resource: country and resource both ways, choices, typed and true/false', () => {
		expect(kindsOf(compiled, 'antimoine')).toEqual({
			'resource.holders-from-resource': 'flashcard',
			'resource.resource-from-holder': 'flashcard',
			'resource.holder-choice': 'choice',
			'resource.resource-choice': 'choice',
			'resource.resource-typed': 'typed',
			'resource.holder-truefalse': 'truefalse'
		});
		expect(card(compiled, 'antimoine', 'resource.holders-from-resource').answer).toBe(
			'Tadjikistan'
		);
		expect(card(compiled, 'antimoine', 'resource.resource-from-holder').answer).toBe('antimoine');
		const minerals = asChoice(card(compiled, 'antimoine', 'resource.resource-choice'));
		for (const choice of minerals.choices) {
			expect(POOLS.minerals).toContain(choice);
		}
	});

	test('the explanation of a resource mentions its figure', () => {
		const explanation = card(compiled, 'antimoine', 'resource.holder-choice').explanation;
		expect(explanation).toContain('97');
		expect(explanation).toContain('Tadjikistan');
	});

	test('a figure: value and measure both ways, choice, strict typed value and true/false', () => {
		expect(kindsOf(compiled, 'antimoine-exportations')).toEqual({
			'figure.value-from-measure': 'flashcard',
			'figure.measure-from-value': 'flashcard',
			'figure.value-choice': 'choice',
			'figure.value-typed': 'typed',
			'figure.value-truefalse': 'truefalse'
		});
		const typed = asTyped(card(compiled, 'antimoine-exportations', 'figure.value-typed'));
		expect(typed.strict).toBe(true);
		expect(checkAnswer('97', typed)).toBe('exact');
		expect(checkAnswer('97 %', typed)).toBe('exact');
		expect(checkAnswer('97%', typed)).toBe('exact');
		expect(checkAnswer('98', typed)).toBe('wrong');
		const choice = asChoice(card(compiled, 'antimoine-exportations', 'figure.value-choice'));
		for (const text of choice.choices) {
			const value = Number(text.replace(/\s*%$/u, '').replace(',', '.'));
			expect(value).toBeGreaterThan(0);
			expect(value).toBeLessThanOrEqual(100);
			expect(text.endsWith('%')).toBe(true);
		}
	});

	test('a capital: country of the place, capital of the country, choice, typed and true/false', () => {
		expect(kindsOf(compiled, 'douchanbe')).toEqual({
			'place.country-from-place': 'flashcard',
			'place.capital-from-country': 'flashcard',
			'place.country-choice': 'choice',
			'place.capital-typed': 'typed',
			'place.country-truefalse': 'truefalse'
		});
		expect(card(compiled, 'douchanbe', 'place.capital-from-country')).toMatchObject({
			prompt: 'Quelle est la capitale de ce pays : Tadjikistan ?',
			answer: 'Douchanbé'
		});
		const typed = asTyped(card(compiled, 'douchanbe', 'place.capital-typed'));
		expect(checkAnswer('Dushanbe', typed)).toBe('exact');
		expect(checkAnswer('Douchanbe', typed)).toBe('exact');
	});

	test('a place that is not a capital asks for its country only', () => {
		expect(kindsOf(compiled, 'samarcande')).toEqual({
			'place.country-from-place': 'flashcard',
			'place.country-choice': 'choice',
			'place.country-truefalse': 'truefalse'
		});
	});

	test('a quote: who said it, as a flashcard, a choice, a typed name and true/false', () => {
		expect(kindsOf(compiled, 'nouvelle-ere')).toEqual({
			'quote.who-from-gist': 'flashcard',
			'quote.who-choice': 'choice',
			'quote.who-typed': 'typed',
			'quote.who-truefalse': 'truefalse'
		});
		expect(card(compiled, 'nouvelle-ere', 'quote.who-from-gist').answer).toBe(
			'Kassym-Jomart Tokaïev'
		);
		const typed = asTyped(card(compiled, 'nouvelle-ere', 'quote.who-typed'));
		expect(checkAnswer('Tokaev', typed)).toBe('exact');
	});

	test('a group: its members, the odd one out and true/false', () => {
		expect(kindsOf(compiled, 'c5')).toEqual({
			'group.members-from-name': 'flashcard',
			'group.not-a-member': 'odd-one-out',
			'group.member-truefalse': 'truefalse'
		});
		expect(card(compiled, 'c5', 'group.members-from-name')).toMatchObject({
			prompt: 'Quels sont les membres du C5 ?',
			answer: 'Kazakhstan, Kirghizistan, Ouzbékistan, Tadjikistan et Turkménistan'
		});
	});

	test('the odd one out is not a member, and the three other choices are members', () => {
		const members = ['Kazakhstan', 'Kirghizistan', 'Ouzbékistan', 'Tadjikistan', 'Turkménistan'];
		const odd = asChoice(card(compiled, 'c5', 'group.not-a-member'));
		expect(odd.kind).toBe('odd-one-out');
		expect(odd.choices).toHaveLength(4);
		expect(odd.choices[odd.correct]).toBe(odd.answer);
		expect(members).not.toContain(odd.answer);
		expect(POOLS.countries.map((c) => c.name)).toContain(odd.answer);
		const others = odd.choices.filter((_, i) => i !== odd.correct);
		expect(others).toHaveLength(3);
		for (const other of others) {
			expect(members).toContain(other);
		}
		expect(new Set(others).size).toBe(3);
	});

	test('a group of two has no odd one out (it needs three members to show)', () => {
		const deck = compileDeck(
			META,
			[
				{
					kind: 'group',
					id: 'duo',
					source: 'epoch',
					name: 'le duo',
					members: ['Kazakhstan', 'Ouzbékistan']
				}
			],
			POOLS
		);
		expect(Object.keys(kindsOf(deck, 'duo')).sort()).toEqual([
			'group.member-truefalse',
			'group.members-from-name'
		]);
	});

	test('a qa fact: a flashcard, and a typed card when the answer is short enough to type', () => {
		expect(kindsOf(compiled, 'heartland')).toEqual({
			'qa.answer': 'flashcard',
			'qa.answer-typed': 'typed'
		});
		const typed = asTyped(card(compiled, 'heartland', 'qa.answer-typed'));
		expect(checkAnswer('Heartland', typed)).toBe('exact');
		expect(checkAnswer('le heartlend', typed)).toBe('close');
		// A long answer with no short variant is not typed…
		expect(kindsOf(compiled, 'adhesion-surprise')).toEqual({ 'qa.answer': 'flashcard' });
		// …but a long answer with a short accepted variant is.
		expect(kindsOf(compiled, 'objet-accords')).toEqual({
			'qa.answer': 'flashcard',
			'qa.answer-typed': 'typed'
		});
	});
});

describe('cards that would be ambiguous are left out', () => {
	test('two events on the same date: no "what happened on…" card for either', () => {
		const deck = compileDeck(
			META,
			[
				...EVENTS,
				{
					kind: 'event',
					id: 'accords-abraham',
					source: 'epoch',
					date: '2025-11-06',
					what: "l'entrée du Kazakhstan dans les accords d'Abraham est annoncée"
				}
			],
			POOLS
		);
		expect(kindsOf(deck, 'sommet-washington')['event.what-from-date']).toBeUndefined();
		expect(kindsOf(deck, 'accords-abraham')['event.what-from-date']).toBeUndefined();
		expect(kindsOf(deck, 'accords-abraham')['event.date-from-what']).toBe('flashcard');
		expect(kindsOf(deck, 'traite-frontiere')['event.what-from-date']).toBe('flashcard');
	});

	test('two people with the same role: no "who is <role>" card for either', () => {
		const deck = compileDeck(
			META,
			[
				...FACTS,
				{
					kind: 'person',
					id: 'nazarbaiev',
					source: 'epoch',
					name: 'Noursoultan Nazarbaïev',
					role: 'président du Kazakhstan',
					country: 'Kazakhstan'
				}
			],
			POOLS
		);
		for (const id of ['tokaiev', 'nazarbaiev']) {
			expect(kindsOf(deck, id)['person.name-from-role']).toBeUndefined();
			expect(kindsOf(deck, id)['person.name-choice']).toBeUndefined();
			expect(kindsOf(deck, id)['person.role-from-name']).toBe('flashcard');
		}
	});
});

describe('timeline cards', () => {
	const orderCards = compiled.cards.filter((c): c is OrderCard => c.kind === 'order');

	test('exist when at least three events have distinct dates', () => {
		expect(orderCards.length).toBe(EVENTS.length);
	});

	test('list 3 to 5 events in chronological order, shown in another order', () => {
		const dateOf = new Map(
			EVENTS.map((e) => [capitalize(e.what), parseFactDate(e.date) as FactDate])
		);
		for (const order of orderCards) {
			expect(order.items.length).toBeGreaterThanOrEqual(3);
			expect(order.items.length).toBeLessThanOrEqual(5);
			const dates = order.items.map((item) => dateOf.get(item.label));
			expect(dates.every((d) => d !== undefined)).toBe(true);
			for (let i = 1; i < dates.length; i++) {
				expect(compareFactDates(dates[i - 1] as FactDate, dates[i] as FactDate)).toBeLessThan(0);
			}
			expect(isPermutation(order.shown, order.items.length)).toBe(true);
			expect(order.shown).not.toEqual(order.items.map((_, i) => i));
			// The card's own event is always among the items.
			const own = EVENTS.find((e) => e.id === order.factId) as EventFact;
			expect(order.items.map((item) => item.label)).toContain(capitalize(own.what));
		}
	});

	test('are not made from fewer than three events with distinct dates', () => {
		const [first, second] = EVENTS as [EventFact, EventFact];
		const twoEvents = compileDeck(META, [first, second], POOLS);
		expect(twoEvents.cards.filter((c) => c.kind === 'order')).toEqual([]);
		const sameDay: EventFact = { ...first, id: 'meme-jour', what: 'un autre fait le même jour' };
		const twoDates = compileDeck(META, [first, second, sameDay], POOLS);
		expect(twoDates.cards.filter((c) => c.kind === 'order')).toEqual([]);
		// A month and a day of that month overlap: they cannot be ordered either.
		const inApril: EventFact = { ...first, id: 'en-avril', date: '2025-04-10', what: 'un fait' };
		const overlapping = compileDeck(META, [first, second, inApril], POOLS);
		expect(overlapping.cards.filter((c) => c.kind === 'order')).toEqual([]);
		const thirdEvent = EVENTS[2] as EventFact;
		const three = compileDeck(META, [first, second, thirdEvent], POOLS);
		expect(three.cards.filter((c) => c.kind === 'order')).toHaveLength(3);
	});
});

describe('every card', () => {
	const decks: [string, CompiledDeck][] = [
		['the deck written in code', compiled],
		...seedDecks().map((deck): [string, CompiledDeck] => [deck.deck.id, deck])
	];

	test.each(decks)(
		'of %s cites one of its deck’s sources and carries its fact’s tags',
		(_, deck) => {
			const sources = new Set(deck.deck.sources.map((s) => s.id));
			const facts = new Map(deck.facts.map((f) => [f.id, f]));
			expect(deck.cards.length).toBeGreaterThan(0);
			for (const c of deck.cards) {
				const fact = facts.get(c.factId);
				expect(fact, c.id).toBeDefined();
				expect(sources.has(c.source), c.id).toBe(true);
				expect(c.source, c.id).toBe(fact?.source);
				expect(c.tags, c.id).toEqual(fact?.tags ?? []);
				expect(c.deckId).toBe(deck.deck.id);
			}
		}
	);

	test.each(decks)('of %s has a unique id made of deck, fact and template', (_, deck) => {
		const ids = deck.cards.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const c of deck.cards) {
			const fact = deck.facts.find((f) => f.id === c.factId);
			expect(c.id).toBe(`${deck.deck.id}/${c.factId}/${c.template}`);
			expect(c.template.startsWith(`${fact?.kind}.`), c.id).toBe(true);
			expect(c.id).not.toMatch(/\/\d+(?:\/|$)/);
		}
	});

	test.each(decks)('of %s has a prompt, an answer and an explanation', (_, deck) => {
		for (const c of deck.cards) {
			expect(c.prompt.trim(), c.id).not.toBe('');
			expect(c.answer.trim(), c.id).not.toBe('');
			expect(c.explanation.trim(), c.id).not.toBe('');
		}
	});
});

// ---------------------------------------------------------------------------------------------
// Distractors, checked on the real seed decks.

describe('multiple-choice cards of the seed decks', () => {
	const pools = seedPools();
	const decks = seedDecks();

	/** Spellings the learner would take for the answer itself. */
	function spellingsOfAnswer(c: ChoiceCard, deck: CompiledDeck): string[] {
		const fact = deck.facts.find((f) => f.id === c.factId);
		if (fact?.kind === 'person' && c.template === 'person.name-choice') {
			return fact.variants ?? [];
		}
		if (fact?.kind === 'quote') {
			const speaker = deck.facts.find((f) => f.id === fact.who);
			return speaker?.kind === 'person' ? (speaker.variants ?? []) : [];
		}
		return [];
	}

	const choiceCards = decks.flatMap((deck) =>
		deck.cards
			.filter((c): c is ChoiceCard => c.kind === 'choice' || c.kind === 'odd-one-out')
			.map((c): [string, ChoiceCard, CompiledDeck] => [c.id, c, deck])
	);

	test('there are many of them', () => {
		expect(choiceCards.length).toBeGreaterThan(20);
	});

	test.each(choiceCards)('%s: 4 distinct choices, exactly one of them right', (_, c, deck) => {
		expect(c.choices).toHaveLength(4);
		const folded = c.choices.map(foldText);
		expect(new Set(folded).size).toBe(4);
		expect(c.choices[c.correct]).toBe(c.answer);
		expect(folded.filter((f) => f === foldText(c.answer))).toHaveLength(1);
		const spellings = new Set([c.answer, ...spellingsOfAnswer(c, deck)].map(foldText));
		const wrong = c.choices.filter((_, i) => i !== c.correct);
		for (const choice of wrong) {
			expect(spellings.has(foldText(choice)), `${choice} is a spelling of ${c.answer}`).toBe(false);
		}
	});

	test('date distractors have the precision of the answer', () => {
		const patterns = {
			day: /^\d{1,2} \p{L}+ \d{4}$/u,
			month: /^\p{L}+ \d{4}$/u,
			year: /^\d{4}$/u
		};
		const dateCards = choiceCards.filter(([, c]) => c.template === 'event.date-choice');
		const precisions = new Set<string>();
		expect(dateCards.length).toBeGreaterThan(5);
		for (const [, c, deck] of dateCards) {
			const fact = deck.facts.find((f) => f.id === c.factId) as EventFact;
			const precision = precisionOf(parseFactDate(fact.date) as FactDate);
			precisions.add(precision);
			for (const choice of c.choices) {
				expect(choice, c.id).toMatch(patterns[precision]);
			}
		}
		// The seed decks have dates of all three precisions.
		expect([...precisions].sort()).toEqual(['day', 'month', 'year']);
	});

	test('country distractors for a central-Asian country are central-Asian countries of the pool', () => {
		const region = new Set(
			pools.countries.filter((c) => c.region === 'asie-centrale').map((c) => c.name)
		);
		const countryCards = choiceCards.filter(
			([, c]) =>
				(c.template === 'place.country-choice' || c.template === 'resource.holder-choice') &&
				region.has(c.answer)
		);
		expect(countryCards.length).toBeGreaterThanOrEqual(3);
		for (const [, c] of countryCards) {
			for (const choice of c.choices) {
				expect(region.has(choice), `${c.id}: ${choice}`).toBe(true);
			}
		}
	});

	test('odd-one-out cards: the right choice is not a member, the three others are', () => {
		const oddCards = choiceCards.filter(([, c]) => c.kind === 'odd-one-out');
		expect(oddCards.length).toBeGreaterThanOrEqual(3);
		for (const [, c, deck] of oddCards) {
			const group = deck.facts.find((f) => f.id === c.factId);
			if (group?.kind !== 'group') {
				throw new Error(`${c.id} is not about a group`);
			}
			const members = new Set(group.members.map(foldText));
			expect(members.has(foldText(c.answer)), c.id).toBe(false);
			const others = c.choices.filter((_, i) => i !== c.correct);
			expect(
				others.every((m) => members.has(foldText(m))),
				c.id
			).toBe(true);
		}
	});
});

describe('country distractors in the deck written in code', () => {
	test('a central-Asian country is mixed with its neighbours from the pool', () => {
		for (const [factId, template] of [
			['douchanbe', 'place.country-choice'],
			['samarcande', 'place.country-choice'],
			['antimoine', 'resource.holder-choice']
		] as const) {
			const c = asChoice(card(compiled, factId, template));
			expect(
				c.choices.every((choice) => asieCentrale.has(choice)),
				c.id
			).toBe(true);
		}
	});

	test('a false statement about a place names another country', () => {
		const tf = asTrueFalse(card(compiled, 'douchanbe', 'place.country-truefalse'));
		expect(tf.prompt.includes('Tadjikistan')).toBe(tf.truth);
	});
});

// ---------------------------------------------------------------------------------------------

describe('compiling is deterministic and ids are stable', () => {
	const [seed] = seedDecks() as [CompiledDeck];
	const pools = seedPools();

	test('compiling the same facts twice gives the same cards', () => {
		expect(compileDeck(META, FACTS, POOLS)).toEqual(compileDeck(META, FACTS, POOLS));
		expect(compileDeck(seed.deck, seed.facts, pools)).toEqual(
			compileDeck(seed.deck, seed.facts, pools)
		);
	});

	function idsOf(deck: CompiledDeck, except?: string): Set<string> {
		return new Set(deck.cards.filter((c) => c.factId !== except).map((c) => c.id));
	}

	test('rewording one event keeps the id of every card', () => {
		const target = seed.facts.find((f) => f.kind === 'event') as EventFact;
		const edited = seed.facts.map((f) =>
			f.id === target.id ? { ...target, what: `${target.what}, selon l'article` } : f
		);
		const after = compileDeck(seed.deck, edited, pools);
		expect(idsOf(after, target.id)).toEqual(idsOf(seed, target.id));
		expect(idsOf(after)).toEqual(idsOf(seed));
		// The reworded card really changed: same id, new text.
		const id = `${seed.deck.id}/${target.id}/event.date-from-what`;
		expect(after.cards.find((c) => c.id === id)?.prompt).toContain("selon l'article");
		expect(seed.cards.find((c) => c.id === id)?.prompt).not.toContain("selon l'article");
	});

	test('reordering the facts keeps every id', () => {
		const reversed = compileDeck(seed.deck, [...seed.facts].reverse(), pools);
		expect(idsOf(reversed)).toEqual(idsOf(seed));
		expect(reversed.cards.map((c) => c.id)).not.toEqual(seed.cards.map((c) => c.id));
	});

	test('adding a fact keeps the ids of every other card', () => {
		const added: Fact = {
			kind: 'qa',
			id: 'nouvelle-question',
			source: seed.deck.sources[0]?.id ?? '',
			question: 'Quelle est la capitale du Kazakhstan ?',
			answer: 'Astana'
		};
		const after = compileDeck(seed.deck, [added, ...seed.facts], pools);
		expect(idsOf(after, added.id)).toEqual(idsOf(seed));
		expect(after.cards.filter((c) => c.factId === added.id).length).toBeGreaterThan(0);
	});

	test('a card’s content depends on its own fact, not on its position', () => {
		// Moving a fact to the end keeps its cards identical, distractors included.
		const target = seed.facts.find((f) => f.kind === 'event') as EventFact;
		const moved = [...seed.facts.filter((f) => f.id !== target.id), target];
		const after = compileDeck(seed.deck, moved, pools);
		const ids = [...idsOf(seed)].filter((id) => id.startsWith(`${seed.deck.id}/${target.id}/`));
		expect(ids.length).toBeGreaterThan(3);
		for (const id of ids) {
			if (id.endsWith('/event.timeline')) {
				continue;
			}
			expect(after.cards.find((c) => c.id === id)).toEqual(seed.cards.find((c) => c.id === id));
		}
	});
});
