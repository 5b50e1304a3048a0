import { expect, test } from './fixtures';
import { goOffline, waitForServiceWorker } from './helpers';
import { answerCard, damageEvery, DECK, deckCounts, storedReviews } from './study';

test('ten cards of mixed kinds are studied, and a reload finds the progress', async ({ page }) => {
	await page.goto(`/study?deck=${DECK}`);
	const studied: { kind: string; id: string }[] = [];
	for (let i = 0; i < 10; i++) {
		studied.push(await answerCard(page, i % 3 !== 2));
	}
	const kinds = new Set(studied.map((card) => card.kind));
	for (const kind of ['flashcard', 'choice', 'typed', 'truefalse', 'order']) {
		expect(kinds, `a ${kind} card among ${[...kinds].join(', ')}`).toContain(kind);
	}
	// Never two cards of one fact on the same day.
	const facts = studied.map((card) => card.id.split('/')[1]);
	expect(new Set(facts).size).toBe(10);

	const reviews = await storedReviews(page);
	expect(reviews).toHaveLength(10);
	expect(reviews.every((review) => review.mode === 'study')).toBe(true);

	await page.goto('/');
	// 20 new cards a day: 10 introduced, 10 left; the 10 studied are in their learning steps.
	expect(await deckCounts(page)).toEqual({ due: 0, fresh: 10, learning: 10 });

	await page.goto(`/study?deck=${DECK}`);
	const next = page.getByTestId('card');
	await expect(next).toBeVisible();
	const nextFact = (await next.getAttribute('data-card'))?.split('/')[1];
	expect(facts).not.toContain(nextFact);
	await expect(page.getByTestId('session-progress')).toContainText('10 nouvelles');
});

test('offline, study goes on and its progress survives a reload', async ({ page, context }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await goOffline(context);
	await page.goto(`/study?deck=${DECK}`);
	await answerCard(page);
	await answerCard(page);
	await page.reload();
	await expect(page.getByTestId('card')).toBeVisible();
	await page.goto('/');
	expect(await deckCounts(page)).toEqual({ due: 0, fresh: 18, learning: 2 });
	expect(await storedReviews(page)).toHaveLength(2);
});

test('a grade is kept when the page is closed right after it', async ({ context }) => {
	const page = await context.newPage();
	await page.goto(`/study?deck=${DECK}`);
	const { id } = await answerCard(page);
	await page.close();

	const reopened = await context.newPage();
	await reopened.goto('/');
	expect(await deckCounts(reopened)).toEqual({ due: 0, fresh: 19, learning: 1 });
	expect((await storedReviews(reopened)).map((review) => review.cardId)).toEqual([id]);
});

test('two tabs grading the same deck both land in the log', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await first.goto(`/study?deck=${DECK}`);
	await second.goto(`/study?deck=${DECK}`);
	const a = await answerCard(first);
	const b = await answerCard(second);
	const c = await answerCard(first);
	const reviews = await storedReviews(second);
	expect(reviews.map((review) => review.cardId).sort()).toEqual([a.id, b.id, c.id].sort());
});

test('undo takes back the last answer, with Ctrl+Z', async ({ page }) => {
	await page.goto(`/study?deck=${DECK}`);
	const { id } = await answerCard(page);
	expect(await storedReviews(page)).toHaveLength(1);
	await page.keyboard.press('Control+z');
	await expect(page.locator(`[data-testid="card"][data-card="${id}"]`)).toBeVisible();
	await expect.poll(async () => (await storedReviews(page)).length).toBe(0);
});

test('a flashcard is studied with the keyboard alone', async ({ page }) => {
	await page.goto(`/study?deck=${DECK}`);
	const card = page.getByTestId('card');
	await expect(card).toHaveAttribute('data-kind', 'flashcard');
	const id = await card.getAttribute('data-card');
	await page.keyboard.press('Space');
	await expect(page.getByTestId('flashcard-answer')).toBeVisible();
	await expect(page.getByTestId('grade-3')).toContainText('10 min');
	await page.keyboard.press('3');
	await expect(page.locator(`[data-testid="card"][data-card="${id}"]`)).toHaveCount(0);
	expect((await storedReviews(page))[0]?.rating).toBe(3);
});

test('damaged saved states are set aside, the learner is told, and the answers stay', async ({
	page
}) => {
	await page.goto(`/study?deck=${DECK}`);
	await answerCard(page);
	await answerCard(page);
	// Every saved card state damaged.
	await damageEvery(page, 'states');
	await page.goto('/');
	await expect(page.getByRole('alert').getByRole('paragraph')).toHaveText(
		'Une partie des données enregistrées sur cet appareil est illisible. Elle a été mise de côté sans rien effacer ; en attendant, les cartes concernées peuvent apparaître comme nouvelles.'
	);
	// The two cards' learning states are unreadable, so they are out of learning; both answers
	// are still in the log, and still count against today's 20 new cards.
	expect(await deckCounts(page)).toEqual({ due: 0, fresh: 18, learning: 0 });
	expect(await storedReviews(page)).toHaveLength(2);

	// The log is whole, so the states can be recomputed from it: both cards are learning again.
	await page.getByRole('button', { name: 'Recalculer depuis vos réponses' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'recalculées' })).toHaveText(
		'Les échéances de 2 cartes ont été recalculées depuis vos réponses.'
	);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(
		page.locator(`[data-testid="deck-tile"][data-deck="${DECK}"] [data-testid="learning"]`)
	).toHaveText('2');
	expect(await deckCounts(page)).toEqual({ due: 0, fresh: 18, learning: 2 });
	expect(await storedReviews(page)).toHaveLength(2);
});

test('damaged answers in the log are not replayed over: the repair is refused, nothing changed', async ({
	page
}) => {
	await page.goto(`/study?deck=${DECK}`);
	await answerCard(page);
	// Today's answers in the log damaged.
	await damageEvery(page, 'log');
	await page.goto('/');
	await page.getByRole('button', { name: 'Recalculer depuis vos réponses' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Le recalcul n’a pas eu lieu : une partie de l’historique des réponses est illisible, et un recalcul la laisserait de côté. Rien n’a été modifié.'
	);
	await expect(page.getByRole('button', { name: 'Recalculer depuis vos réponses' })).toHaveCount(0);
	// The card's state was left as it was: it is still learning.
	expect((await deckCounts(page)).learning).toBe(1);
});
