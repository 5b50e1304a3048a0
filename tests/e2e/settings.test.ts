import { expect, test } from './fixtures';
import { answerCard, DECK, deckCounts, storedReviews } from './study';

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

test('new settings apply to the cards already studied when asked, from the answers given', async ({
	page
}) => {
	await page.goto(`/study?deck=${DECK}`);
	for (let i = 0; i < 3; i++) {
		await answerCard(page);
	}
	await page.goto('/');
	// Good on a new card, with steps of 1 and 10 minutes: it is back in 10 minutes.
	expect(await deckCounts(page)).toEqual({ due: 0, fresh: 17, learning: 3 });

	// A new retention, not applied to the cards studied: they keep their due dates.
	await page.goto('/settings');
	const reschedule = page.getByLabel('Recalculer aussi les échéances des cartes déjà étudiées');
	await expect(reschedule).toHaveCount(0);
	await page.getByLabel(/Taux de rétention visé/).fill('0.8');
	await expect(reschedule).toBeChecked();
	await reschedule.uncheck();
	await page.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Réglages enregistrés.' })).toBeVisible();
	await expect(reschedule).toHaveCount(0);
	await page.goto('/');
	expect(await deckCounts(page)).toEqual({ due: 0, fresh: 17, learning: 3 });

	// One learning step, applied: Good on a new card now graduates it, so none is learning.
	await page.goto('/settings');
	await page.getByLabel('Étapes d’apprentissage').fill('1m');
	await expect(reschedule).toBeChecked();
	await page.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(
		page.getByRole('status').filter({
			hasText: 'Réglages enregistrés ; échéances recalculées pour 3 cartes.'
		})
	).toBeVisible();
	await page.goto('/');
	expect(await deckCounts(page)).toEqual({ due: 0, fresh: 17, learning: 0 });
	// The log is the source: the three answers are all still there.
	expect(await storedReviews(page)).toHaveLength(3);
});
