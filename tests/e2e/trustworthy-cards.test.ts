// Cards a student can trust, seen from the editor: the strict check's warnings under the fact, in
// the form's words, and the proofreading sheet with every question, right and wrong answers.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function addFact(page: Page, kind: string, fields: Record<string, string>) {
	await page.getByLabel('Nouveau fait').selectOption({ label: kind });
	await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
	const form = page.getByTestId('fact-form').last();
	for (const [label, value] of Object.entries(fields)) {
		await form.getByLabel(label, { exact: true }).fill(value);
	}
	return form;
}

test('the editor warns in the form’s words and shows the proofreading sheet', async ({ page }) => {
	await page.goto('/edit');
	await page.getByLabel('Titre *').fill('Terres rares');
	const form = await addFact(page, 'Question', {
		'Question *': 'Quel pays domine l’extraction des terres rares ?',
		'Réponse *': 'la Chine.'
	});
	// The answer ends in a full stop: a warning under the fact, naming the field as the form does.
	const warnings = form.getByTestId('fact-warnings');
	await expect(warnings).toContainText('Réponse : « La Chine. »');
	await expect(warnings).not.toContainText('answer');
	await expect(page.getByTestId('deck-warnings')).toHaveText(/^\d+ avertissements? :/);
	// A warning does not block saving: the deck is valid.
	await expect(page.getByTestId('editor-status')).toHaveText('Prêt à enregistrer');

	await form.getByLabel('Réponse *', { exact: true }).fill('la Chine');
	await expect(form.getByTestId('fact-warnings')).toHaveCount(0);
	await expect(page.getByTestId('deck-warnings')).toHaveText('Aucune carte à revoir.');

	await page.getByTestId('show-sheet').click();
	const sheet = page.getByTestId('sheet-text');
	await expect(sheet).toContainText('# Feuille de relecture : Terres rares');
	await expect(sheet).toContainText(
		'Quel pays domine l’extraction des terres rares ?\n   - ✓ La Chine'
	);
});
