// The IndexedDB implementation of ProgressStore, on idb-keyval. idb-keyval's default store
// opens one object store per database with relaxed durability; ours opens the three stores of
// the "revise" database and asks for strict durability on every write, so that an answer
// reported as saved is on disk.
import { del, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { CardSummary } from '../domain/queue';
import type { CardState } from '../domain/scheduler';
import { compareReviews, type Review } from '../domain/reviews';
import { m } from '../paraglide/messages.js';
import { MIGRATIONS, type Migration } from './migrations';
import {
	deckRange,
	NewerDataError,
	SCHEMA_VERSION,
	StorageWriteError,
	type GradeWrite,
	type ProgressStore,
	type StoredData,
	type UserDeck
} from './progress-store';
import { readCardState, readReview, readUserDeck } from './records';
import {
	bucketOf,
	bucketsOf,
	decodeBucket,
	deckScheduleRange,
	encodeBucket,
	scheduleKey,
	updateBucket
} from './schedule';

export const DB_NAME = 'revise';
// v2 adds the decks store (decks written or imported by the learner); v3 an index of card
// states by deck and due time; v4 replaces that index with the schedule store.
const DB_VERSION = 4;
const REVIEWS = 'reviews';
const CARDS = 'cards';
const META = 'meta';
const DECKS = 'decks';
/** Each deck's schedule in buckets, keyed [deck, bucket] (see schedule.ts). */
const SCHEDULE = 'schedule';
/** The v3 index of card states by [deck, due], which the schedule replaced. */
const BY_DECK_DUE = 'deck-due';
const STRICT: IDBTransactionOptions = { durability: 'strict' };

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
	const request = factory.open(name, DB_VERSION);
	request.onupgradeneeded = () => {
		const db = request.result;
		for (const store of [REVIEWS, CARDS, META, DECKS, SCHEDULE]) {
			if (!db.objectStoreNames.contains(store)) {
				db.createObjectStore(store);
			}
		}
		// The schedule of an older database is built by the v4 migration (see migrations.ts).
		const cards = request.transaction?.objectStore(CARDS);
		if (cards?.indexNames.contains(BY_DECK_DUE)) {
			cards.deleteIndex(BY_DECK_DUE);
		}
	};
	return promisifyRequest(request);
}

export class IdbProgressStore implements ProgressStore {
	#db: Promise<IDBDatabase>;
	/** Called with what was unreadable, so the app can say so instead of hiding it. */
	onCorrupt: (what: string) => void = () => {};

	private constructor(
		private readonly factory: IDBFactory,
		private readonly name: string
	) {
		this.#db = this.#open();
	}

	static async open(factory: IDBFactory = indexedDB, name = DB_NAME): Promise<IdbProgressStore> {
		const store = new IdbProgressStore(factory, name);
		await store.#migrate();
		return store;
	}

	#open(): Promise<IDBDatabase> {
		const db = openDatabase(this.factory, this.name);
		void db.then((opened) => {
			// Another tab upgrading the database asks us to let go; the next use reopens it.
			opened.onversionchange = () => {
				opened.close();
				this.#db = this.#open();
			};
			opened.onclose = () => (this.#db = this.#open());
		});
		return db;
	}

	/** An idb-keyval store over one of our object stores; writes are durable. */
	#store(name: string): UseStore {
		return (mode, callback) =>
			this.#db.then((db) =>
				callback(
					db.transaction(name, mode, mode === 'readwrite' ? STRICT : undefined).objectStore(name)
				)
			);
	}

	/** Runs a write, and once more on a fresh connection if the first attempt failed. */
	async #write<T>(attempt: () => Promise<T>): Promise<T> {
		try {
			return await attempt();
		} catch (first) {
			if (first instanceof CallerError) {
				throw first.error;
			}
			try {
				(await this.#db.catch(() => undefined))?.close();
			} catch {
				// already closed
			}
			this.#db = this.#open();
			try {
				return await attempt();
			} catch (second) {
				if (second instanceof CallerError) {
					throw second.error;
				}
				throw new StorageWriteError(describeFailure(second ?? first), second);
			}
		}
	}

	async #migrate(): Promise<void> {
		const stored = await get<number>('schemaVersion', this.#store(META));
		const version = stored ?? ((await this.#isEmpty()) ? SCHEMA_VERSION : 1);
		if (version > SCHEMA_VERSION) {
			throw new NewerDataError(version);
		}
		for (const migration of MIGRATIONS.filter((m) => m.to > version)) {
			await this.#runMigration(migration);
		}
		// A new database records its version too, or it would pass for v1 once it has reviews.
		if (stored !== SCHEMA_VERSION) {
			await set('schemaVersion', SCHEMA_VERSION, this.#store(META));
		}
	}

	async #isEmpty(): Promise<boolean> {
		const count = await this.#store(REVIEWS)('readonly', (store) =>
			promisifyRequest(store.count())
		);
		return count === 0;
	}

	async #runMigration(migration: Migration): Promise<void> {
		const db = await this.#db;
		const tx = db.transaction([REVIEWS, CARDS, META, SCHEDULE], 'readwrite', STRICT);
		if (migration.card) {
			const cursorRequest = tx.objectStore(CARDS).openCursor();
			cursorRequest.onsuccess = () => {
				const cursor = cursorRequest.result;
				if (cursor) {
					const value = cursor.value as Record<string, unknown>;
					cursor.update(migration.card?.(String(cursor.key), value));
					cursor.continue();
				}
			};
		}
		if (migration.review) {
			const reviews = tx.objectStore(REVIEWS);
			const cursorRequest = reviews.openCursor();
			cursorRequest.onsuccess = () => {
				const cursor = cursorRequest.result;
				if (cursor) {
					cursor.update(migration.review?.(cursor.value as Record<string, unknown>));
					cursor.continue();
				}
			};
		}
		if (migration.schedule) {
			// Requests run in order: this reads the states as the card step above left them.
			const cards = tx.objectStore(CARDS);
			const keys = cards.getAllKeys();
			const values = cards.getAll();
			values.onsuccess = () => {
				const states = this.#readStates(keys.result, values.result);
				writeSchedule(tx.objectStore(SCHEDULE), states);
			};
		}
		tx.objectStore(META).put(migration.to, 'schemaVersion');
		await promisifyRequest(tx);
	}

	async cardStates(deckId?: string): Promise<Map<string, CardState>> {
		const range = deckId === undefined ? undefined : IDBKeyRange.bound(...deckRange(deckId));
		const [keys, values] = await this.#store(CARDS)('readonly', (store) =>
			Promise.all([
				promisifyRequest(store.getAllKeys(range)),
				promisifyRequest(store.getAll(range))
			])
		);
		return this.#readStates(keys, values);
	}

	#readStates(keys: IDBValidKey[], values: unknown[]): Map<string, CardState> {
		const states = new Map<string, CardState>();
		keys.forEach((key, i) => {
			const state = this.#readState(String(key), values[i]);
			if (state) {
				states.set(String(key), state);
			}
		});
		return states;
	}

	#readState(cardId: string, value: unknown): CardState | undefined {
		const state = readCardState(value);
		if (!state) {
			this.onCorrupt(`état de la carte ${cardId}`);
		}
		return state;
	}

	async cardState(cardId: string): Promise<CardState | undefined> {
		const value = await get<unknown>(cardId, this.#store(CARDS));
		return value === undefined ? undefined : this.#readState(cardId, value);
	}

	async cardStatesOf(cardIds: readonly string[]): Promise<Map<string, CardState>> {
		const values = await this.#store(CARDS)('readonly', (store) =>
			Promise.all(cardIds.map((id) => promisifyRequest(store.get(id))))
		);
		const states = new Map<string, CardState>();
		cardIds.forEach((id, i) => {
			const state = values[i] === undefined ? undefined : this.#readState(id, values[i]);
			if (state) {
				states.set(id, state);
			}
		});
		return states;
	}

	async deckSchedule(deckId: string, repair = true): Promise<Map<string, CardSummary>> {
		const range = IDBKeyRange.bound(...deckScheduleRange(deckId));
		const [keys, values] = await this.#store(SCHEDULE)('readonly', (store) =>
			Promise.all([
				promisifyRequest(store.getAllKeys(range)),
				promisifyRequest(store.getAll(range))
			])
		);
		const schedule = new Map<string, CardSummary>();
		const damaged = keys.filter((_, i) => !decodeBucket(values[i], schedule));
		if (damaged.length === 0 || !repair) {
			return schedule;
		}
		// Derived data: rebuilt from the card states, which stay the reference.
		this.onCorrupt(`planning du deck ${deckId}`);
		await this.#write(async () => {
			const db = await this.#db;
			const tx = db.transaction([CARDS, SCHEDULE], 'readwrite', STRICT);
			const cards = tx.objectStore(CARDS);
			const range = IDBKeyRange.bound(...deckRange(deckId));
			const [stateKeys, stateValues] = await Promise.all([
				promisifyRequest(cards.getAllKeys(range)),
				promisifyRequest(cards.getAll(range))
			]);
			const schedule = tx.objectStore(SCHEDULE);
			schedule.delete(IDBKeyRange.bound(...deckScheduleRange(deckId)));
			writeSchedule(schedule, this.#readStates(stateKeys, stateValues));
			await promisifyRequest(tx);
		});
		return this.deckSchedule(deckId, false);
	}

	async reviewsSince(since: number): Promise<Review[]> {
		const range = IDBKeyRange.lowerBound(String(Math.max(0, since)).padStart(15, '0'));
		const values = await this.#store(REVIEWS)('readonly', (store) =>
			promisifyRequest(store.getAll(range))
		);
		return this.#readReviews(values);
	}

	async allReviews(): Promise<Review[]> {
		return this.#readReviews(
			(await entries(this.#store(REVIEWS))).map(([, value]) => value as unknown)
		);
	}

	#readReviews(values: unknown[]): Review[] {
		const reviews: Review[] = [];
		for (const value of values) {
			const review = readReview(value);
			if (review) {
				reviews.push(review);
			} else {
				this.onCorrupt('une révision illisible');
			}
		}
		return reviews.sort(compareReviews);
	}

	grade({ review, next }: GradeWrite): Promise<{ review: Review; state: CardState | undefined }> {
		return this.#write(async () => {
			const db = await this.#db;
			const tx = db.transaction([REVIEWS, CARDS, SCHEDULE], 'readwrite', STRICT);
			const cards = tx.objectStore(CARDS);
			const result = new Promise<{ review: Review; state: CardState | undefined }>(
				(resolve, reject) => {
					const read = cards.get(review.cardId);
					read.onsuccess = () => {
						try {
							const previous = readCardState(read.result);
							const state = next(previous);
							const stored: Review = previous ? { ...review, previous } : { ...review };
							tx.objectStore(REVIEWS).put(stored, stored.id);
							if (state) {
								cards.put(state, review.cardId);
								setSchedule(tx, review.cardId, state);
							}
							resolve({ review: stored, state: state ?? previous });
						} catch (error) {
							// Not a storage failure: nothing is written, and the write is not retried.
							reject(new CallerError(error));
							tx.abort();
						}
					};
				}
			);
			// Whichever fails first is the reason; Promise.all also handles the other one.
			await Promise.all([result, promisifyRequest(tx)]);
			return result;
		});
	}

	undo(review: Review): Promise<void> {
		return this.#write(async () => {
			const db = await this.#db;
			const tx = db.transaction([REVIEWS, CARDS, SCHEDULE], 'readwrite', STRICT);
			tx.objectStore(REVIEWS).delete(review.id);
			if (review.previous) {
				tx.objectStore(CARDS).put(review.previous, review.cardId);
			} else {
				tx.objectStore(CARDS).delete(review.cardId);
			}
			setSchedule(tx, review.cardId, review.previous);
			await promisifyRequest(tx);
		});
	}

	replaceCardStates(states: ReadonlyMap<string, CardState>): Promise<void> {
		return this.#write(async () => {
			const db = await this.#db;
			const tx = db.transaction([CARDS, SCHEDULE], 'readwrite', STRICT);
			const store = tx.objectStore(CARDS);
			store.clear();
			for (const [id, state] of states) {
				store.put(state, id);
			}
			const schedule = tx.objectStore(SCHEDULE);
			schedule.clear();
			writeSchedule(schedule, states);
			await promisifyRequest(tx);
		});
	}

	async exportAll(): Promise<StoredData> {
		const [reviews, cardStates, meta, decks] = await Promise.all([
			this.allReviews(),
			this.cardStates(),
			entries(this.#store(META)),
			this.userDecks()
		]);
		return {
			reviews,
			cardStates,
			meta: Object.fromEntries(meta.map(([k, v]) => [String(k), v])),
			decks
		};
	}

	importAll(data: {
		addReviews: Review[];
		states: ReadonlyMap<string, CardState>;
		meta: Record<string, unknown>;
		decks: UserDeck[];
	}): Promise<void> {
		return this.#write(async () => {
			const db = await this.#db;
			const tx = db.transaction([REVIEWS, CARDS, META, DECKS, SCHEDULE], 'readwrite', STRICT);
			const reviews = tx.objectStore(REVIEWS);
			for (const review of data.addReviews) {
				reviews.put(review, review.id);
			}
			const cards = tx.objectStore(CARDS);
			cards.clear();
			for (const [id, state] of data.states) {
				cards.put(state, id);
			}
			const schedule = tx.objectStore(SCHEDULE);
			schedule.clear();
			writeSchedule(schedule, data.states);
			for (const [key, value] of Object.entries(data.meta)) {
				tx.objectStore(META).put(value, key);
			}
			for (const deck of data.decks) {
				tx.objectStore(DECKS).put(deck, deck.deck.id);
			}
			await promisifyRequest(tx);
		});
	}

	getMeta(key: string): Promise<unknown> {
		return get(key, this.#store(META));
	}

	setMeta(key: string, value: unknown): Promise<void> {
		return this.#write(() => set(key, value, this.#store(META)));
	}

	async userDecks(): Promise<UserDeck[]> {
		const decks: UserDeck[] = [];
		for (const [key, value] of await entries(this.#store(DECKS))) {
			const deck = readUserDeck(value);
			if (deck) {
				decks.push(deck);
			} else {
				this.onCorrupt(`deck ${String(key)}`);
			}
		}
		return decks;
	}

	saveUserDeck(deck: UserDeck): Promise<void> {
		return this.#write(() => set(deck.deck.id, deck, this.#store(DECKS)));
	}

	deleteUserDeck(id: string): Promise<void> {
		return this.#write(() => del(id, this.#store(DECKS)));
	}

	close(): void {
		void this.#db.then((db) => {
			db.onclose = null;
			db.onversionchange = null;
			db.close();
		});
	}
}

/** Writes the buckets of a set of states (into a store already cleared of them). */
function writeSchedule(store: IDBObjectStore, states: ReadonlyMap<string, CardState>): void {
	for (const { key, entries } of bucketsOf(states).values()) {
		store.put(encodeBucket(entries), key);
	}
}

/**
 * Sets (or with undefined, removes) one card's entry in its bucket, inside the caller's
 * transaction, after its write of the card's state. A damaged bucket is rebuilt from the states.
 */
function setSchedule(tx: IDBTransaction, cardId: string, state: CardState | undefined): void {
	const schedule = tx.objectStore(SCHEDULE);
	const key = scheduleKey(cardId);
	const read = schedule.get(key);
	read.onsuccess = () => {
		const updated = updateBucket(read.result, cardId, state);
		if (updated) {
			schedule.put(updated, key);
			return;
		}
		const cards = tx.objectStore(CARDS);
		const range = IDBKeyRange.bound(...deckRange(key[0]));
		const keys = cards.getAllKeys(range);
		const values = cards.getAll(range);
		values.onsuccess = () => {
			const states = new Map<string, CardState>();
			keys.result.forEach((stateKey, i) => {
				const id = String(stateKey);
				const stored = readCardState(values.result[i]);
				if (stored && bucketOf(id) === key[1]) {
					states.set(id, stored);
				}
			});
			writeSchedule(schedule, states);
			if (states.size === 0) {
				schedule.delete(key);
			}
		};
	};
}

/** An error thrown by the caller's code (GradeWrite.next) inside a write. */
class CallerError {
	constructor(readonly error: unknown) {}
}

function describeFailure(error: unknown): string {
	const name = error instanceof DOMException ? error.name : '';
	if (name === 'QuotaExceededError') {
		return m.storage_quota_full();
	}
	return name ? m.storage_write_failed_named({ name }) : m.storage_write_failed();
}
