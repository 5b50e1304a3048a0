import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import { compareReviews, deckOfCard, reviewId, type Review } from '../../src/lib/domain/reviews';
import { replayReviews } from '../../src/lib/domain/replay';
import { createScheduler, type CardState, type Grade } from '../../src/lib/domain/scheduler';
import { IdbProgressStore } from '../../src/lib/storage/idb-store';
import { MemoryProgressStore } from '../../src/lib/storage/memory-store';
import {
	SCHEMA_VERSION,
	StorageWriteError,
	type GradeWrite,
	type ProgressStore
} from '../../src/lib/storage/progress-store';
import { logKey, reviewsOf, type LogColumns } from '../../src/lib/storage/review-log';
import { bucketOf, bucketsOf, statesOf } from '../../src/lib/storage/state-buckets';
import v1 from '../fixtures/storage/v1-reviews.json';

const MINUTE = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 1, 2, 9, 0);
const DB = 'revise-test';
const A1 = 'deck-a/fact-1/event.date-choice';
const A2 = 'deck-a/fact-2/person.role-typed';
const AB = 'deck-ab/fact-1/event.date-choice';
const B1 = 'deck-b/fact-1/capital-flashcard';

const scheduler = createScheduler({ fuzz: false });

/** The write the app makes when a card is answered: the state follows from the stored one. */
function answer(cardId: string, time: number, rating: Grade = 3, nonce = 'n'): GradeWrite {
	return {
		review: {
			id: reviewId(time, cardId, nonce),
			cardId,
			deckId: deckOfCard(cardId),
			time,
			rating,
			answerMs: 4_000,
			mode: 'study'
		},
		next: (previous) => scheduler.next(previous, time, rating)
	};
}

async function openStore(factory = new IDBFactory(), name = DB): Promise<IdbProgressStore> {
	return IdbProgressStore.open(factory as unknown as globalThis.IDBFactory, name);
}

// Raw IndexedDB, to set up databases as older versions left them and to look behind the store.

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

/** The whole log as a replay reads it, with its batches. */
async function readAll(store: ProgressStore) {
	const batches: LogColumns[][] = [];
	const read = await store.readLog((chunks) => batches.push(chunks));
	return { ...read, batches, chunks: batches.flat() };
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = tx.onerror = () => reject(tx.error);
	});
}

// Opens the database at whatever version it has; a new one is made the way v1 of the app made it.
function openRaw(factory: IDBFactory, name = DB): Promise<IDBDatabase> {
	const req = factory.open(name);
	req.onupgradeneeded = () => {
		for (const store of ['reviews', 'cards', 'meta']) {
			req.result.createObjectStore(store);
		}
	};
	return request(req);
}

async function rawPut(db: IDBDatabase, store: string, entries: [string, unknown][]): Promise<void> {
	const tx = db.transaction(store, 'readwrite');
	for (const [key, value] of entries) {
		tx.objectStore(store).put(value, key);
	}
	await done(tx);
}

async function rawAll(db: IDBDatabase, store: string): Promise<Map<string, unknown>> {
	const tx = db.transaction(store, 'readonly');
	const [keys, values] = await Promise.all([
		request(tx.objectStore(store).getAllKeys()),
		request(tx.objectStore(store).getAll())
	]);
	return new Map(keys.map((key, i) => [String(key), values[i] as unknown]));
}

/** A factory that hands out the connections it opens, so a test can break them. */
class WatchedFactory {
	readonly connections: IDBDatabase[] = [];
	/** Connections opened from now on refuse every transaction. */
	broken = false;
	readonly inner = new IDBFactory();

	open(name: string, version?: number): IDBOpenDBRequest {
		const req = this.inner.open(name, version);
		req.addEventListener('success', () => {
			const db = req.result;
			this.connections.push(db);
			if (this.broken) {
				db.transaction = () => {
					throw new DOMException('The database connection is closing.', 'InvalidStateError');
				};
			}
		});
		return req;
	}

	asFactory(): globalThis.IDBFactory {
		return this as unknown as globalThis.IDBFactory;
	}
}

describe('IdbProgressStore: grading', () => {
	test('a grade writes the review and the new state', async () => {
		const store = await openStore();
		const first = await store.grade(answer(A1, T0));
		expect(first.review.previous).toBeUndefined();
		expect(first.state).toEqual(scheduler.next(undefined, T0, 3));
		const second = await store.grade(answer(A1, first.state!.due, 3));
		// The review keeps the state it replaced, for undo and for the log.
		expect(second.review.previous).toEqual(first.state);
		expect(second.state).toEqual(scheduler.next(first.state, first.state!.due, 3));

		expect(await store.cardStates()).toEqual(new Map([[A1, second.state]]));
		expect(await store.allReviews()).toEqual([first.review, second.review]);
		store.close();
	});

	test('cardStates(deck) gives that deck’s cards only, not a deck whose id starts the same', async () => {
		const store = await openStore();
		for (const [i, id] of [A1, AB, B1, A2].entries()) {
			await store.grade(answer(id, T0 + i * MINUTE));
		}
		expect([...(await store.cardStates('deck-a')).keys()].sort()).toEqual([A1, A2]);
		expect([...(await store.cardStates('deck-ab')).keys()]).toEqual([AB]);
		expect([...(await store.cardStates('deck-b')).keys()]).toEqual([B1]);
		expect((await store.cardStates('deck-c')).size).toBe(0);
		expect((await store.cardStates()).size).toBe(4);
		store.close();
	});

	test('reviewsSince gives the reviews from a time on, oldest first', async () => {
		const store = await openStore();
		const times = [T0 + 2 * DAY, T0, T0 + DAY, T0 + DAY + 1, T0 + 3 * DAY];
		for (const [i, time] of times.entries()) {
			await store.grade(answer(`deck-a/fact-${i}/t`, time, 3, `n${i}`));
		}
		const since = async (t: number) => (await store.reviewsSince(t)).map((r) => r.time);
		expect(await since(T0 + DAY)).toEqual([T0 + DAY, T0 + DAY + 1, T0 + 2 * DAY, T0 + 3 * DAY]);
		expect(await since(T0 + DAY + 2)).toEqual([T0 + 2 * DAY, T0 + 3 * DAY]);
		expect(await since(0)).toEqual([...times].sort((a, b) => a - b));
		expect(await since(T0 + 4 * DAY)).toEqual([]);
		store.close();
	});

	test('a grade is one transaction: when the new state cannot be computed, nothing is written', async () => {
		const store = await openStore();
		const first = await store.grade(answer(A1, T0));
		const failing = answer(A1, first.state!.due);
		const next = vi.fn<GradeWrite['next']>(() => {
			throw new Error('no state for you');
		});
		await expect(store.grade({ review: failing.review, next })).rejects.toThrow('no state for you');
		// next() was given the stored state: the review would have been written after it.
		expect(next).toHaveBeenCalledWith(first.state!);
		expect(await store.allReviews()).toEqual([first.review]);
		expect(await store.cardStates()).toEqual(new Map([[A1, first.state]]));
		store.close();
	});

	test('a first grade that fails leaves no state and no review behind', async () => {
		const store = await openStore();
		const write = answer(A2, T0);
		await expect(
			store.grade({
				review: write.review,
				next: () => {
					throw new RangeError('bad grade');
				}
			})
		).rejects.toThrow(RangeError);
		expect(await store.allReviews()).toEqual([]);
		expect((await store.cardStates()).size).toBe(0);
		store.close();
	});

	test('100 concurrent grades of one card all count, each built on the one before', async () => {
		const store = await openStore();
		const seen: (number | undefined)[] = [];
		const writes = Array.from({ length: 100 }, (_, i) => {
			const time = T0 + i * MINUTE;
			const write = answer(A1, time, 3, `c${i}`);
			return store.grade({
				review: write.review,
				next: (previous) => {
					seen.push(previous?.reps);
					return scheduler.next(previous, time, 3);
				}
			});
		});
		const results = await Promise.all(writes);
		expect(await store.allReviews()).toHaveLength(100);
		const state = (await store.cardStates()).get(A1);
		expect(state?.reps).toBe(100);
		// Each grade saw the state the previous one wrote.
		expect(seen).toEqual([undefined, ...Array.from({ length: 99 }, (_, i) => i + 1)]);
		expect(results.map((r) => r.state!.reps)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
		store.close();
	});

	test('undo removes the review and puts back the state it replaced', async () => {
		const store = await openStore();
		const first = await store.grade(answer(A1, T0));
		const second = await store.grade(answer(A1, first.state!.due, 1));
		await store.undo(second.review);
		expect(await store.allReviews()).toEqual([first.review]);
		expect((await store.cardStates()).get(A1)).toEqual(first.state);
		// Undoing a card's first review forgets the card: it is new again.
		await store.undo(first.review);
		expect(await store.allReviews()).toEqual([]);
		expect((await store.cardStates()).has(A1)).toBe(false);
		store.close();
	});

	test('the cache rebuilt from the log is the cache the grades wrote', async () => {
		const store = await openStore();
		const plan: [string, Grade][] = [
			[A1, 3],
			[B1, 1],
			[A1, 3],
			[B1, 3],
			[A2, 4],
			[A1, 1],
			[B1, 3],
			[A1, 2]
		];
		let time = T0;
		for (const [i, [cardId, grade]] of plan.entries()) {
			time += 7 * MINUTE + i * DAY;
			await store.grade(answer(cardId, time, grade, `p${i}`));
		}
		const cached = await store.cardStates();
		const rebuilt = replayReviews(await store.allReviews(), scheduler);
		expect(rebuilt).toEqual(cached);

		// replaceCardStates swaps the whole cache: old entries go.
		await store.replaceCardStates(new Map([[A1, rebuilt.get(A1) as CardState]]));
		expect(await store.cardStates()).toEqual(new Map([[A1, rebuilt.get(A1)]]));
		await store.replaceCardStates(rebuilt);
		expect(await store.cardStates()).toEqual(cached);
		store.close();
	});

	test('settings are kept in meta', async () => {
		const factory = new IDBFactory();
		const store = await openStore(factory);
		expect(await store.getMeta('limits')).toBeUndefined();
		await store.setMeta('limits', { newPerDay: 10, reviewsPerDay: 100 });
		store.close();
		const reopened = await openStore(factory);
		expect(await reopened.getMeta('limits')).toEqual({ newPerDay: 10, reviewsPerDay: 100 });
		expect(await reopened.getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
		reopened.close();
	});
});

describe('MemoryProgressStore behaves as IndexedDB does', () => {
	async function script(store: ProgressStore): Promise<unknown[]> {
		const out: unknown[] = [];
		const graded: Review[] = [];
		let time = T0;
		for (const [i, [cardId, grade]] of (
			[
				[A1, 3],
				[AB, 1],
				[A1, 3],
				[B1, 4],
				[AB, 3],
				[A2, 2]
			] as [string, Grade][]
		).entries()) {
			time += (i + 1) * 13 * MINUTE;
			const result = await store.grade(answer(cardId, time, grade, `s${i}`));
			graded.push(result.review);
			out.push(result);
		}
		out.push(
			await store
				.grade({
					review: answer(A1, time + DAY).review,
					next: () => {
						throw new Error('refused');
					}
				})
				.catch((error: unknown) => (error instanceof Error ? error.message : error))
		);
		await store.undo(graded.at(-1) as Review);
		await store.setMeta('goal', { minutes: 15 });
		out.push(await store.getMeta('goal'));
		out.push(await store.cardStates('deck-a'));
		out.push(await store.cardStates('deck-ab'));
		out.push(await store.cardStates());
		out.push(await store.cardState(A1));
		out.push(await store.cardState('deck-a/none/flashcard'));
		for (const deck of ['deck-a', 'deck-ab', 'deck-none']) {
			out.push(statesOf(await store.deckStates(deck)));
		}
		out.push((await readAll(store)).chunks.flatMap(reviewsOf));
		out.push(await store.reviewsSince(T0 + 40 * MINUTE));
		out.push(await store.allReviews());
		store.close();
		return out;
	}

	test('the same answers give the same results, states and logs', async () => {
		const memory = await script(new MemoryProgressStore());
		const idb = await script(await openStore());
		expect(idb).toEqual(memory);
		expect(memory).toContain('refused');
	});
});

describe('IdbProgressStore: opening older and newer data', () => {
	test('a new database is created at the current schema version', async () => {
		const factory = new IDBFactory();
		const store = await openStore(factory);
		expect(await store.getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
		expect(SCHEMA_VERSION).toBe(5);
		store.close();
	});

	test('v1 reviews (no deck, no mode) are migrated to v2', async () => {
		const factory = new IDBFactory();
		const raw = await openRaw(factory);
		await rawPut(
			raw,
			'reviews',
			v1.reviews.map((r) => [r.id, r])
		);
		await rawPut(raw, 'cards', Object.entries(v1.cards));
		await rawPut(raw, 'meta', [['schemaVersion', 1]]);
		for (const review of (await rawAll(raw, 'reviews')).values()) {
			expect(review).not.toHaveProperty('deckId');
			expect(review).not.toHaveProperty('mode');
		}
		raw.close();

		const store = await openStore(factory);
		const reviews = await store.allReviews();
		expect(reviews).toHaveLength(v1.reviews.length);
		expect(reviews.map((r) => r.id)).toEqual(v1.reviews.map((r) => r.id));
		for (const review of reviews) {
			expect(review.deckId).toBe('deck-a');
			expect(review.mode).toBe('study');
		}
		// Nothing else was changed.
		expect(reviews).toEqual(v1.reviews.map((r) => ({ ...r, deckId: 'deck-a', mode: 'study' })));
		expect(await store.getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
		// The v1 cache is the replay of the migrated log.
		const states = await store.cardStates('deck-a');
		expect(states).toEqual(new Map(Object.entries(v1.cards)));
		expect(replayReviews(reviews, scheduler)).toEqual(states);
		// And it can be studied on at once.
		const next = await store.grade(answer(v1.reviews[0]?.cardId as string, T0));
		expect(next.review.previous).toEqual(states.get(v1.reviews[0]?.cardId as string));
		store.close();

		// Opening again does not migrate again.
		const again = await openStore(factory);
		expect(await again.allReviews()).toHaveLength(v1.reviews.length + 1);
		again.close();
	});

	test('v2, v3 and v4 databases move their reviews and states into chunks, keeping what is unreadable', async () => {
		for (const version of [2, 3, 4]) {
			const factory = new IDBFactory();
			// As v2 to v4 left it: a record per review and per state, the v3 index, the v4 schedule.
			const open = factory.open(DB, version);
			open.onupgradeneeded = () => {
				for (const name of ['reviews', 'cards', 'meta', 'decks', 'schedule']) {
					if (name === 'schedule' && version < 4) {
						continue;
					}
					const store = open.result.createObjectStore(name);
					if (version === 3 && name === 'cards') {
						store.createIndex('deck-due', ['deck', 'due']);
					}
				}
			};
			const raw = await request(open);
			const log: Review[] = [];
			const memory = new MemoryProgressStore();
			for (const [i, cardId] of [A1, A2, AB, A1, B1].entries()) {
				log.push((await memory.grade(answer(cardId, T0 + i * DAY, 3, `m${i}`))).review);
			}
			const states = await memory.cardStates();
			await rawPut(raw, 'reviews', [
				...log.map((r): [string, unknown] => [r.id, r]),
				['999~broken', { id: 'broken', rating: 9 }]
			]);
			await rawPut(raw, 'cards', [...states, ['deck-a/fact-9/x', { due: 'soon' }]]);
			if (version === 4) {
				await rawPut(raw, 'schedule', [['old', { ids: A1 }]]);
			}
			await rawPut(raw, 'meta', [['schemaVersion', version]]);
			raw.close();

			const store = await openStore(factory);
			// What the migration found unreadable is told to the hook, though set after opening.
			const corrupt: string[] = [];
			store.onCorrupt = (what) => corrupt.push(what);
			expect(corrupt).toEqual(['une révision illisible', 'état de la carte deck-a/fact-9/x']);
			corrupt.length = 0;
			// A replay would miss the review left behind: the log is not whole.
			expect((await readAll(store)).whole).toBe(false);
			expect(await store.getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
			expect(await store.allReviews()).toEqual(log);
			expect(await store.cardStates()).toEqual(states);
			expect(statesOf(await store.deckStates('deck-a'))).toEqual(await memory.cardStates('deck-a'));
			// The unreadable records stay where they were; the rest left the old stores.
			const after = await request(factory.open(DB));
			expect([...(await rawAll(after, 'reviews')).keys()]).toEqual(['999~broken']);
			expect([...(await rawAll(after, 'cards')).keys()]).toEqual(['deck-a/fact-9/x']);
			expect((await rawAll(after, 'log')).size).toBe(5);
			if (version === 4) {
				expect((await rawAll(after, 'schedule')).size).toBe(0);
			}
			after.close();
			// Studying goes on from the moved state.
			const graded = await store.grade(answer(A1, T0 + 9 * DAY, 3));
			expect(graded.review.previous).toEqual(states.get(A1));
			expect(corrupt).toEqual([]);
			store.close();
		}
	});

	test('v1 data without a schemaVersion entry is taken as v1', async () => {
		const factory = new IDBFactory();
		const raw = await openRaw(factory);
		await rawPut(
			raw,
			'reviews',
			v1.reviews.map((r) => [r.id, r])
		);
		raw.close();
		const store = await openStore(factory);
		const reviews = await store.allReviews();
		expect(reviews).toHaveLength(v1.reviews.length);
		expect(reviews.every((r) => r.deckId === 'deck-a' && r.mode === 'study')).toBe(true);
		expect(await store.getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
		store.close();
	});

	test('data from a newer version is refused, said clearly, and left untouched', async () => {
		const factory = new IDBFactory();
		const raw = await openRaw(factory);
		const future = { id: 'future', cardId: A1, hologram: true };
		await rawPut(raw, 'reviews', [['999999999999999~future', future]]);
		await rawPut(raw, 'cards', [[A1, { quantum: 1 }]]);
		await rawPut(raw, 'meta', [['schemaVersion', 99]]);
		raw.close();

		await expect(openStore(factory)).rejects.toThrow(/version plus récente.*schéma 99/);

		const after = await openRaw(factory);
		expect(await rawAll(after, 'meta')).toEqual(new Map([['schemaVersion', 99]]));
		expect(await rawAll(after, 'reviews')).toEqual(new Map([['999999999999999~future', future]]));
		expect(await rawAll(after, 'cards')).toEqual(new Map([[A1, { quantum: 1 }]]));
		after.close();
	});
});

describe('IdbProgressStore: the log in daily chunks and the states in buckets', () => {
	const CARDS = [A1, A2, AB, B1, 'deck-a/fact-3/quote-typed', 'deck-b/fact-2/mine-choice'];

	test('after grades over days, undos, a rebuild and a restore, the states are the log’s replay', async () => {
		const factory = new IDBFactory();
		const store = await openStore(factory);
		const graded: Review[] = [];
		let time = T0;
		for (let i = 0; i < 24; i++) {
			time += (i % 5) * 7 * 60 * MINUTE;
			const cardId = CARDS[(i * 7) % CARDS.length] as string;
			graded.push(
				(await store.grade(answer(cardId, time, ((i % 4) + 1) as Grade, `x${i}`))).review
			);
			if (i % 6 === 5) {
				await store.undo(graded.pop() as Review);
			}
			expect(await store.cardStates()).toEqual(replayReviews(graded, scheduler));
		}
		// Two answers at one time are in log order: by id.
		const log = [...graded].sort(compareReviews);
		expect(await store.allReviews()).toEqual(log);
		expect(await store.reviewsSince(T0 + 2 * DAY)).toEqual(
			log.filter((r) => r.time >= T0 + 2 * DAY)
		);
		const raw = await request(factory.open(DB));
		const days = new Set(graded.map((r) => logKey(r.time)));
		expect([...(await rawAll(raw, 'log')).keys()].map(Number)).toEqual([...days]);
		raw.close();

		await store.replaceCardStates(replayReviews(await store.allReviews(), scheduler));
		expect(await store.cardStates()).toEqual(replayReviews(graded, scheduler));

		const saved = await store.exportAll();
		const onlyA = new Map([...saved.cardStates].filter(([id]) => id.startsWith('deck-a/')));
		await store.importAll({ addReviews: graded.slice(0, 3), states: onlyA, meta: {}, decks: [] });
		expect(await store.cardStates()).toEqual(onlyA);
		expect(await store.deckStates('deck-b')).toEqual([]);
		expect(await store.allReviews()).toEqual(log);
		store.close();
	});

	test('a deck’s states read once are kept until a write, here or in another tab, changes them', async () => {
		const factory = new IDBFactory();
		const store = await openStore(factory);
		const other = await openStore(factory);
		await store.grade(answer(A1, T0));
		await store.grade(answer(A2, T0));
		const fresh = async () => statesOf(await other.deckStates('deck-a'));
		const first = await store.deckStates('deck-a');
		expect(await store.deckStates('deck-a')).toBe(first);

		// This store's own grade: what it keeps takes in the bucket it wrote.
		const graded = await store.grade(answer(A1, T0 + DAY, 4));
		const second = await store.deckStates('deck-a');
		expect(statesOf(second).get(A1)).toEqual(graded.state);
		expect(statesOf(second)).toEqual(await fresh());
		if (bucketOf(A1) !== bucketOf(A2)) {
			expect(second).toContain(first.find((b) => b.ids.includes(A2)));
		}

		// Another tab's grade and undo: read again.
		const elsewhere = await other.grade(answer(A2, T0 + DAY, 1));
		expect(statesOf(await store.deckStates('deck-a')).get(A2)).toEqual(elsewhere.state);
		await other.undo(elsewhere.review);
		expect(statesOf(await store.deckStates('deck-a'))).toEqual(await fresh());

		// A grade of another deck, a rebuild and a restore change what is read too.
		await store.grade(answer(B1, T0));
		expect(statesOf(await store.deckStates('deck-a'))).toEqual(await fresh());
		await other.replaceCardStates(new Map([[A1, graded.state!]]));
		expect(statesOf(await store.deckStates('deck-a'))).toEqual(new Map([[A1, graded.state]]));
		await store.importAll({ addReviews: [], states: new Map(), meta: {}, decks: [] });
		expect(await store.deckStates('deck-a')).toEqual([]);
		store.close();
		other.close();
	});

	test('states replaced after a replay of the log are written only if no answer came in between', async () => {
		const factory = new IDBFactory();
		// Another tab: a second connection to the same database, or the same memory.
		const memory = new MemoryProgressStore();
		const pairs: [ProgressStore, ProgressStore][] = [
			[memory, memory],
			[await openStore(factory), await openStore(factory)]
		];
		for (const [store, other] of pairs) {
			await store.grade(answer(A1, T0));
			await store.grade(answer(B1, T0, 1));
			const first = await readAll(store);
			expect(first.whole).toBe(true);
			const replayed = (input: typeof first) =>
				replayReviews(input.chunks.flatMap(reviewsOf), createScheduler({ retention: 0.8 }));

			// An answer in another tab after the read: the replay misses it, so it is not written.
			const answered = await other.grade(answer(A2, T0 + MINUTE));
			expect(await store.replaceCardStates(bucketsOf(replayed(first)), first)).toBe(false);
			expect((await store.cardStates()).get(A2)).toEqual(answered.state);

			// Read again, nothing in between: the replay, given in buckets, replaces every state.
			const second = await readAll(store);
			const states = replayed(second);
			expect(states.size).toBe(3);
			expect(await store.replaceCardStates(bucketsOf(states), second)).toBe(true);
			expect(await store.cardStates()).toEqual(states);
			expect(await other.cardStates()).toEqual(states);
			// The write of the replay is a write of states too: an older read is refused.
			expect(await store.replaceCardStates(new Map(), second)).toBe(false);
			expect(await store.cardStates()).toEqual(states);
			store.close();
			other.close();
		}
	});

	test('a replay reads the log in batches of days, in log order, none left out', async () => {
		const store = await openStore();
		// 120 days of answers: more than two batches of 50 days.
		for (let day = 0; day < 120; day++) {
			await store.grade(answer(day % 2 ? A1 : B1, T0 + day * DAY, 3, `d${day}`));
		}
		const { batches, chunks, whole } = await readAll(store);
		expect(batches.map((batch) => batch.length)).toEqual([50, 50, 20]);
		expect(chunks.flatMap(reviewsOf)).toEqual(await store.allReviews());
		expect(whole).toBe(true);
		store.close();
	});

	test('the last review of a day undone leaves no empty chunk', async () => {
		const factory = new IDBFactory();
		const store = await openStore(factory);
		const first = await store.grade(answer(A1, T0));
		const next = await store.grade(answer(A1, T0 + DAY));
		await store.undo(next.review);
		await store.undo(first.review);
		const raw = await request(factory.open(DB));
		expect((await rawAll(raw, 'log')).size).toBe(0);
		expect((await rawAll(raw, 'states')).size).toBe(0);
		raw.close();
		store.close();
	});
});

describe('IdbProgressStore: damaged data and failed writes', () => {
	test('a damaged chunk or bucket is reported and not read; the next write sets it aside, whole', async () => {
		const factory = new IDBFactory();
		const store = await openStore(factory);
		const other = await store.grade(answer(B1, T0 + DAY));
		await store.grade(answer(A2, T0 - DAY));
		const damagedLog = { ids: 'x', cardIds: 42 };
		const damagedStates = { ids: A2, due: 'tomorrow' };
		const raw = await request(factory.open(DB));
		const tx = raw.transaction(['log', 'states'], 'readwrite');
		tx.objectStore('log').put(damagedLog, logKey(T0));
		tx.objectStore('states').put(damagedStates, ['deck-a', bucketOf(A2)]);
		await done(tx);

		const corrupt: string[] = [];
		store.onCorrupt = (what) => corrupt.push(what);
		// A replay of this log would lose the damaged day's answers: it says so.
		expect((await readAll(store)).whole).toBe(false);
		corrupt.length = 0;
		const before = await store.allReviews();
		expect(before.map((r) => r.cardId)).toEqual([A2, B1]);
		expect(corrupt).toEqual(['une journée de révisions illisible']);
		corrupt.length = 0;
		expect(await store.reviewsSince(T0)).toEqual([other.review]);
		expect(corrupt).toHaveLength(1);
		corrupt.length = 0;
		expect(await store.cardStates()).toEqual(new Map([[B1, other.state]]));
		expect(corrupt).toEqual(['états de cartes illisibles']);

		// A card whose state is unreadable can still be studied, and nothing is written over.
		const restart = await store.grade(answer(A2, T0 + 5 * MINUTE));
		expect(restart.review.previous).toBeUndefined();
		expect((await store.cardStates()).get(A2)).toEqual(restart.state);
		expect(await store.allReviews()).toEqual([before[0], restart.review, other.review]);
		const aside = async (name: string) =>
			[...(await rawAll(raw, name))].filter(([key]) => key.startsWith('damaged')).map(([, v]) => v);
		expect(await aside('log')).toEqual([damagedLog]);
		expect(await aside('states')).toEqual([damagedStates]);
		// Every chunk read is whole now, but the day set aside still keeps the log from being so.
		const log = await readAll(store);
		expect(log.chunks.flatMap(reviewsOf)).toEqual(await store.allReviews());
		expect(log.whole).toBe(false);
		raw.close();
		store.close();
	});

	test('a write that fails once is retried on a new connection and succeeds', async () => {
		const factory = new WatchedFactory();
		const store = await IdbProgressStore.open(factory.asFactory(), DB);
		const first = await store.grade(answer(A1, T0));
		expect(factory.connections).toHaveLength(1);
		// The connection goes away under the store (closed by the browser, say).
		factory.connections[0]?.close();
		const second = await store.grade(answer(A1, first.state!.due));
		expect(factory.connections).toHaveLength(2);
		expect(second.review.previous).toEqual(first.state);
		expect(await store.allReviews()).toEqual([first.review, second.review]);
		expect((await store.cardStates()).get(A1)).toEqual(second.state);
		store.close();
	});

	test('a write that fails twice is reported as a StorageWriteError, and writes nothing', async () => {
		const factory = new WatchedFactory();
		const store = await IdbProgressStore.open(factory.asFactory(), DB);
		const first = await store.grade(answer(A1, T0));
		factory.connections[0]?.close();
		factory.broken = true;
		const failed = store.grade(answer(A1, first.state!.due));
		await expect(failed).rejects.toBeInstanceOf(StorageWriteError);
		await expect(failed).rejects.toThrow(/L’enregistrement sur l’appareil a échoué/);
		store.close();

		const reopened = await openStore(factory.inner as unknown as IDBFactory);
		expect(await reopened.allReviews()).toEqual([first.review]);
		expect((await reopened.cardStates()).get(A1)).toEqual(first.state);
		reopened.close();
	});
});
