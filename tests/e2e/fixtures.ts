// The browser tests' `test`: every page sees the same fixed noon, in one time zone, so that no
// run lands near the 04:00 study-day rollover (a learning step would then fall on tomorrow).
import { test as base, type BrowserContext } from '@playwright/test';

export const NOON = new Date('2026-06-15T12:00:00+02:00');

export async function fixTime(context: BrowserContext): Promise<void> {
	await context.clock.setFixedTime(NOON);
}

export const test = base.extend<{ fixedTime: void }>({
	fixedTime: [
		async ({ context }, use) => {
			await fixTime(context);
			await use();
		},
		{ auto: true }
	]
});

export { expect } from '@playwright/test';
