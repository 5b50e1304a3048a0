// The IndexedDB implementation of ProgressStore, on idb-keyval. idb-keyval's default store
// opens one object store per database with relaxed durability; ours opens the three stores of
// the "revise" database and asks for strict durability on every write, so that an answer
// reported as saved is on disk.
import { del, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { CardState } from '../domain/scheduler';
import { compareReviews, deckOfCard, type Review } from '../domain/reviews';
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

export const DB_NAME = 'revise';
// v2 adds the decks store (decks written or imported by the learner); v3 an index of card
// states by deck and due time.
const DB_VERSION = 3;
const REVIEWS = 'reviews';
const CARDS = 'cards';
const META = 'meta';
const DECKS = 'decks';
/** Card states by [deck, due]: a deck's due cards without reading the others. */
const BY_DECK_DUE = 'deck-due';
const STRICT: IDBTransactionOptions = { durability: 'strict' };

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
	const request = factory.open(name, DB_VERSION);
	request.onupgradeneeded = () => {
		const db = request.result;
		for (const store of [REVIEWS, CARDS, META, DECKS]) {
			if (!db.objectStoreNames.contains(store)) {
				db.createObjectStore(store);
			}
		}
		// States written before v3 lack their deck; the v3 migration adds it (see migrations.ts).
		const cards = request.transaction?.objectStore(CARDS);
		if (cards && !cards.indexNames.contains(BY_DECK_DUE)) {
			cards.createIndex(BY_DECK_DUE, ['deck', 'due']);
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
		const tx = db.transaction([REVIEWS, CARDS, META], 'readwrite', STRICT);
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

	async dueCardStates(deckId: string, until: number): Promise<Map<string, CardState>> {
		// Upper bound excluded: due < until, as the queue counts it.
		const range = IDBKeyRange.bound([deckId, -Infinity], [deckId, until], false, true);
		const [keys, values] = await this.#store(CARDS)('readonly', (store) => {
			const index = store.index(BY_DECK_DUE);
			return Promise.all([
				promisifyRequest(index.getAllKeys(range)),
				promisifyRequest(index.getAll(range))
			]);
		});
		return this.#readStates(keys, values);
	}

	async studiedCardIds(deckId: string): Promise<Set<string>> {
		const keys = await this.#store(CARDS)('readonly', (store) =>
			promisifyRequest(store.getAllKeys(IDBKeyRange.bound(...deckRange(deckId))))
		);
		return new Set(keys.map(String));
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
			const tx = db.transaction([REVIEWS, CARDS], 'readwrite', STRICT);
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
								cards.put(cardRecord(review.cardId, state), review.cardId);
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
			const tx = db.transaction([REVIEWS, CARDS], 'readwrite', STRICT);
			tx.objectStore(REVIEWS).delete(review.id);
			if (review.previous) {
				tx.objectStore(CARDS).put(cardRecord(review.cardId, review.previous), review.cardId);
			} else {
				tx.objectStore(CARDS).delete(review.cardId);
			}
			await promisifyRequest(tx);
		});
	}

	replaceCardStates(states: ReadonlyMap<string, CardState>): Promise<void> {
		return this.#write(async () => {
			const db = await this.#db;
			const tx = db.transaction(CARDS, 'readwrite', STRICT);
			const store = tx.objectStore(CARDS);
			store.clear();
			for (const [id, state] of states) {
				store.put(cardRecord(id, state), id);
			}
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
			const tx = db.transaction([REVIEWS, CARDS, META, DECKS], 'readwrite', STRICT);
			const reviews = tx.objectStore(REVIEWS);
			for (const review of data.addReviews) {
				reviews.put(review, review.id);
			}
			const cards = tx.objectStore(CARDS);
			cards.clear();
			for (const [id, state] of data.states) {
				cards.put(cardRecord(id, state), id);
			}
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

/** A card state as stored: with its deck, for the deck-and-due index. */
export function cardRecord(cardId: string, state: CardState): CardState & { deck: string } {
	return { ...state, deck: deckOfCard(cardId) };
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
