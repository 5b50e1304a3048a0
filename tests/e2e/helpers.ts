// Shared steps of the browser tests: waiting for the service worker, cutting the network.
import type { BrowserContext, Page } from '@playwright/test';

/** Every page of the app, as a learner reaches it. */
export const routes = [
	'/',
	'/deck?id=asie-centrale-diplomatie',
	'/deck?id=c5-mineraux-critiques',
	'/deck/asie-centrale-diplomatie',
	'/deck/c5-mineraux-critiques',
	'/study?deck=asie-centrale-diplomatie',
	'/quiz?deck=asie-centrale-diplomatie',
	'/match?deck=asie-centrale-diplomatie',
	'/settings',
	'/edit',
	'/import',
	'/stats'
];

/** Resolves once a service worker is activated and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) => {
				worker.addEventListener('statechange', () => {
					if (worker.state === 'activated') {
						resolve();
					}
				});
			});
		}
		if (!navigator.serviceWorker.controller) {
			await new Promise<void>((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
					once: true
				})
			);
		}
	});
}

/**
 * Cuts the network for real: every request that leaves the browser, the service worker's own
 * included, fails. (`context.setOffline` alone does not stop the worker's fetches, and how it sets
 * `navigator.onLine` differs between Chromium versions: nothing may rely on it.)
 */
export async function goOffline(context: BrowserContext): Promise<void> {
	await context.route('**/*', (route) => route.abort('internetdisconnected'));
	await context.setOffline(true);
}
