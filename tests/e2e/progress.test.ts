import { expect, fixTime, test } from './fixtures';
import { answerCard, DECK, deckCounts, storedReviews } from './study';

test('after studying, the statistics show today in the heatmap and the forecast', async ({
	page
}) => {
	await page.goto(`/study?deck=${DECK}`);
	for (let i = 0; i < 3; i++) {
		await answerCard(page, i !== 1);
	}
	await page.goto('/stats');
	await expect(page.getByTestId('today-stats')).toContainText(/Révisions\s*3\b/);
	await expect(page.getByTestId('streak')).toHaveText('1 j');
	const today = page.locator('[data-testid="heatmap"] rect.today');
	await expect(today).toHaveAttribute('data-count', '3');
	await expect(page.getByTestId('forecast').locator('rect')).toHaveCount(30);
	await expect(page.getByTestId('states')).toContainText('En apprentissage');
});

test('backup, wipe, restore gives the same due counts; a corrupt file changes nothing', async ({
	page,
	context
}) => {
	await page.goto(`/study?deck=${DECK}`);
	for (let i = 0; i < 4; i++) {
		await answerCard(page);
	}
	await page.goto('/');
	const before = await deckCounts(page);

	await page.goto('/settings');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('make-backup').click()
	]);
	const file = await download.path();

	// Clear the site's data, as a new phone or a cleared browser would.
	await page.evaluate(async () => {
		indexedDB.deleteDatabase('revise');
		await new Promise((resolve) => setTimeout(resolve, 200));
	});
	await context.clearCookies();
	await page.goto('/');
	expect(await deckCounts(page)).toEqual({ due: 0, fresh: 20, learning: 0 });

	await page.goto('/settings');
	await page.getByTestId('restore-file').setInputFiles({
		name: 'abimee.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"revise-backup","schemaVersion":2,"reviews":[{"cardId":1}]')
	});
	await expect(page.getByTestId('restore-error')).toContainText('Rien n’a été modifié.');

	await page.getByTestId('restore-file').setInputFiles(file);
	await expect(page.getByTestId('restore-preview')).toContainText(
		'4 révisions, 1 deck ; 4 révisions sont nouvelles ici.'
	);
	await page.getByTestId('confirm-restore').click();
	await expect(page.getByTestId('restore-done')).toHaveText('Sauvegarde restaurée.');
	await page.goto('/');
	expect(await deckCounts(page)).toEqual(before);
	expect(await storedReviews(page)).toHaveLength(4);
});

test('two devices study different cards; merging one backup into the other sums them', async ({
	browser
}) => {
	const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
	await fixTime(phone);
	const laptop = await browser.newContext({ viewport: { width: 360, height: 740 } });
	await fixTime(laptop);
	const onPhone = await phone.newPage();
	const onLaptop = await laptop.newPage();

	await onPhone.goto(`/study?deck=${DECK}`);
	for (let i = 0; i < 2; i++) {
		await answerCard(onPhone);
	}
	await onLaptop.goto(`/study?deck=c5-mineraux-critiques`);
	for (let i = 0; i < 3; i++) {
		await answerCard(onLaptop);
	}

	await onLaptop.goto('/settings');
	const [download] = await Promise.all([
		onLaptop.waitForEvent('download'),
		onLaptop.getByTestId('make-backup').click()
	]);

	await onPhone.goto('/settings');
	await onPhone.getByTestId('restore-file').setInputFiles(await download.path());
	await expect(onPhone.getByTestId('restore-preview')).toContainText(
		'3 révisions sont nouvelles ici'
	);
	await onPhone.getByTestId('confirm-restore').click();
	await expect(onPhone.getByTestId('restore-done')).toHaveText('Sauvegarde fusionnée.');
	await onPhone.goto('/');
	expect(await deckCounts(onPhone)).toEqual({ due: 0, fresh: 18, learning: 2 });
	expect(await deckCounts(onPhone, 'c5-mineraux-critiques')).toEqual({
		due: 0,
		fresh: 17,
		learning: 3
	});
	expect(await storedReviews(onPhone)).toHaveLength(5);

	// Merging the same file again changes nothing.
	await onPhone.goto('/settings');
	await onPhone.getByTestId('restore-file').setInputFiles(await download.path());
	await expect(onPhone.getByTestId('restore-preview')).toContainText(
		'; aucune n’est nouvelle ici.'
	);
	await phone.close();
	await laptop.close();
});
