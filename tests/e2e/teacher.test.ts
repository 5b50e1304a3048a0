import { expect, fixTime, test } from './fixtures';
import type { Page } from '@playwright/test';
import { answerCard, deckCounts, storedReviews } from './study';

async function addFact(page: Page, kind: string, fields: Record<string, string>) {
	await page.getByLabel('Nouveau fait').selectOption({ label: kind });
	await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
	const form = page.getByTestId('fact-form').last();
	for (const [label, value] of Object.entries(fields)) {
		const field = form.getByLabel(label, { exact: true });
		if ((await field.evaluate((node) => node.tagName)) === 'SELECT') {
			await field.selectOption(value);
		} else {
			await field.fill(value);
		}
	}
}

/** A deck file whose YAML breaks on line 6 (a flow list never closed). */
const BROKEN_DECK = Buffer.from('format: revise-deck\nversion: 1\ndeck:\n  id: x\nfacts: [\n');

test('a teacher writes a deck and shares it; a student imports, studies, and keeps progress after a fix', async ({
	browser
}) => {
	const teacher = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await fixTime(teacher);
	const page = await teacher.newPage();
	await page.goto('/edit');
	await page.getByLabel('Titre *').fill('Capitales et dirigeants');
	// The editor checks as the deck tool does, in the interface language.
	await page.getByLabel('Identifiant *').fill('Capitales');
	await expect(
		page.getByText(
			'id : doit s’écrire en minuscules, chiffres et tirets simples (ex. « sommet-2025 »)'
		)
	).toBeVisible();
	await page.getByLabel('Identifiant *').fill('capitales');
	await addFact(page, 'Lieu', {
		'Nom du lieu *': 'Douchanbé',
		'Type de lieu *': 'Capitale',
		'Pays *': 'Tadjikistan'
	});
	await addFact(page, 'Personne', {
		'Nom *': 'Emomali Rahmon',
		'Rôle *': 'président du Tadjikistan',
		Pays: 'Tadjikistan'
	});
	await addFact(page, 'Question', {
		'Question *': 'Quel métal le Tadjikistan exporte-t-il surtout vers les États-Unis ?',
		'Réponse *': 'antimoinne'
	});
	// Every fact previews its cards as the student will see them.
	await expect(
		page.getByTestId('fact-preview').nth(0).getByTestId('card-preview').first()
	).toBeVisible();
	await expect(page.getByTestId('editor-status')).toHaveText('Prêt à enregistrer');
	await page.getByTestId('save-deck').click();
	await expect(page).toHaveURL(/\/deck\?id=capitales/);
	// The link and its QR code are made when the share section scrolls near.
	await page.getByTestId('deck-share').scrollIntoViewIfNeeded();
	const firstLink = await page.getByTestId('share-link').inputValue();
	expect(firstLink).toMatch(/\/import#deck=/);
	await expect(page.getByRole('img', { name: 'QR code du lien de partage' })).toBeVisible();

	const student = await browser.newContext({ viewport: { width: 360, height: 740 } });
	await fixTime(student);
	const phone = await student.newPage();
	await phone.goto(firstLink);
	await expect(phone.getByTestId('import-summary')).toContainText('3 faits');
	await phone.getByTestId('confirm-import').click();
	await expect(phone).toHaveURL(/\/deck\?id=capitales/);
	await phone.goto('/study?deck=capitales');
	for (let i = 0; i < 3; i++) {
		await answerCard(phone);
	}
	await phone.goto('/');
	expect(await deckCounts(phone, 'capitales')).toEqual({ due: 0, fresh: 0, learning: 3 });

	// The teacher fixes a typo and shares again.
	await page.goto('/edit?deck=capitales');
	await page.getByLabel('Réponse *').fill('antimoine');
	await page.getByTestId('save-deck').click();
	await expect(page).toHaveURL(/\/deck\?id=capitales/);
	await page.getByTestId('deck-share').scrollIntoViewIfNeeded();
	const secondLink = await page.getByTestId('share-link').inputValue();
	expect(secondLink).not.toBe(firstLink);

	await phone.goto(secondLink);
	await expect(phone.getByTestId('confirm-import')).toHaveText('Mettre à jour le deck');
	await phone.getByTestId('confirm-import').click();
	await expect(phone).toHaveURL(/\/deck\?id=capitales/);
	// A fact's cards are drawn when it is opened.
	for (const summary of await phone.locator('summary').all()) {
		await summary.click();
	}
	await expect(phone.getByText('Antimoine', { exact: true }).first()).toBeVisible();
	await phone.goto('/');
	// Same card ids: the progress is still there, nothing became new again.
	expect(await deckCounts(phone, 'capitales')).toEqual({ due: 0, fresh: 0, learning: 3 });
	expect(await storedReviews(phone)).toHaveLength(3);
	await teacher.close();
	await student.close();
});

test('a deck full of XSS payloads is imported, previewed, studied and quizzed with no script running', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, '__xss', {
			set(value) {
				(window as unknown as { __xssHit: unknown }).__xssHit = value;
			}
		});
	});
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles('tests/fixtures/xss/xss-deck.yaml');
	await expect(page.getByTestId('import-preview')).toContainText('<script>');
	await page.getByTestId('confirm-import').click();
	await expect(page).toHaveURL(/deck-piege/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>');
	for (const summary of await page.locator('summary').all()) {
		await summary.click();
	}
	await page.goto('/study?deck=deck-piege');
	await answerCard(page);
	await page.goto('/quiz?deck=deck-piege');
	await page.getByRole('button', { name: 'Commencer le quiz' }).click();
	await expect(page.getByTestId('card')).toBeVisible();
	await page.goto('/match?deck=deck-piege');
	await page.goto('/');
	expect(dialogs).toEqual([]);
	expect(
		await page.evaluate(() => (window as unknown as { __xssHit?: unknown }).__xssHit)
	).toBeUndefined();
	await expect(page.locator('body')).toBeVisible();
});

test('a malformed deck file gets a message that says what and where, and changes nothing', async ({
	page
}) => {
	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles({
		name: 'cassé.yaml',
		mimeType: 'application/yaml',
		buffer: BROKEN_DECK
	});
	await expect(page.getByTestId('import-errors')).toContainText(
		'cassé.yaml:6:1: indentation incorrecte'
	);
	await expect(page.getByTestId('import-errors')).toContainText('Rien n’a été modifié.');
	await page.goto('/');
	await expect(page.getByTestId('deck-tile')).toHaveCount(2);
});

test('a file chosen before the page’s script has loaded is still read', async ({ page }) => {
	// The prerendered page shows its file input at once; a slow network holds the script back.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/import', { waitUntil: 'commit' });
	await page.getByTestId('import-file').setInputFiles({
		name: 'tôt.yaml',
		mimeType: 'application/yaml',
		buffer: BROKEN_DECK
	});
	release();
	await expect(page.getByTestId('import-errors')).toContainText('tôt.yaml:6:1');
});
