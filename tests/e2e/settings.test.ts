import { expect, test } from './fixtures';

test('settings are saved, survive a reload and apply the theme', async ({ page }) => {
	await page.goto('/settings');
	const retention = page.getByLabel(/Taux de rétention visé/);
	await expect(page.getByTestId('workload')).toContainText('révisions par jour');
	await retention.fill('0.85');
	await expect(page.getByText('Taux de rétention visé : 85 %')).toBeVisible();
	await page.getByLabel('Nouvelles cartes par jour').fill('7');
	await page.getByLabel('Thème').selectOption('dark');
	await page.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Réglages enregistrés.' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	await page.reload();
	await expect(page.getByText('Taux de rétention visé : 85 %')).toBeVisible();
	await expect(page.getByLabel('Nouvelles cartes par jour')).toHaveValue('7');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	// The new-card limit is what the home page counts.
	await page.goto('/');
	await expect(
		page.locator('[data-deck="asie-centrale-diplomatie"] [data-testid="new"]')
	).toHaveText('7');
});

test('bad learning steps are refused with a message', async ({ page }) => {
	await page.goto('/settings');
	await page.getByLabel('Étapes d’apprentissage').fill('1 minute');
	await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
	await expect(page.getByLabel('Étapes d’apprentissage')).toHaveAttribute('aria-invalid', 'true');
});
