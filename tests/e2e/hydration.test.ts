// Taps before hydration: a prerendered page shows its buttons before its scripts have run; on a
// slow phone a student taps them then. Each such tap must work once the scripts arrive (or the
// button must say it is not ready). The scripts are held back, the page is tapped, then released.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { routes } from './helpers';

// A first visit, before any service worker (it would serve the scripts past the held route).
test.use({ serviceWorkers: 'block' });

/** Holds every JavaScript file of the app until `release()`; styles and HTML pass. */
async function holdScripts(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/** Records, in the page, the buttons that a click reached once the app handles clicks. */
async function recordClicks(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const reached: string[] = [];
		Object.assign(window, { reachedClicks: reached });
		document.addEventListener('click', (event) => {
			const button = (event.target as Element | null)?.closest('button');
			if (button) {
				reached.push(button.textContent?.trim() ?? '');
			}
		});
	});
}

test('a download tapped on a deck’s page before its scripts have run still downloads', async ({
	page
}) => {
	const release = await holdScripts(page);
	await page.goto('/deck/c5-mineraux-critiques', { waitUntil: 'commit' });
	const download = page.getByRole('button', { name: 'Télécharger (.yaml)' });
	await download.tap();
	// The tap is kept, and the button shows it.
	await expect(download).toHaveAttribute('data-tap-held', '');
	const downloaded = page.waitForEvent('download');
	release();
	expect((await downloaded).suggestedFilename()).toMatch(/c5-mineraux-critiques.*\.yaml$/);
	await expect(download).not.toHaveAttribute('data-tap-held');
});

test('on every page, a button tapped before the scripts have run is acted on once they have', async ({
	page
}) => {
	await recordClicks(page);
	const tapped: string[] = [];
	for (const route of routes) {
		const release = await holdScripts(page);
		await page.goto(route, { waitUntil: 'commit' });
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const buttons = page.locator('main button:visible');
		if ((await buttons.count()) > 0) {
			const button = buttons.first();
			const label = (await button.textContent())?.trim() ?? '';
			await button.tap();
			await expect(button, `${route}: the held tap is shown`).toHaveAttribute('data-tap-held', '');
			expect(
				await page.evaluate(() => (window as never as { reachedClicks: string[] }).reachedClicks)
			).toEqual([]);
			release();
			await expect
				.poll(
					() => page.evaluate(() => (window as never as { reachedClicks: string[] }).reachedClicks),
					{
						message: `${route}: « ${label} » tapped early reaches the app`
					}
				)
				.toEqual([label]);
			tapped.push(route);
		} else {
			release();
		}
		await page.unrouteAll({ behavior: 'wait' });
		await expect(page.locator('html')).not.toHaveAttribute('data-hydrating');
	}
	// The deck pages at least show buttons before their scripts: the check above ran on them.
	expect(tapped).toEqual(expect.arrayContaining(['/deck/c5-mineraux-critiques']));
});
