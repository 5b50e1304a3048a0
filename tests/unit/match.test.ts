import { describe, expect, test } from 'vitest';
import type { CompiledDeck } from '../../src/lib/domain/cards';
import type {
	EventFact,
	Fact,
	PersonFact,
	PlaceFact,
	ResourceFact
} from '../../src/lib/domain/facts';
import { bestTime, matchPairs, matchTiles, type MatchPair } from '../../src/lib/domain/match';
import { foldText } from '../../src/lib/domain/text';
import { seedDecks } from './deck-files';

const SEEDS = Array.from({ length: 40 }, (_, i) => `seed-${i}`);

function person(id: string, name: string, role: string): PersonFact {
	return { kind: 'person', id, source: 's', name, role, country: 'France' };
}

function place(id: string, name: string, country: string): PlaceFact {
	return { kind: 'place', id, source: 's', name, placeKind: 'city', country };
}

function resource(id: string, name: string, holders: string[]): ResourceFact {
	return { kind: 'resource', id, source: 's', name, holders };
}

function event(id: string, date: string, what: string): EventFact {
	return { kind: 'event', id, source: 's', date, what };
}

/** Facts the match game cannot use. */
const OTHER_FACTS: Fact[] = [
	{ kind: 'figure', id: 'fig', source: 's', value: 42, unit: '%', measures: 'une part' },
	{ kind: 'quote', id: 'cit', source: 's', who: 'p0', gist: 'Une phrase' },
	{ kind: 'group', id: 'grp', source: 's', name: 'C5', members: ['Kazakhstan', 'Ouzbékistan'] },
	{ kind: 'qa', id: 'qa', source: 's', question: 'Pourquoi ?', answer: 'Parce que' }
];

/** Twelve facts whose texts are all distinct: any six of them make a board. */
const MANY: Fact[] = [
	person('p0', 'Emmanuel Macron', 'Président de la République'),
	person('p1', 'Kassym-Jomart Tokaïev', 'Président du Kazakhstan'),
	person('p2', 'Chavkat Mirzioïev', "Président de l'Ouzbékistan"),
	place('l0', 'Samarcande', 'Ouzbékistan'),
	place('l1', 'Douchanbé', 'Tadjikistan'),
	place('l2', 'Astana', 'Kazakhstan'),
	resource('r0', 'Uranium', ['Kazakhstan', 'Ouzbékistan']),
	resource('r1', 'Tungstène', ['Chine', 'Vietnam']),
	event('e0', '2025-11-06', 'Sommet C5+1 à Washington'),
	event('e1', '2025-04', 'Premier sommet UE–Asie centrale'),
	event('e2', '2023', 'Visite à Astana et Samarcande'),
	event('e3', '1991-12-16', 'Indépendance du Kazakhstan')
];

/** Every text of a board, folded as the game compares them. */
function foldedTexts(pairs: readonly MatchPair[]): string[] {
	return pairs.flatMap((p) => [foldText(p.left), foldText(p.right)]);
}

function expectDistinctBoard(pairs: readonly MatchPair[]): void {
	const texts = foldedTexts(pairs);
	expect(new Set(texts).size, texts.join(' | ')).toBe(texts.length);
	for (const pair of pairs) {
		expect(foldText(pair.left), pair.id).not.toBe(foldText(pair.right));
	}
}

describe('matchPairs', () => {
	test('a person gives name and role; a place, name and country', () => {
		expect(matchPairs([person('p', 'Emmanuel Macron', 'Président')], 'fr', 's')).toEqual([
			{ id: 'p:0', factId: 'p', left: 'Emmanuel Macron', right: 'Président' }
		]);
		expect(matchPairs([place('l', 'Samarcande', 'Ouzbékistan')], 'fr', 's')).toEqual([
			{ id: 'l:0', factId: 'l', left: 'Samarcande', right: 'Ouzbékistan' }
		]);
	});

	test('a resource gives its name and its holders', () => {
		const pairs = matchPairs([resource('r', 'Uranium', ['Kazakhstan', 'Ouzbékistan'])], 'fr', 's');
		expect(pairs).toEqual([
			{ id: 'r:0', factId: 'r', left: 'Uranium', right: 'Kazakhstan, Ouzbékistan' }
		]);
	});

	test('an event gives its date, written in the language, and what happened', () => {
		const texts = (date: string, lang: string) =>
			matchPairs([event('e', date, 'Sommet')], lang, 's').map((p) => [p.left, p.right]);
		expect(texts('2025-11-06', 'fr')).toEqual([['6 novembre 2025', 'Sommet']]);
		expect(texts('2025-04', 'fr')).toEqual([['avril 2025', 'Sommet']]);
		expect(texts('2025', 'fr')).toEqual([['2025', 'Sommet']]);
		expect(texts('2025-11-06', 'en')).toEqual([['November 6, 2025', 'Sommet']]);
	});

	test('only person, place, resource and event facts make pairs', () => {
		expect(matchPairs(OTHER_FACTS, 'fr', 's')).toEqual([]);
		const pairs = matchPairs([...OTHER_FACTS, ...MANY.slice(0, 4)], 'fr', 's');
		expect(pairs.map((p) => p.factId).sort()).toEqual(['l0', 'p0', 'p1', 'p2']);
		expect(matchPairs([], 'fr', 's')).toEqual([]);
	});

	test('up to 6 pairs', () => {
		for (const seed of SEEDS) {
			const pairs = matchPairs(MANY, 'fr', seed);
			expect(pairs).toHaveLength(6);
			expect(new Set(pairs.map((p) => p.id)).size).toBe(6);
			expect(new Set(pairs.map((p) => p.factId)).size).toBe(6);
			expect(pairs.every((p) => MANY.some((f) => f.id === p.factId))).toBe(true);
		}
		// Fewer usable facts: all of them.
		expect(matchPairs(MANY.slice(0, 4), 'fr', 's')).toHaveLength(4);
		// Another board size when asked.
		expect(matchPairs(MANY, 'fr', 's', 4)).toHaveLength(4);
		expect(matchPairs(MANY, 'fr', 's', 20)).toHaveLength(MANY.length);
	});

	test('two places in the same country: only one of them is on the board', () => {
		const facts = [
			place('washington', 'Washington', 'États-Unis'),
			place('maison-blanche', 'Maison-Blanche', 'États-Unis'),
			place('samarcande', 'Samarcande', 'Ouzbékistan'),
			place('douchanbe', 'Douchanbé', 'Tadjikistan')
		];
		const chosen = new Set<string>();
		for (const seed of SEEDS) {
			const pairs = matchPairs(facts, 'fr', seed);
			const american = pairs.filter((p) => p.right === 'États-Unis');
			expect(american, seed).toHaveLength(1);
			expect(pairs.map((p) => p.factId)).toContain('samarcande');
			expect(pairs.map((p) => p.factId)).toContain('douchanbe');
			expect(pairs).toHaveLength(3);
			expectDistinctBoard(pairs);
			chosen.add(american[0]?.factId ?? '');
		}
		// Either may be the one, depending on the seed.
		expect([...chosen].sort()).toEqual(['maison-blanche', 'washington']);
	});

	test('texts equal once folded (case, accents, punctuation, article) count as the same', () => {
		const facts = [
			place('a', 'Washington', 'États-Unis'),
			place('b', 'Maison-Blanche', 'etats unis'),
			place('c', 'Astana', 'Le Kazakhstan'),
			resource('d', 'Uranium', ['Kazakhstan']),
			person('e', 'Emmanuel Macron', 'Président'),
			person('f', 'Gérard Larcher', 'PRÉSIDENT')
		];
		for (const seed of SEEDS) {
			const pairs = matchPairs(facts, 'fr', seed);
			expect(pairs, seed).toHaveLength(3);
			expectDistinctBoard(pairs);
		}
	});

	test('a text that is one side of a pair cannot be the other side of another', () => {
		// "Kazakhstan" is the country of Astana and the name of a place of its own.
		const facts = [
			place('astana', 'Astana', 'Kazakhstan'),
			place('kz', 'Kazakhstan', 'Asie centrale'),
			person('p', 'Astana', 'Capitale')
		];
		for (const seed of SEEDS) {
			const pairs = matchPairs(facts, 'fr', seed);
			expectDistinctBoard(pairs);
			expect(pairs.length).toBeGreaterThanOrEqual(1);
			expect(pairs.length).toBeLessThanOrEqual(2);
		}
	});

	test('no pair whose left equals its right', () => {
		const facts = [
			place('sg', 'Singapour', 'Singapour'),
			place('mc', 'Monaco', 'monaco'),
			place('lu', 'Luxembourg', 'Le Luxembourg'),
			place('ok', 'Samarcande', 'Ouzbékistan')
		];
		for (const seed of SEEDS) {
			expect(matchPairs(facts, 'fr', seed).map((p) => p.factId)).toEqual(['ok']);
		}
	});

	test('texts longer than 70 characters are left out', () => {
		const long = 'x'.repeat(71);
		const edge = 'y'.repeat(70);
		const facts = [
			event('long-what', '2025', long),
			person('long-name', long, 'Ministre'),
			person('long-role', 'Quelqu’un', long),
			resource('long-holders', 'Cuivre', ['x'.repeat(40), 'y'.repeat(30)]),
			event('edge', '2024', edge),
			place('short', 'Samarcande', 'Ouzbékistan')
		];
		for (const seed of SEEDS.slice(0, 10)) {
			const pairs = matchPairs(facts, 'fr', seed);
			expect(pairs.map((p) => p.factId).sort()).toEqual(['edge', 'short']);
			for (const pair of pairs) {
				expect(pair.left.length).toBeLessThanOrEqual(70);
				expect(pair.right.length).toBeLessThanOrEqual(70);
			}
		}
	});

	test('deterministic for a seed', () => {
		const first = matchPairs(MANY, 'fr', 'partie-1');
		expect(matchPairs(MANY, 'fr', 'partie-1')).toEqual(first);
		expect(matchPairs([...MANY], 'fr', 'partie-1')).toEqual(first);
	});

	test('every board of hand-built facts has distinct texts', () => {
		for (const seed of SEEDS) {
			expectDistinctBoard(matchPairs(MANY, 'fr', seed));
		}
	});
});

describe('matchPairs on a seed deck', () => {
	const decks = seedDecks();
	const deck = decks.find((d) => d.deck.id === 'asie-centrale-diplomatie') as CompiledDeck;
	const kinds = new Set(['person', 'place', 'resource', 'event']);

	test.each(decks.map((d) => [d.deck.id, d] as const))(
		'%s: six pairs from its person, place, resource and event facts, all texts distinct',
		(_id, compiled) => {
			const factKinds = new Map(compiled.facts.map((f) => [f.id, f.kind]));
			for (const seed of SEEDS) {
				const pairs = matchPairs(compiled.facts, compiled.deck.lang, seed);
				expect(pairs.length).toBeGreaterThan(0);
				expect(pairs.length).toBeLessThanOrEqual(6);
				expectDistinctBoard(pairs);
				for (const pair of pairs) {
					expect(kinds.has(factKinds.get(pair.factId) ?? ''), pair.id).toBe(true);
					expect(pair.left.length).toBeLessThanOrEqual(70);
					expect(pair.right.length).toBeLessThanOrEqual(70);
				}
				const tiles = matchTiles(pairs, seed).map((t) => t.text);
				expect(new Set(tiles).size).toBe(tiles.length);
			}
		}
	);

	test('asie-centrale-diplomatie fills a board of six', () => {
		expect(deck).toBeDefined();
		for (const seed of SEEDS) {
			expect(matchPairs(deck.facts, deck.deck.lang, seed)).toHaveLength(6);
		}
	});

	test('the same seed gives the same board', () => {
		const first = matchPairs(deck.facts, deck.deck.lang, 'jour-1');
		expect(matchPairs(deck.facts, deck.deck.lang, 'jour-1')).toEqual(first);
		expect(matchTiles(first, 'jour-1')).toEqual(matchTiles(first, 'jour-1'));
	});

	test('different seeds give different selections', () => {
		const selection = (seed: string) =>
			matchPairs(deck.facts, deck.deck.lang, seed)
				.map((p) => p.id)
				.sort()
				.join();
		expect(selection('jour-1')).not.toBe(selection('jour-2'));
		expect(new Set(SEEDS.map(selection)).size).toBeGreaterThan(SEEDS.length / 2);
	});

	test('only one of Washington and Maison-Blanche (both États-Unis) is on a board', () => {
		const american = deck.facts.filter((f) => f.kind === 'place' && f.country === 'États-Unis');
		expect(american.length).toBeGreaterThanOrEqual(2);
		const ids = new Set(american.map((f) => f.id));
		for (const seed of SEEDS) {
			const pairs = matchPairs(deck.facts, deck.deck.lang, seed);
			expect(pairs.filter((p) => ids.has(p.factId)).length, seed).toBeLessThanOrEqual(1);
		}
	});
});

describe('matchTiles', () => {
	const pairs = matchPairs(MANY, 'fr', 'tiles');

	test('has both sides of every pair exactly once', () => {
		const tiles = matchTiles(pairs, 'tiles');
		expect(tiles).toHaveLength(pairs.length * 2);
		for (const pair of pairs) {
			const own = tiles.filter((t) => t.pairId === pair.id);
			expect(own.map((t) => t.text).sort()).toEqual([pair.left, pair.right].sort());
		}
		const ids = new Set(pairs.map((p) => p.id));
		expect(tiles.every((t) => ids.has(t.pairId))).toBe(true);
		expect(new Set(tiles.map((t) => t.text)).size).toBe(tiles.length);
	});

	test('shuffled by the seed: reproducible, and another seed gives another order', () => {
		const first = matchTiles(pairs, 'a');
		expect(matchTiles(pairs, 'a')).toEqual(first);
		expect(matchTiles(pairs, 'b')).not.toEqual(first);
		const orders = new Set(SEEDS.map((seed) => JSON.stringify(matchTiles(pairs, seed))));
		expect(orders.size).toBeGreaterThan(SEEDS.length / 2);
	});

	test('no pairs, no tiles', () => {
		expect(matchTiles([], 'a')).toEqual([]);
	});
});

describe('bestTime', () => {
	test('the first time is the best', () => {
		expect(bestTime(undefined, 42_000)).toBe(42_000);
	});

	test('keeps the minimum', () => {
		expect(bestTime(30_000, 42_000)).toBe(30_000);
		expect(bestTime(42_000, 30_000)).toBe(30_000);
		expect(bestTime(30_000, 30_000)).toBe(30_000);
		expect(bestTime(0, 5)).toBe(0);
	});

	test('over a series of games', () => {
		let best: number | undefined;
		for (const time of [50, 40, 45, 38, 60]) {
			best = bestTime(best, time);
		}
		expect(best).toBe(38);
	});
});
