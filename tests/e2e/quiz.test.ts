import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import type { Card, CompiledDeck } from '../../src/lib/domain/cards';
import { goOffline, waitForServiceWorker } from './helpers';
import { answerCard, DECK, storedReviews } from './study';

async function loadDeck(page: Page): Promise<Map<string, Card>> {
	const deck = (await (await page.request.get(`/decks/${DECK}.json`)).json()) as CompiledDeck;
	return new Map(deck.cards.map((card) => [card.id, card]));
}

/** Answers the quiz question on screen, rightly or not; order cards are always answered as shown (never right). */
async function answerQuestion(page: Page, card: Card, right: boolean): Promise<boolean> {
	const question = page.getByTestId('card');
	if (card.kind === 'choice' || card.kind === 'odd-one-out') {
		const index = right ? card.correct : (card.correct + 1) % card.choices.length;
		await question.getByRole('button').nth(index).click();
		return right;
	}
	if (card.kind === 'typed') {
		await question.getByRole('textbox').fill(right ? card.answer : 'zzzz');
		await question.getByRole('button', { name: 'Valider' }).click();
		return right;
	}
	if (card.kind === 'truefalse') {
		await question.getByRole('button', { name: card.truth === right ? 'Vrai' : 'Faux' }).click();
		return right;
	}
	await question.getByRole('button', { name: 'Valider l’ordre' }).click();
	return false;
}

test('a 10-question quiz on dates gives the exact score, corrections and sources', async ({
	page
}) => {
	const cards = await loadDeck(page);
	await page.goto(`/quiz?deck=${DECK}`);
	await page.getByLabel('dates').check();
	await page.getByRole('button', { name: 'Commencer le quiz' }).click();

	let right = 0;
	const missed: string[] = [];
	for (let i = 0; i < 10; i++) {
		await expect(page.getByTestId('quiz-progress')).toHaveText(`Question ${i + 1} / 10`);
		const id = (await page.getByTestId('card').getAttribute('data-card')) as string;
		const card = cards.get(id) as Card;
		expect(card.tags).toContain('dates');
		if (await answerQuestion(page, card, i % 3 !== 1)) {
			right += 1;
		} else {
			missed.push(id);
		}
		await expect(page.getByTestId('source')).toContainText('Source :');
		await page.getByTestId('quiz-next').click();
	}

	expect(right).toBeGreaterThan(0);
	expect(missed.length).toBeGreaterThan(0);
	await expect(page.getByTestId('quiz-score')).toHaveText(`${right} / 10 (${right * 10} %)`);
	await expect(page.getByTestId('correction')).toHaveCount(10);
	for (const correction of await page.getByTestId('correction').all()) {
		await expect(correction).toContainText('Source : Les pays d');
	}
	await expect(page.getByTestId('quiz-topics')).toContainText(`dates : ${right}/10`);
	const reviews = await storedReviews(page);
	expect(reviews.filter((review) => review.mode === 'quiz')).toHaveLength(10);

	// "Study missed cards" starts a session with exactly those cards.
	await page.getByRole('link', { name: 'Étudier les cartes manquées' }).click();
	await expect(page.getByTestId('card')).toBeVisible();
	const studied = new Set<string>();
	while (
		await page
			.getByTestId('card')
			.isVisible()
			.catch(() => false)
	) {
		studied.add((await answerCard(page)).id);
		if (studied.size > missed.length) {
			break;
		}
	}
	expect([...studied].sort()).toEqual([...missed].sort());
});

test('offline, a quiz in progress survives a reload', async ({ page, context }) => {
	const cards = await loadDeck(page);
	await page.goto('/');
	await waitForServiceWorker(page);
	await goOffline(context);
	await page.goto(`/quiz?deck=${DECK}`);
	await page.getByRole('button', { name: 'Commencer le quiz' }).click();
	const first = (await page.getByTestId('card').getAttribute('data-card')) as string;
	await answerQuestion(page, cards.get(first) as Card, true);
	await page.getByTestId('quiz-next').click();
	const second = await page.getByTestId('card').getAttribute('data-card');
	await page.reload();
	await expect(page.getByTestId('quiz-progress')).toHaveText('Question 2 / 10');
	await expect(page.getByTestId('card')).toHaveAttribute('data-card', second as string);
});

test('a match game is completed, its time saved, offline', async ({ page, context }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await goOffline(context);
	await page.goto(`/match?deck=${DECK}`);
	const tiles = page.getByTestId('match-tile');
	await expect(tiles).toHaveCount(12);
	const pairs = await tiles.evaluateAll((nodes) =>
		nodes.map((node) => node.getAttribute('data-pair'))
	);
	const texts = await tiles.allTextContents();
	expect(new Set(texts.map((text) => text.trim().toLowerCase())).size).toBe(12);

	// A wrong try is flagged and removes nothing.
	const other = pairs.findIndex((pair) => pair !== pairs[0]);
	await tiles.nth(0).click();
	await tiles.nth(other).click();
	await expect(tiles.nth(0)).toHaveClass(/wrong/);
	await expect(tiles).toHaveCount(12);

	for (const pair of new Set(pairs)) {
		const both = page.locator(`[data-testid="match-tile"][data-pair="${pair}"]`);
		await both.first().click();
		await both.last().click();
		await expect(both).toHaveCount(0);
	}
	await expect(page.getByTestId('match-done')).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('match-best')).toHaveText(/^\d+,\d s$/);
});
