// Runs inside the app's page (bundled by bench/scale.ts): seeds IndexedDB with a synthetic
// collection and times the app's storage and domain code on it. Where the app's code lives in a
// rune class (src/lib/state), the few lines it runs are repeated here, marked as such.
import type { CompiledDeck } from '../../src/lib/domain/cards';
import { buildQueue, DEFAULT_LIMITS, locate, queueCounts } from '../../src/lib/domain/queue';
import { reviewId, type Review } from '../../src/lib/domain/reviews';
import { replayReviews } from '../../src/lib/domain/replay';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../src/lib/domain/scheduler';
import { dayStart, nextDayStart } from '../../src/lib/domain/study-day';
import { IdbProgressStore } from '../../src/lib/storage/idb-store';
import type { CardState } from '../../src/lib/domain/scheduler';
import { decodeLog } from '../../src/lib/storage/review-log';
import { decodeStates, stateAt } from '../../src/lib/storage/state-buckets';
import { replayLog } from '../../src/lib/state/replay';
import { cardHistory } from './collection';

const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
let store: Promise<IdbProgressStore> | undefined;
const openStore = () => (store ??= IdbProgressStore.open());
const decks = new Map<string, Promise<CompiledDeck>>();

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = tx.onabort = () => reject(tx.error);
	});
}

async function loadDeck(id: string): Promise<{ deck: CompiledDeck; ms: number }> {
	const start = performance.now();
	let deck = decks.get(id);
	if (!deck) {
		deck = fetch(`/decks/${id}.json`).then((r) => r.json() as Promise<CompiledDeck>);
		decks.set(id, deck);
	}
	return { deck: await deck, ms: performance.now() - start };
}

/**
 * Replaces the review log and the card states with the deck's synthetic history (the meta store,
 * with the schema version, is left alone), through the store's restore, in batches.
 */
async function seed(deckId: string, reviewsPerCard: number, seedText: string, end: number) {
	const started = performance.now();
	const { deck } = await loadDeck(deckId);
	const store = await openStore(); // creates the database and its stores, as the app does
	const db = await request(indexedDB.open('revise'));
	const clear = db.transaction(['log', 'states'], 'readwrite');
	clear.objectStore('log').clear();
	clear.objectStore('states').clear();
	await done(clear);
	db.close();
	let reviews = 0;
	let computeMs = 0;
	const states = new Map<string, CardState>();
	const batch = 10_000;
	for (let from = 0; from < deck.cards.length; from += batch) {
		const t = performance.now();
		const log: Review[] = [];
		for (const card of deck.cards.slice(from, from + batch)) {
			const history = cardHistory(card, scheduler, end, reviewsPerCard, seedText);
			log.push(...history.reviews);
			if (history.state) {
				states.set(card.id, history.state);
			}
		}
		computeMs += performance.now() - t;
		reviews += log.length;
		await store.importAll({ addReviews: log, states, meta: {}, decks: [] });
	}
	return { cards: deck.cards.length, reviews, computeMs, totalMs: performance.now() - started };
}

/**
 * Today's queue of a deck, as progress.queue() builds it (src/lib/state/progress.svelte.ts):
 * the deck's states in columns, today's reviews and the suspended cards, then the queue's states.
 */
async function queue(deckId: string) {
	const { deck } = await loadDeck(deckId);
	const db = await openStore();
	const now = Date.now();
	const dayEnd = nextDayStart(now, timeZone);
	const start = performance.now();
	const [buckets, reviewsToday, suspendedIds] = await Promise.all([
		db.deckStates(deckId),
		db.reviewsSince(dayStart(now, timeZone)),
		db.getMeta('suspended')
	]);
	const read = performance.now();
	const suspended = new Set(Array.isArray(suspendedIds) ? (suspendedIds as string[]) : []);
	const built = buildQueue({
		cards: deck.cards,
		studied: buckets,
		reviewsToday,
		suspended,
		now,
		dayEnd,
		limits: DEFAULT_LIMITS
	});
	const builtAt = performance.now();
	const found = locate(buckets, deck.cards, [...built.reviews, ...built.learning]);
	const states = [...found.values()].map(([part, i]) => stateAt(buckets[part]!, i));
	const end = performance.now();
	return {
		readMs: read - start,
		buildMs: builtAt - read,
		statesMs: end - builtAt,
		totalMs: end - start,
		states: states.length,
		reviewsToday: reviewsToday.length,
		counts: queueCounts(built)
	};
}

/** One grade's write (store.grade, as progress.grade() calls it), then its undo. */
async function write(deckId: string, index: number) {
	const { deck } = await loadDeck(deckId);
	const db = await openStore();
	const card = deck.cards[index % deck.cards.length] as CompiledDeck['cards'][number];
	const now = Date.now();
	const start = performance.now();
	const { review } = await db.grade({
		review: {
			id: reviewId(now, card.id),
			cardId: card.id,
			deckId,
			time: now,
			rating: 3,
			answerMs: 4000,
			mode: 'study'
		},
		next: (previous) => scheduler.next(previous, now, 3)
	});
	const ms = performance.now() - start;
	await db.undo(review);
	return ms;
}

/**
 * Every card state rebuilt from the whole log, as progress.reschedule() does: in the app's built
 * replay worker (its path under /_app/immutable/workers/, found by scale.ts).
 */
async function rebuild(workerPath: string) {
	const db = await openStore();
	const start = performance.now();
	let reviews = 0;
	let readMs = 0;
	const { records, read } = await replayLog(
		async (take) => {
			const read = await db.readLog((chunks) => {
				reviews += chunks.reduce((sum, chunk) => sum + chunk.ids.length, 0);
				take(chunks);
			});
			readMs = performance.now() - start;
			return read;
		},
		DEFAULT_SCHEDULER_SETTINGS,
		{ startWorker: () => new Worker(workerPath, { type: 'module' }) }
	);
	const replayed = performance.now();
	const written = await db.replaceCardStates(records, read);
	const end = performance.now();
	if (!read.whole || !written) {
		throw new Error(`Rebuild refused: whole log ${read.whole}, written ${written}.`);
	}
	return {
		reviews,
		states: records.reduce((sum, { bucket }) => sum + bucket.state.length, 0),
		// The log is read while the workers replay: the replay goes on after the read.
		readMs,
		replayMs: replayed - start - readMs,
		writeMs: end - replayed,
		totalMs: end - start
	};
}

/**
 * Where the time of the reads and of the rebuild goes: raw IndexedDB reads of the states and the
 * log (the same requests as idb-store.ts), decoding their columns, and the replay on one thread
 * (per answer), with the JSON parsing of the deck for comparison.
 */
async function profile(deckId: string) {
	const db = await request(indexedDB.open('revise'));
	const time = async <T>(work: () => T | Promise<T>) => {
		const start = performance.now();
		const value = await work();
		return { value, ms: performance.now() - start };
	};
	const read = (store: string, range?: IDBKeyRange) =>
		request(db.transaction(store, 'readonly').objectStore(store).getAll(range));
	const states = await time(() =>
		read('states', IDBKeyRange.bound([deckId, 0], [deckId, Infinity]))
	);
	const decodeStatesMs = await time(() => states.value.map(decodeStates));
	const log = await time(() => read('log', IDBKeyRange.bound(-Infinity, Infinity)));
	const decoded = await time(() => log.value.map(decodeLog));
	const store = await openStore();
	const reviews = await time(() => store.allReviews());
	const sample = reviews.value.slice(0, 100_000);
	const replay = await time(() => replayReviews(sample, scheduler));
	const deckText = await (await fetch(`/decks/${deckId}.json`)).text();
	const parse = await time(() => JSON.parse(deckText) as unknown);
	db.close();
	return {
		statesGetAllMs: states.ms,
		statesDecodeMs: decodeStatesMs.ms,
		logGetAllMs: log.ms,
		logDecodeMs: decoded.ms,
		logToReviewsMs: reviews.ms,
		replayUsPerReview: (replay.ms * 1000) / sample.length,
		deckJsonParseMs: parse.ms
	};
}

/** Times a click on `selector` to the moment the card shown changes (DOM updated, then painted). */
function clickToNextCard(selector: string): Promise<{ domMs: number; frameMs: number }> {
	const current = () => document.querySelector('[data-testid="card"]')?.getAttribute('data-card');
	const before = current();
	const button = document.querySelector<HTMLElement>(selector);
	if (!button) {
		return Promise.reject(new Error(`No ${selector} on the page.`));
	}
	return new Promise((resolve) => {
		let start = 0;
		const observer = new MutationObserver(() => {
			const shown = current();
			if (shown && shown !== before) {
				observer.disconnect();
				const domMs = performance.now() - start;
				requestAnimationFrame(() =>
					setTimeout(() => resolve({ domMs, frameMs: performance.now() - start }))
				);
			}
		});
		observer.observe(document.body, { subtree: true, childList: true, attributes: true });
		start = performance.now();
		button.click();
	});
}

export const bench = { seed, queue, write, rebuild, clickToNextCard, loadDeck, profile };
export type PageBench = typeof bench;
(globalThis as unknown as { __bench: PageBench }).__bench = bench;
