// Every page, in each state a learner sees, checked by axe-core against WCAG 2.2 AA, in light and
// dark and on a phone and a desktop screen. A failure lists each rule broken, how badly, and the
// elements that break it, with axe's own advice.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { answerCard, DECK } from './study';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'] as const;
const VIEWPORTS = [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 }
];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];
type Target = Violation['nodes'][number]['target'];

/** One state of a page, reached from the one before it on the same page. */
interface State {
	name: string;
	/** Brings the page to this state; may return a more precise name for it. */
	reach: (page: Page) => Promise<string | void>;
}

interface Route {
	path: string;
	states: State[];
}

/** Waits until the page has loaded what it shows: no "Chargement…" left, and `ready` on screen. */
async function loaded(page: Page, ready: string | RegExp): Promise<void> {
	await expect(page.getByText(/^(Chargement|Lecture)…$/)).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1, name: ready })).toBeVisible();
}

/** Answers the card on screen the way `answerCard` does, without grading it. */
async function answer(page: Page): Promise<string> {
	const card = page.getByTestId('card');
	await expect(card).toBeVisible();
	const kind = await card.getAttribute('data-kind');
	switch (kind) {
		case 'flashcard':
			await page.getByRole('button', { name: 'Afficher la réponse' }).click();
			break;
		case 'choice':
		case 'odd-one-out':
			await card.getByRole('button').first().click();
			break;
		case 'typed':
			await card.getByRole('textbox').fill('réponse');
			await card.getByRole('button', { name: 'Valider' }).click();
			break;
		case 'truefalse':
			await card.getByRole('button', { name: 'Vrai' }).click();
			break;
		default:
			await card.getByRole('button', { name: 'Valider l’ordre' }).click();
	}
	await expect(page.getByTestId('feedback')).toBeVisible();
	return `answered ${kind} card`;
}

function visit(path: string, ready: string | RegExp, then?: (page: Page) => Promise<void>): State {
	return {
		name: 'loaded',
		reach: async (page) => {
			await page.goto(path);
			await loaded(page, ready);
			await then?.(page);
		}
	};
}

const routes: Route[] = [
	{
		path: '/',
		states: [
			visit('/', 'Vos decks', async (page) => {
				await expect(page.getByTestId('deck-tile').first()).toBeVisible();
				await expect(page.getByTestId('deck-counts').filter({ hasText: '–' })).toHaveCount(0);
			})
		]
	},
	{
		path: `/deck?id=${DECK}`,
		states: [
			visit(`/deck?id=${DECK}`, /Asie centrale/i, async (page) => {
				await page.getByTestId('deck-share').scrollIntoViewIfNeeded();
				await expect(page.getByTestId('share-link')).toHaveValue(/\/import#deck=/);
			})
		]
	},
	{
		path: `/deck/${DECK}`,
		states: [
			visit(`/deck/${DECK}`, /Asie centrale/i, async (page) => {
				await page.getByTestId('deck-share').scrollIntoViewIfNeeded();
				await expect(page.getByTestId('share-link')).toHaveValue(/\/import#deck=/);
			})
		]
	},
	{
		path: `/study?deck=${DECK}`,
		states: [
			visit(`/study?deck=${DECK}`, /^Étudier :/, async (page) => {
				await expect(page.getByTestId('card')).toBeVisible();
			}),
			{ name: 'answered', reach: answer }
		]
	},
	{
		path: `/quiz?deck=${DECK}`,
		states: [
			{ ...visit(`/quiz?deck=${DECK}`, /^Quiz :/), name: 'setup' },
			{
				name: 'question',
				reach: async (page) => {
					await page.getByRole('button', { name: 'Commencer le quiz' }).click();
					await expect(page.getByTestId('quiz-progress')).toHaveText(/^Question 1 \//);
					await expect(page.getByTestId('card')).toBeVisible();
				}
			},
			{ name: 'answered', reach: answer },
			{
				name: 'result',
				reach: async (page) => {
					await page.getByRole('button', { name: 'Terminer maintenant' }).click();
					await expect(page.getByTestId('quiz-score')).toBeVisible();
				}
			}
		]
	},
	{
		path: `/match?deck=${DECK}`,
		states: [
			visit(`/match?deck=${DECK}`, /^Paires :/, async (page) => {
				await expect(page.getByTestId('match-tile')).toHaveCount(12);
			})
		]
	},
	{
		path: '/settings',
		states: [
			visit('/settings', 'Réglages', async (page) => {
				await expect(page.getByTestId('workload')).toContainText('révisions par jour');
			})
		]
	},
	{
		path: '/edit',
		states: [
			visit('/edit', 'Éditeur de deck', async (page) => {
				await expect(page.getByTestId('editor-status')).toBeVisible();
			})
		]
	},
	{ path: '/import', states: [visit('/import', 'Importer un deck')] },
	{
		path: '/stats',
		states: [
			{ ...visit('/stats', 'Statistiques'), name: 'no review yet' },
			{
				name: 'after 3 reviews',
				reach: async (page) => {
					await page.goto(`/study?deck=${DECK}`);
					for (let i = 0; i < 3; i++) {
						await answerCard(page, i !== 1);
					}
					await page.goto('/stats');
					await loaded(page, 'Statistiques');
					await expect(page.getByTestId('today-stats')).toBeVisible();
				}
			}
		]
	}
];

/** Lets styles, layout and any finite animation settle after a change of theme or size. */
async function settle(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await document.fonts.ready;
		await Promise.all(
			document
				.getAnimations()
				.filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
				.map((animation) => animation.finished.catch(() => undefined))
		);
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
	});
}

function selector(target: Target): string {
	return target.map((part) => (typeof part === 'string' ? part : part.join(' >>> '))).join(' | ');
}

interface Found {
	where: string;
	violation: Violation;
}

/** The violations grouped by rule, then by element and advice, with every place each was seen. */
function describe(path: string, found: Found[]): string {
	const rules = new Map<string, { head: string; nodes: Map<string, string[]> }>();
	for (const { where, violation } of found) {
		const rule = rules.get(violation.id) ?? {
			head: `[${violation.id}] (${violation.impact ?? 'unknown impact'}) ${violation.help} — ${violation.helpUrl}`,
			nodes: new Map<string, string[]>()
		};
		rules.set(violation.id, rule);
		for (const node of violation.nodes) {
			const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' / ');
			const key = `${selector(node.target)}\n      ${summary}`;
			rule.nodes.set(key, [...(rule.nodes.get(key) ?? []), where]);
		}
	}
	const lines = [`${rules.size} axe rule(s) broken on ${path}:`];
	for (const { head, nodes } of rules.values()) {
		lines.push(head);
		for (const [key, places] of nodes) {
			lines.push(`  - ${key}\n      in: ${places.join(', ')}`);
		}
	}
	return lines.join('\n');
}

for (const route of routes) {
	test(`no axe violation on ${route.path}`, async ({ page }, testInfo) => {
		// Up to four states × two themes × two sizes, each a full axe run of a few seconds.
		test.slow();
		const found: Found[] = [];
		const undecided: Found[] = [];
		for (const state of route.states) {
			const name = (await state.reach(page)) || state.name;
			for (const viewport of VIEWPORTS) {
				await page.setViewportSize(viewport);
				for (const colorScheme of THEMES) {
					await page.emulateMedia({ colorScheme });
					expect(
						await page.evaluate(
							(scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches,
							colorScheme
						)
					).toBe(true);
					await settle(page);
					const where = `${name} · ${colorScheme} · ${viewport.width}×${viewport.height}`;
					const { violations, incomplete } = await new AxeBuilder({ page })
						.withTags(TAGS)
						.analyze();
					found.push(...violations.map((violation) => ({ where, violation })));
					// What axe could not decide (text over an image, say) is for a person to check.
					undecided.push(...incomplete.map((violation) => ({ where, violation })));
				}
			}
		}
		for (const [file, list] of [
			['axe-violations.json', found],
			['axe-incomplete.json', undecided]
		] as const) {
			await testInfo.attach(file, {
				body: JSON.stringify(
					list.map(({ where, violation }) => ({ where, ...violation })),
					null,
					2
				),
				contentType: 'application/json'
			});
		}
		expect(found.length, describe(route.path, found)).toBe(0);
	});
}
