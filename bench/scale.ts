// Scale benchmark in Chromium: the built app, served from a copy of build/ with a synthetic deck
// of 1k, 10k and 100k cards and 10 reviews per card seeded into IndexedDB; times what the learner
// waits for, and the app's storage and domain code on that data. Run: npx tsx bench/scale.ts
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { build } from 'vite';
import { outlineOf, type CompiledDeck, type DeckSummary } from '../src/lib/domain/cards';
import { summary, syntheticDeck, syntheticDeckId } from './scale/collection';
import type { PageBench } from './scale/page';
import { median, medianOf } from './scale/stats';

export interface ScaleOptions {
	sizes: number[];
	reviewsPerCard: number;
	/** Repetitions of each measurement; the median is reported. */
	runs: number;
	buildDir: string;
	/** Chromium's CPU slowdown (CDP Emulation.setCPUThrottlingRate), 1 for none. */
	cpuThrottle: number;
	seed: string;
}

export const DEFAULT_SCALE_OPTIONS: ScaleOptions = {
	sizes: [1_000, 10_000, 100_000],
	reviewsPerCard: 10,
	runs: 5,
	buildDir: 'build',
	cpuThrottle: 1,
	seed: 'revise-scale'
};

/** Targets of issue 9, in ms. */
export const TARGETS = {
	startMs: 1000,
	queueMs: 50,
	gradeToNextMs: 16,
	writeMs: 10,
	rebuildMs: 10_000
} as const;

export interface ScaleResult {
	cards: number;
	reviews: number;
	deckJsonBytes: number;
	seedMs: number;
	/** Navigation start to the synthetic deck's due count on the home page. */
	startMs: number;
	/** Fetching and parsing the deck's JSON, in a fresh page. */
	deckLoadMs: number;
	/**
	 * Reading the deck's states, building the queue, finding its cards' full states: in a page
	 * that has read them before and graded since (warm: the store reads its states version,
	 * sees its own write, and keeps what it read), and in a fresh page (cold: 64 buckets read).
	 */
	queueCold: { readMs: number; buildMs: number; statesMs: number; totalMs: number };
	queue: {
		readMs: number;
		buildMs: number;
		statesMs: number;
		totalMs: number;
		reviewsToday: number;
		due: number;
	};
	/** Navigation start to the first card on the study page. */
	studyStartMs: number;
	/** Click on a grade to the next card in the DOM, and to the frame after. */
	gradeToNext: { domMs: number; frameMs: number };
	writeMs: number;
	rebuild: { readMs: number; replayMs: number; writeMs: number; totalMs: number };
	/** JS heap in use (CDP Performance.getMetrics, after a GC), MB. */
	heapMb: { home: number; study: number; afterRebuild: number };
	/** Where the reads and the rebuild spend their time (one run, after the others). */
	profile: Awaited<ReturnType<PageBench['profile']>>;
	/** Every run, for the record. */
	raw: Record<string, number[]>;
}

async function bundlePage(): Promise<string> {
	const output = await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: true,
			lib: {
				entry: fileURLToPath(new URL('./scale/page.ts', import.meta.url)),
				formats: ['iife'],
				name: 'reviseBenchPage'
			}
		}
	});
	const outputs = Array.isArray(output) ? output : [output];
	for (const result of outputs) {
		if ('output' in result) {
			const chunk = result.output.find((item) => item.type === 'chunk');
			if (chunk && 'code' in chunk) {
				return chunk.code;
			}
		}
	}
	throw new Error('The page bundle was not built.');
}

function serve(dir: string): Promise<{ server: Server; origin: string }> {
	// dev: files are looked up on each request, so decks written later are served too.
	const handler = sirv(dir, { dev: true, extensions: ['html'] });
	const server = createServer((req, res) =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end();
		})
	);
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
		)
	);
}

declare global {
	interface Window {
		__bench: PageBench;
		__countsAt?: number;
		__cardAt?: number;
	}
}

/** Runs in every page before the app: notes when the deck's counts and the first card appear. */
function watch(deckId: string) {
	const observer = new MutationObserver(() => {
		if (window.__countsAt === undefined) {
			const due = document.querySelector(`[data-deck="${deckId}"] [data-testid="due"]`);
			if (due && due.textContent !== '–') {
				window.__countsAt = performance.now();
			}
		}
		if (window.__cardAt === undefined && document.querySelector('[data-testid="card"]')) {
			window.__cardAt = performance.now();
		}
	});
	document.addEventListener('DOMContentLoaded', () =>
		observer.observe(document.body, { subtree: true, childList: true, characterData: true })
	);
}

/** The path of the app's built replay worker (src/lib/state/replay.worker.ts). */
function builtReplayWorker(dir: string): string {
	const workers = join('_app', 'immutable', 'workers');
	const file = readdirSync(join(dir, workers)).find((name) => name.startsWith('replay.worker'));
	if (!file) {
		throw new Error(`No replay worker in ${join(dir, workers)}: build the app first.`);
	}
	return `/${workers}/${file}`;
}

async function heapMb(cdp: CDPSession): Promise<number> {
	await cdp.send('HeapProfiler.collectGarbage');
	const { metrics } = await cdp.send('Performance.getMetrics');
	const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
	return used / 1024 / 1024;
}

async function withBench(page: Page, code: string): Promise<void> {
	if (!(await page.evaluate(() => '__bench' in window))) {
		await page.addScriptTag({ content: code });
	}
}

async function measureSize(
	browser: Browser,
	origin: string,
	servedDir: string,
	builtIn: DeckSummary[],
	template: CompiledDeck,
	cards: number,
	options: ScaleOptions,
	code: string,
	log: (line: string) => void
): Promise<ScaleResult> {
	const deck = syntheticDeck(template, cards);
	const deckId = syntheticDeckId(cards);
	const replayWorker = builtReplayWorker(servedDir);
	const json = JSON.stringify(deck);
	writeFileSync(join(servedDir, 'decks', `${deckId}.json`), json);
	writeFileSync(
		join(servedDir, 'decks', `${deckId}.outline.json`),
		JSON.stringify(outlineOf(deck))
	);
	writeFileSync(
		join(servedDir, 'decks', 'index.json'),
		JSON.stringify([...builtIn, summary(deck)])
	);

	const context = await browser.newContext({
		baseURL: origin,
		serviceWorkers: 'block',
		// The app's Content-Security-Policy forbids inline scripts; the benchmark injects one.
		bypassCSP: true,
		viewport: { width: 360, height: 740 }
	});
	await context.addInitScript(watch, deckId);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	const runs = options.runs;
	try {
		await page.goto('/');
		await withBench(page, code);
		const end = Date.now() - 86_400_000; // the history ends yesterday
		const seeded = await page.evaluate(
			({ id, perCard, seed, end }) => window.__bench.seed(id, perCard, seed, end),
			{ id: deckId, perCard: options.reviewsPerCard, seed: options.seed, end }
		);
		log(
			`  ${cards} cards: seeded ${seeded.reviews} reviews in ${(seeded.totalMs / 1000).toFixed(1)} s`
		);
		if (options.cpuThrottle > 1) {
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
		}

		const starts: number[] = [];
		for (let r = 0; r < runs; r++) {
			await page.goto('/');
			await page.waitForFunction(() => window.__countsAt !== undefined, undefined, {
				timeout: 300_000
			});
			starts.push(await page.evaluate(() => window.__countsAt as number));
		}
		const home = await heapMb(cdp);

		const deckLoads: number[] = [];
		for (let r = 0; r < runs; r++) {
			await page.goto('/decks/index.json');
			await withBench(page, code);
			deckLoads.push(
				await page.evaluate((id) => window.__bench.loadDeck(id).then((d) => d.ms), deckId)
			);
		}
		const queues = [];
		const coldQueues = [];
		for (let r = 0; r < runs; r++) {
			await page.goto('/decks/index.json');
			await withBench(page, code);
			coldQueues.push(await page.evaluate((id) => window.__bench.queue(id), deckId));
			await page.evaluate(({ id, i }) => window.__bench.write(id, i), {
				id: deckId,
				i: r * 104_729
			});
			queues.push(await page.evaluate((id) => window.__bench.queue(id), deckId));
		}
		const writes: number[] = [];
		for (let r = 0; r < 2 * runs; r++) {
			writes.push(
				await page.evaluate(({ id, i }) => window.__bench.write(id, i), { id: deckId, i: r * 7919 })
			);
		}
		const rebuilds = [];
		for (let r = 0; r < (cards > 10_000 ? 1 : Math.min(3, runs)); r++) {
			rebuilds.push(await page.evaluate((path) => window.__bench.rebuild(path), replayWorker));
		}
		// Every card of the collection was studied: a rebuild that gives fewer states is broken.
		for (const { states, reviews } of rebuilds) {
			if (states !== cards || reviews !== cards * options.reviewsPerCard) {
				throw new Error(`The rebuild gave ${states} states from ${reviews} reviews.`);
			}
		}
		const afterRebuild = await heapMb(cdp);
		const profile = await page.evaluate((id) => window.__bench.profile(id), deckId);

		const studyStarts: number[] = [];
		const grades: { domMs: number; frameMs: number }[] = [];
		for (let r = 0; r < runs; r++) {
			await page.goto(`/study?deck=${deckId}`);
			await page.waitForFunction(() => window.__cardAt !== undefined, undefined, {
				timeout: 300_000
			});
			studyStarts.push(await page.evaluate(() => window.__cardAt as number));
			await withBench(page, code);
			for (let g = 0; g < 2; g++) {
				const reveal = page.getByTestId('reveal');
				if (await reveal.count()) {
					await reveal.click();
				}
				await page.getByTestId('grade-3').waitFor();
				await page.waitForFunction(
					() => !document.querySelector<HTMLButtonElement>('[data-testid="grade-3"]')?.disabled
				);
				grades.push(
					await page.evaluate(() => window.__bench.clickToNextCard('[data-testid="grade-3"]'))
				);
			}
		}
		const study = await heapMb(cdp);

		const queue = medianOf(queues.map((q) => ({ ...q, counts: 0, states: 0 })));
		const queueCold = medianOf(
			coldQueues.map(({ readMs, buildMs, statesMs, totalMs }) => ({
				readMs,
				buildMs,
				statesMs,
				totalMs
			}))
		);
		return {
			cards,
			reviews: seeded.reviews,
			deckJsonBytes: Buffer.byteLength(json),
			seedMs: seeded.totalMs,
			startMs: median(starts),
			deckLoadMs: median(deckLoads),
			queueCold,
			queue: {
				readMs: queue.readMs,
				buildMs: queue.buildMs,
				statesMs: queue.statesMs,
				totalMs: queue.totalMs,
				reviewsToday: queue.reviewsToday,
				due: median(queues.map((q) => q.counts.due))
			},
			studyStartMs: median(studyStarts),
			gradeToNext: medianOf(grades),
			writeMs: median(writes),
			rebuild: medianOf(
				rebuilds.map(({ readMs, replayMs, writeMs, totalMs }) => ({
					readMs,
					replayMs,
					writeMs,
					totalMs
				}))
			),
			heapMb: { home, study, afterRebuild },
			profile,
			raw: {
				startMs: starts,
				deckLoadMs: deckLoads,
				queueReadMs: queues.map((q) => q.readMs),
				queueBuildMs: queues.map((q) => q.buildMs),
				queueColdMs: coldQueues.map((q) => q.totalMs),
				studyStartMs: studyStarts,
				gradeToNextDomMs: grades.map((g) => g.domMs),
				writeMs: writes,
				rebuildMs: rebuilds.map((r) => r.totalMs)
			}
		};
	} finally {
		await context.close();
	}
}

export async function runScale(
	options: ScaleOptions = DEFAULT_SCALE_OPTIONS,
	log: (line: string) => void = console.log
): Promise<{ options: ScaleOptions; chromium: string; results: ScaleResult[] }> {
	if (!existsSync(join(options.buildDir, 'index.html'))) {
		throw new Error(`No built app in ${options.buildDir}/: run \`npm run build\` first.`);
	}
	const servedDir = mkdtempSync(join(tmpdir(), 'revise-scale-'));
	cpSync(options.buildDir, servedDir, { recursive: true });
	const builtIn = JSON.parse(
		readFileSync(join(servedDir, 'decks', 'index.json'), 'utf8')
	) as DeckSummary[];
	const first = builtIn[0];
	if (!first) {
		throw new Error('The build has no deck to copy facts from.');
	}
	const template = JSON.parse(
		readFileSync(join(servedDir, 'decks', `${first.id}.json`), 'utf8')
	) as CompiledDeck;
	const code = await bundlePage();
	const { server, origin } = await serve(servedDir);
	const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
		(path): path is string => !!path && existsSync(path)
	);
	const browser = await chromium.launch({
		executablePath,
		args: ['--disable-background-networking', '--no-first-run']
	});
	try {
		const results: ScaleResult[] = [];
		for (const cards of options.sizes) {
			results.push(
				await measureSize(browser, origin, servedDir, builtIn, template, cards, options, code, log)
			);
		}
		return { options, chromium: browser.version(), results };
	} finally {
		await browser.close();
		server.close();
		rmSync(servedDir, { recursive: true, force: true });
	}
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

export function formatScale(report: Awaited<ReturnType<typeof runScale>>): string {
	const mark = (value: number, target: number) => `${ms(value)}${value > target ? ' ✗' : ''}`;
	const rows = report.results.map((r) => [
		`${r.cards / 1000}k / ${r.reviews / 1000}k`,
		mark(r.startMs, TARGETS.startMs),
		ms(r.deckLoadMs),
		`${mark(r.queue.totalMs, TARGETS.queueMs)} (${ms(r.queue.readMs)}+${ms(r.queue.buildMs)}+${ms(r.queue.statesMs)})`,
		`${ms(r.queueCold.totalMs)} (${ms(r.queueCold.readMs)}+${ms(r.queueCold.buildMs)}+${ms(r.queueCold.statesMs)})`,
		`${mark(r.gradeToNext.domMs, TARGETS.gradeToNextMs)} / ${ms(r.gradeToNext.frameMs)}`,
		mark(r.writeMs, TARGETS.writeMs),
		`${mark(r.rebuild.totalMs, TARGETS.rebuildMs)} (${ms(r.rebuild.readMs)}+${ms(r.rebuild.replayMs)}+${ms(r.rebuild.writeMs)})`,
		ms(r.studyStartMs),
		`${r.heapMb.home.toFixed(0)}/${r.heapMb.study.toFixed(0)}/${r.heapMb.afterRebuild.toFixed(0)}`
	]);
	const header = [
		'cards / reviews',
		'start',
		'deck JSON',
		'queue (read+build+states)',
		'cold queue',
		'grade→next DOM/frame',
		'write',
		'rebuild (read+replay after+write)',
		'study start',
		'heap MB home/study/rebuild'
	];
	const widths = header.map((h, i) =>
		Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length))
	);
	const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
	const o = report.options;
	return [
		`Scale (Chromium ${report.chromium}, CPU throttle ${o.cpuThrottle}×, median of ${o.runs}; ms; ✗ misses the target: ` +
			`start ≤ ${TARGETS.startMs}, queue ≤ ${TARGETS.queueMs}, grade→next ≤ ${TARGETS.gradeToNextMs}, write ≤ ${TARGETS.writeMs}, rebuild ≤ ${TARGETS.rebuildMs})`,
		line(header),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...rows.map(line)
	].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const sizes = process.argv
		.slice(2)
		.map(Number)
		.filter((n) => n > 0);
	const throttle = Number(process.env.CPU_THROTTLE ?? 1);
	const report = await runScale({
		...DEFAULT_SCALE_OPTIONS,
		...(sizes.length ? { sizes } : {}),
		cpuThrottle: throttle
	});
	console.log(formatScale(report));
}
