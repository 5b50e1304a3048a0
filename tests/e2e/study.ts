// Steps of a study session as a learner takes them, for the browser tests.
import { expect, type Page } from '@playwright/test';

export const DECK = 'asie-centrale-diplomatie';

/** Answers the card on screen (rightly when `right`), grades it, and waits for the next one. */
export async function answerCard(page: Page, right = true): Promise<{ kind: string; id: string }> {
	const card = page.getByTestId('card');
	await expect(card).toBeVisible();
	const kind = (await card.getAttribute('data-kind')) ?? '';
	const id = (await card.getAttribute('data-card')) ?? '';
	switch (kind) {
		case 'flashcard':
			await page.getByTestId('reveal').click();
			break;
		case 'choice':
		case 'odd-one-out':
			await card.getByRole('button').first().click();
			break;
		case 'typed':
			await card.getByRole('textbox').fill(right ? 'réponse' : 'xyz');
			await card.getByRole('button', { name: 'Valider' }).click();
			break;
		case 'truefalse':
			await card.getByRole('button', { name: 'Vrai' }).click();
			break;
		case 'order':
			await card.getByRole('button', { name: 'Valider l’ordre' }).click();
			break;
		default:
			throw new Error(`unknown card kind ${kind}`);
	}
	await expect(page.getByTestId('feedback')).toBeVisible();
	await page.getByTestId(right ? 'grade-3' : 'grade-1').click();
	// The next card (or the summary) appears only once the grade is written.
	await expect(page.locator(`[data-testid="card"][data-card="${id}"]`)).toHaveCount(0);
	return { kind, id };
}

/**
 * Every review in the browser's log, read straight from IndexedDB: the log keeps a chunk of
 * columns per day (src/lib/storage/review-log.ts); card ids are joined by U+001F.
 */
export function storedReviews(
	page: Page
): Promise<{ cardId: string; rating: number; mode: string }[]> {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('revise');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const range = IDBKeyRange.bound(-Infinity, Infinity);
					const request = open.result.transaction('log').objectStore('log').getAll(range);
					request.onsuccess = () => {
						open.result.close();
						const chunks = request.result as {
							cardIds: string;
							rating: Uint8Array;
							flags: Uint8Array;
						}[];
						resolve(
							chunks.flatMap((chunk) =>
								chunk.cardIds.split('\u001f').map((cardId, i) => ({
									cardId,
									rating: chunk.rating[i] as number,
									// Flag 1 marks a quiz answer.
									mode: (chunk.flags[i] as number) & 1 ? 'quiz' : 'study'
								}))
							)
						);
					};
					request.onerror = () => reject(request.error);
				};
			})
	);
}

export async function deckCounts(page: Page, deck = DECK) {
	const tile = page.locator(`[data-testid="deck-tile"][data-deck="${deck}"]`);
	await expect(tile.getByTestId('new')).not.toHaveText('–');
	return {
		due: Number(await tile.getByTestId('due').textContent()),
		fresh: Number(await tile.getByTestId('new').textContent()),
		learning: Number(await tile.getByTestId('learning').textContent())
	};
}

/** Damages every record of one of the app's stores, as a faulty disk or another program could. */
export function damageEvery(page: Page, store: 'states' | 'log'): Promise<void> {
	return page.evaluate(
		(name) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('revise');
				open.onsuccess = () => {
					const tx = open.result.transaction(name, 'readwrite');
					const records = tx.objectStore(name);
					const keys = records.getAllKeys();
					keys.onsuccess = () => keys.result.forEach((key) => records.put({ ids: 42 }, key));
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		store
	);
}
