import { describe, expect, test } from 'vitest';
import type { CompiledDeck } from '../../src/lib/domain/cards';
import { compareReviews } from '../../src/lib/domain/reviews';
import { replayReviews } from '../../src/lib/domain/replay';
import { createScheduler, REVIEW } from '../../src/lib/domain/scheduler';
import { cardHistory, syntheticDeck, syntheticDeckId } from '../../bench/scale/collection';
import { median, medianOf } from '../../bench/scale/stats';
import { pageAssets, scriptImports } from '../../bench/size';

const template: CompiledDeck = {
	format: 1,
	deck: {
		id: 'tpl',
		title: 'Template',
		lang: 'fr',
		sources: []
	} as unknown as CompiledDeck['deck'],
	facts: [{ id: 'a' }, { id: 'b' }] as unknown as CompiledDeck['facts'],
	cards: ['a/x', 'a/y', 'b/x'].map((id) => {
		const [factId, template] = id.split('/') as [string, string];
		return {
			kind: 'choice',
			choices: ['1', '2'],
			correct: 0,
			id: `tpl/${id}`,
			deckId: 'tpl',
			factId,
			template,
			tags: [],
			source: 's',
			prompt: `Question ${id}`,
			answer: '1',
			explanation: 'Because.'
		};
	})
};

describe('the scale benchmark’s synthetic collection', () => {
	test('copies the template’s facts into a deck of exactly N flashcards with their own ids', () => {
		const deck = syntheticDeck(template, 7);
		expect(deck.deck.id).toBe('bench-7');
		expect(syntheticDeckId(100_000)).toBe('bench-100k');
		expect(deck.cards).toHaveLength(7);
		expect(new Set(deck.cards.map((c) => c.id)).size).toBe(7);
		expect(deck.cards.every((c) => c.kind === 'flashcard' && c.deckId === 'bench-7')).toBe(true);
		expect(deck.cards.slice(0, 4).map((c) => c.id)).toEqual([
			'bench-7/a-0/x',
			'bench-7/a-0/y',
			'bench-7/b-0/x',
			'bench-7/a-1/x'
		]);
		expect(deck.facts.map((f) => f.id)).toEqual(['a-0', 'b-0', 'a-1', 'b-1', 'a-2']);
	});

	test('gives each card a history that replays to its state, ends in review, before the end', () => {
		const scheduler = createScheduler();
		const end = Date.UTC(2025, 10, 21, 10);
		for (const card of syntheticDeck(template, 30).cards) {
			const history = cardHistory(card, scheduler, end, 10, 'seed');
			expect(cardHistory(card, scheduler, end, 10, 'seed')).toEqual(history);
			expect(history.reviews).toHaveLength(10);
			expect(history.reviews.every((r) => r.time < end)).toBe(true);
			expect([...history.reviews].sort(compareReviews)).toEqual(history.reviews);
			expect(history.state?.state).toBe(REVIEW);
			expect(replayReviews(history.reviews, scheduler).get(card.id)).toEqual(history.state);
		}
	});
});

describe('the size measurement', () => {
	test('finds what a page’s HTML preloads, imports and links', () => {
		const html = `<link href="./_app/a.js" rel="modulepreload"><link rel="stylesheet" href="/_app/s.css">
			<link rel="icon" href="./icon.svg"><script type="module" src="./_app/m.js"></script>
			<script>Promise.all([import("./_app/entry/start.js"), import("./_app/entry/app.js")])</script>`;
		expect(pageAssets(html)).toEqual({
			js: ['_app/a.js', '_app/m.js', '_app/entry/start.js', '_app/entry/app.js'],
			css: ['_app/s.css']
		});
	});

	test('follows a built script’s static imports and notes its dynamic ones', () => {
		const code =
			'import"../chunks/a.js";import{B as e}from"../chunks/b.js";const f=()=>import(`./c.js`);';
		expect(scriptImports(code, '_app/immutable/nodes/2.js')).toEqual({
			static: ['_app/immutable/chunks/a.js', '_app/immutable/chunks/b.js'],
			lazy: ['_app/immutable/nodes/c.js']
		});
	});

	test('medians', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(
			medianOf([
				{ a: 1, b: 9 },
				{ a: 5, b: 7 },
				{ a: 3, b: 8 }
			])
		).toEqual({ a: 3, b: 8 });
	});
});
