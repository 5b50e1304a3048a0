import { expect, test } from './fixtures';
import { deploy } from './deployment';
import { goOffline, routes, waitForServiceWorker } from './helpers';

test('the app loads at 360×740 with its header and home page', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Révise' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByTestId('connectivity')).toHaveText('En ligne');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
});

test('the service worker installs and controls the page on the first visit', async ({ page }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	const scriptURL = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
	expect(scriptURL).toMatch(/\/sw\.js$/);
});

test('with the network cut, a reload and every route still render', async ({ page, context }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await goOffline(context);
	await page.reload();
	await expect(page.getByRole('link', { name: 'Révise' })).toBeVisible();
	await expect(page.getByTestId('connectivity')).toHaveText('Hors ligne');
	for (const route of routes) {
		const response = await page.goto(route);
		expect(response?.ok(), `${route} offline`).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	// A built-in deck's own page is reached from its tile, offline too.
	await page.goto('/');
	const tile = page.locator('[data-deck="c5-mineraux-critiques"]');
	await tile.getByRole('link', { name: 'Voir les cartes' }).click();
	await expect(page).toHaveURL(/\/deck\/c5-mineraux-critiques$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('minéraux');
	await expect(page.getByTestId('fact').first()).toBeVisible();
});

test('the badge says « Hors ligne » when every request fails though the browser says online, and « En ligne » once one succeeds', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await expect(page.getByTestId('connectivity')).toHaveText('En ligne');
	// A captive portal or a Wi-Fi with no uplink: requests fail, no browser event says so.
	await context.route('**/*', (route) => route.abort('connectionrefused'));
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await page.evaluate(() => navigator.onLine)).toBe(true);
	await expect(page.getByTestId('connectivity')).toHaveText('Hors ligne');
	await context.unrouteAll();
	await expect(page.getByTestId('connectivity')).toHaveText('En ligne', { timeout: 15_000 });
});

test('a captive portal that answers every request with its own page counts as offline', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await context.route('**/*', (route) =>
		route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Portail Wi-Fi</h1>' })
	);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByTestId('connectivity')).toHaveText('Hors ligne');
});

test('with the server stopped the app still renders and says « Hors ligne », then « En ligne » when it is back', async ({
	page
}) => {
	const deployment = await deploy('build');
	try {
		await page.goto(deployment.url);
		await waitForServiceWorker(page);
		await expect(page.getByTestId('connectivity')).toHaveText('En ligne');
		await deployment.stop();
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByTestId('connectivity')).toHaveText('Hors ligne');
		// Pages reached from inside the app while the server is down say so too.
		await page.goto(`${deployment.url}stats`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByTestId('connectivity')).toHaveText('Hors ligne');
		await deployment.resume();
		await expect(page.getByTestId('connectivity')).toHaveText('En ligne', { timeout: 15_000 });
	} finally {
		await deployment.close();
	}
});

test('the web manifest parses, says standalone, and every icon loads', async ({
	page,
	request
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const response = await request.get(href!);
	expect(response.ok()).toBe(true);
	const manifest = (await response.json()) as {
		name: string;
		lang: string;
		display: string;
		start_url: string;
		icons: { src: string; sizes: string; purpose?: string }[];
	};
	expect(manifest.name).toBe('Révise');
	expect(manifest.lang).toBe('fr');
	expect(manifest.display).toBe('standalone');
	expect(manifest.start_url).toBe('/');
	expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
		expect.arrayContaining(['192x192', '512x512'])
	);
	expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
	for (const icon of manifest.icons) {
		const image = await request.get(icon.src);
		expect(image.ok(), icon.src).toBe(true);
		expect(image.headers()['content-type']).toBe('image/png');
	}
});

test('a new version waiting is offered, and accepting reloads into it', async ({ page }) => {
	// A deployment of our own: the built app copied to a folder that a server reads afresh on
	// each request, so the test can publish a new version while the page is open.
	const deployment = await deploy('build');
	try {
		await page.goto(deployment.url);
		await waitForServiceWorker(page);
		await expect(page.locator('meta[name="revise-build"]')).toHaveCount(0);

		await deployment.publishNewVersion();
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

		const prompt = page.getByTestId('update-prompt');
		await expect(prompt).toContainText('Nouvelle version disponible');
		// Never applied by force: the new worker waits until the learner chooses.
		expect(await page.evaluate(async () => !!(await navigator.serviceWorker.ready).waiting)).toBe(
			true
		);
		await expect(page.locator('meta[name="revise-build"]')).toHaveCount(0);

		await prompt.getByRole('button', { name: 'Recharger' }).click();
		await expect(page.locator('meta[name="revise-build"]')).toHaveAttribute('content', 'next');
		await expect(page.getByTestId('update-prompt')).toHaveCount(0);
	} finally {
		await deployment.close();
	}
});
