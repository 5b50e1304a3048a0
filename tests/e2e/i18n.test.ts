import { expect, fixTime, test } from './fixtures';
import type { Card, CompiledDeck } from '../../src/lib/domain/cards';
import { DECK } from './study';

test('an English browser gets the interface in English; deck content keeps its French', async ({
	browser
}) => {
	const context = await browser.newContext({ locale: 'en-US' });
	await fixTime(context);
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Your decks' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(
		page.getByRole('navigation').getByRole('link', { name: 'Statistics' })
	).toBeVisible();
	// The deck's own text is French, marked as such for screen readers.
	const title = page.locator('[data-deck="asie-centrale-diplomatie"] h2');
	await expect(title).toHaveAttribute('lang', 'fr');
	// Following the browser is not a choice: nothing is stored until the learner makes one.
	expect(await page.evaluate(() => localStorage.getItem('PARAGLIDE_LOCALE'))).toBeNull();

	// Numbers follow the interface language too: the deck page counts in English.
	await page.goto('/deck?id=asie-centrale-diplomatie');
	await expect(page.getByTestId('deck-meta')).toContainText(/\d+ facts · \d+ cards/);

	// A file refused on the way in is explained in English too.
	await page.goto('/settings');
	await page.getByTestId('restore-file').setInputFiles('tests/fixtures/backup/truncated.txt');
	await expect(page.getByTestId('restore-error')).toHaveText(
		'This file is not a Révise backup: its content is not readable JSON. Nothing was changed.'
	);

	// So is a deck file with a mistake, down to the YAML syntax.
	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles({
		name: 'double.yaml',
		mimeType: 'application/yaml',
		buffer: Buffer.from('format: revise-deck\nversion: 1\ndeck:\n  id: x\n  id: y\nfacts: []\n')
	});
	await expect(page.getByTestId('import-errors')).toContainText(
		'double.yaml:5:3: the same key is written twice'
	);
	await context.close();
});

test('the language chosen in settings applies at once and is remembered', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await page.getByLabel('Langue').selectOption('en');
	await page.getByRole('button', { name: 'Enregistrer' }).click();
	// The app reloads in English.
	await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Your decks' })).toBeVisible();

	// Back to the device's language (French here).
	await page.goto('/settings');
	await page.getByLabel('Language').selectOption('system');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Vos decks' })).toBeVisible();
	await page.goto('/settings');
	await expect(page.getByLabel('Langue')).toHaveValue('system');
});

test('a true/false answer is echoed in the interface language, like its buttons', async ({
	browser
}) => {
	const context = await browser.newContext({ locale: 'en-US' });
	await fixTime(context);
	const page = await context.newPage();
	const deck = (await (await page.request.get(`/decks/${DECK}.json`)).json()) as CompiledDeck;
	const cards = new Map(deck.cards.map((card) => [card.id, card]));
	await page.goto(`/quiz?deck=${DECK}`);
	for (const kind of ['Multiple choice', 'Typed answer', 'Timeline']) {
		await page.getByLabel(kind, { exact: true }).uncheck();
	}
	await page.getByRole('button', { name: 'Start quiz' }).click();
	const id = (await page.getByTestId('card').getAttribute('data-card')) as string;
	const card = cards.get(id) as Card & { kind: 'truefalse' };
	expect(card.kind).toBe('truefalse');
	const wrong = card.truth ? 'False' : 'True';
	await page.getByTestId('card').getByRole('button', { name: wrong }).click();
	const echo = page.getByTestId('feedback').getByText(wrong, { exact: true });
	await expect(page.getByTestId('feedback')).toContainText(`Your answer: ${wrong}`);
	// The deck is French, but these words are the interface's.
	await expect(echo).not.toHaveAttribute('lang', 'fr');
	await context.close();
});
