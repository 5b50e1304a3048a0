// The IndexedDB implementation of ProgressStore, on idb-keyval. idb-keyval's default store
// opens one object store per database with relaxed durability; ours opens the three stores of
// the "revise" database and asks for strict durability on every write, so that an answer
// reported as saved is on disk.
import { del, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { CardState } from '../domain/card-state';
import type { Review } from '../domain/reviews';
import { m } from '../paraglide/messages.js';
import {
	BY_DECK_DUE,
	CARDS,
	DB_NAME,
	DB_VERSION,
	DECKS,
	LOG,
	META,
	REVIEWS,
	SCHEDULE,
	STATES,
	STATES_VERSION,
	STRICT,
	writeStates
} from './stores';
import {
	NewerDataError,
	SCHEMA_VERSION,
	StorageWriteError,
	type GradeWrite,
	type ProgressStore,
	type LogRead,
	type StoredData,
	type UserDeck
} from './progress-store';
import { readUserDeck } from './records';
import {
	chunksOf,
	decodeLog,
	logKey,
	logRange,
	reviewsOf,
	withoutReview,
	withReviews,
	type LogColumns
} from './review-log';
import {
	bucketOf,
	decodeStates,
	deckStatesRange,
	stateIn,
	stateKey,
	statesOf,
	storedBucket,
	withState,
	type StateColumns,
	type StateKey,
	type StateRecords
} from './state-buckets';

/** Days of the log read at a time for a replay: about 50,000 answers for a busy learner. */
const LOG_BATCH = 50;

/** Every bucket key ([deck, n]); a record set aside has a string key, outside this range. */
const allBuckets = () => IDBKeyRange.lowerBound([]);

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
	const request = factory.open(name, DB_VERSION);
	request.onupgradeneeded = () => {
		const db = request.result;
		// The stores before v5 stay, emptied by the v5 migration (see migrate.ts): a store
		// can only be deleted here, before the migration has read it.
		for (const store of [REVIEWS, CARDS, META, DECKS, SCHEDULE, LOG, STATES]) {
			if (!db.objectStoreNames.contains(store)) {
				db.createObjectStore(store);
			}
		}
		const cards = request.transaction?.objectStore(CARDS);
		if (cards?.indexNames.contains(BY_DECK_DUE)) {
			cards.deleteIndex(BY_DECK_DUE);
		}
	};
	return promisifyRequest(request);
}

export class IdbProgressStore implements ProgressStore {
	#db: Promise<IDBDatabase>;
	#hook: ((what: string) => void) | undefined;
	/** What was found unreadable before a hook was set: while opening, by a migration. */
	#unheard: string[] = [];
	/** Decks' states as last read, with the states version they were read at. */
	#read = new Map<string, { version: unknown; buckets: StateColumns[] }>();

	private constructor(
		private readonly factory: IDBFactory,
		private readonly name: string
	) {
		this.#db = this.#open();
	}

	/** Called with what was unreadable, so the app can say so instead of hiding it. */
	get onCorrupt(): (what: string) => void {
		return this.#report;
	}

	set onCorrupt(hook: (what: string) => void) {
		this.#hook = hook;
		for (const what of this.#unheard.splice(0)) {
			hook(what);
		}
	}

	#report = (what: string): void => {
		if (this.#hook) {
			this.#hook(what);
		} else {
			this.#unheard.push(what);
		}
	};

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
		if (version < SCHEMA_VERSION) {
			// Loaded only when a database needs it, so that an up-to-date one opens with less code.
			const { migrate } = await import('./migrate');
			await migrate(await this.#db, version, this.#report);
		}
		// A new database records its version too, or it would pass for v1 once it has reviews.
		if (stored !== SCHEMA_VERSION) {
			await set('schemaVersion', SCHEMA_VERSION, this.#store(META));
		}
	}

	async #isEmpty(): Promise<boolean> {
		const db = await this.#db;
		const tx = db.transaction([REVIEWS, LOG], 'readonly');
		const counts = await Promise.all([
			promisifyRequest(tx.objectStore(REVIEWS).count()),
			promisifyRequest(tx.objectStore(LOG).count())
		]);
		return counts.every((count) => count === 0);
	}

	/** Reads buckets of states; a damaged one is reported and left out. */
	async #buckets(range: IDBKeyRange | IDBValidKey[]): Promise<StateColumns[]> {
		const values = await this.#store(STATES)('readonly', (store) =>
			Array.isArray(range)
				? Promise.all(range.map((key) => promisifyRequest(store.get(key))))
				: promisifyRequest(store.getAll(range))
		);
		return this.#decoded(
			values.filter((value) => value !== undefined),
			decodeStates,
			'états de cartes illisibles'
		);
	}

	/** Stored records decoded; a damaged one is reported as `what` and left out. */
	#decoded<T>(values: unknown[], decode: (value: unknown) => T | undefined, what: string): T[] {
		const decoded: T[] = [];
		for (const value of values) {
			const record = decode(value);
			if (record) {
				decoded.push(record);
			} else {
				this.#report(what);
			}
		}
		return decoded;
	}

	async cardStates(deckId?: string): Promise<Map<string, CardState>> {
		const range =
			deckId === undefined ? allBuckets() : IDBKeyRange.bound(...deckStatesRange(deckId));
		return statesOf(await this.#buckets(range));
	}

	async cardState(cardId: string): Promise<CardState | undefined> {
		return stateIn((await this.#buckets([stateKey(cardId)]))[0], cardId);
	}

	/**
	 * A deck's states, read again only when a write (from this tab or another) changed the
	 * states version since the last read: a queue built again costs a read of one entry, not of
	 * 64 buckets. The version is read first, so a write in between only makes the next call
	 * read again.
	 */
	async deckStates(deckId: string): Promise<StateColumns[]> {
		const version = await get<unknown>(STATES_VERSION, this.#store(META));
		const known = this.#read.get(deckId);
		if (known && version !== undefined && known.version === version) {
			return known.buckets;
		}
		const buckets = await this.#buckets(IDBKeyRange.bound(...deckStatesRange(deckId)));
		this.#read.set(deckId, { version, buckets });
		return buckets;
	}

	/**
	 * In a write of states: sets a new states version. Once the write is done, the decks read
	 * at the version before it take in the buckets it changed; any other read is forgotten.
	 */
	#newVersion(tx: IDBTransaction): (changed: [StateKey, StateColumns | undefined][]) => void {
		const meta = tx.objectStore(META);
		const before = meta.get(STATES_VERSION);
		const version = `${Date.now()}-${Math.random()}`;
		meta.put(version, STATES_VERSION);
		return (changed) => {
			for (const [deckId, known] of this.#read) {
				if (before.result === undefined || known.version !== before.result) {
					this.#read.delete(deckId);
					continue;
				}
				let buckets = known.buckets;
				for (const [[deck, number], bucket] of changed) {
					if (deck === deckId) {
						buckets = buckets.filter((b) => bucketOf(b.ids[0] ?? '') !== number);
						buckets = bucket ? [...buckets, bucket] : buckets;
					}
				}
				this.#read.set(deckId, { version, buckets });
			}
		};
	}

	/** Reads chunks of the log (by default all); a damaged one is reported and left out, and counted. */
	async #chunks(
		range: IDBKeyRange = IDBKeyRange.bound(...logRange())
	): Promise<{ chunks: LogColumns[]; damaged: number }> {
		const values = await this.#store(LOG)('readonly', (store) =>
			promisifyRequest(store.getAll(range))
		);
		const chunks = this.#decoded(values, decodeLog, 'une journée de révisions illisible');
		return { chunks, damaged: values.length - chunks.length };
	}

	async reviewsSince(since: number): Promise<Review[]> {
		const start = Math.max(0, since);
		const { chunks } = await this.#chunks(IDBKeyRange.bound(...logRange(start)));
		return chunks.flatMap(reviewsOf).filter((r) => r.time >= start);
	}

	async allReviews(): Promise<Review[]> {
		return (await this.#chunks()).chunks.flatMap(reviewsOf);
	}

	async readLog(take: (chunks: LogColumns[]) => void): Promise<LogRead> {
		const db = await this.#db;
		const tx = db.transaction([LOG, REVIEWS, META], 'readonly');
		const log = tx.objectStore(LOG);
		const [days, setAside, leftBehind, version] = await Promise.all([
			promisifyRequest(log.getAllKeys(IDBKeyRange.bound(...logRange()))),
			// Records set aside have string keys, after every day's number.
			promisifyRequest(log.count(IDBKeyRange.lowerBound(''))),
			// Reviews the v5 migration could not read stay in the old store.
			promisifyRequest(tx.objectStore(REVIEWS).count()),
			promisifyRequest(tx.objectStore(META).get(STATES_VERSION))
		]);
		// Batches of days, each asked for before the one before is handed over.
		const batch = (at: number) =>
			at < days.length
				? this.#chunks(IDBKeyRange.bound(days[at], days[Math.min(at + LOG_BATCH, days.length) - 1]))
				: undefined;
		let damaged = 0;
		let next = batch(0);
		for (let at = 0; next; at += LOG_BATCH) {
			const read = await next;
			next = batch(at + LOG_BATCH);
			damaged += read.damaged;
			take(read.chunks);
		}
		return { version, whole: setAside === 0 && leftBehind === 0 && damaged === 0 };
	}

	grade({ review, next }: GradeWrite): Promise<{ review: Review; state: CardState | undefined }> {
		return this.#write(async () => {
			const { tx, states, log, key, day, bucketRead, chunkRead, written } =
				await this.#cardWrite(review);
			const changed: [StateKey, StateColumns | undefined][] = [];
			const result = new Promise<{ review: Review; state: CardState | undefined }>(
				(resolve, reject) => {
					chunkRead.onsuccess = () => {
						try {
							const bucket = this.#readForUpdate(states, key, bucketRead.result, decodeStates);
							const chunk = this.#readForUpdate(log, day, chunkRead.result, decodeLog);
							const previous = stateIn(bucket, review.cardId);
							const state = next(previous);
							const stored: Review = previous ? { ...review, previous } : { ...review };
							log.put(withReviews(chunk, [stored]), day);
							if (state) {
								const updated = withState(bucket, review.cardId, state) as StateColumns;
								states.put(storedBucket(updated), key);
								changed.push([key, updated]);
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
			written(changed);
			return result;
		});
	}

	/**
	 * The transaction of a grade or an undo, with the card's bucket and the review's day read in
	 * it (requests complete in order: once the day is read, so is the bucket).
	 */
	async #cardWrite(review: Pick<Review, 'cardId' | 'time'>) {
		const db = await this.#db;
		const tx = db.transaction([LOG, STATES, META], 'readwrite', STRICT);
		const states = tx.objectStore(STATES);
		const log = tx.objectStore(LOG);
		const key = stateKey(review.cardId);
		const day = logKey(review.time);
		const bucketRead = states.get(key);
		const chunkRead = log.get(day);
		return { tx, states, log, key, day, bucketRead, chunkRead, written: this.#newVersion(tx) };
	}

	/**
	 * A record about to be rewritten, decoded. A damaged one is set aside under a key of its
	 * own (kept as it was, outside every range the app reads) and reported, not written over.
	 */
	#readForUpdate<T>(
		store: IDBObjectStore,
		key: IDBValidKey,
		value: unknown,
		decode: (value: unknown) => T | undefined
	): T | undefined {
		if (value === undefined) {
			return undefined;
		}
		const decoded = decode(value);
		if (!decoded) {
			store.put(value, `damaged ${JSON.stringify(key)} ${Date.now()}`);
			this.#report(`${store.name} ${JSON.stringify(key)}`);
		}
		return decoded;
	}

	undo(review: Review): Promise<void> {
		return this.#write(async () => {
			const { tx, states, log, key, day, bucketRead, chunkRead, written } =
				await this.#cardWrite(review);
			let updated: StateColumns | undefined;
			chunkRead.onsuccess = () => {
				const chunk = this.#readForUpdate(log, day, chunkRead.result, decodeLog);
				const rest = chunk && withoutReview(chunk, review.id);
				if (rest) {
					log.put(rest, day);
				} else {
					log.delete(day);
				}
				const bucket = this.#readForUpdate(states, key, bucketRead.result, decodeStates);
				updated = withState(bucket, review.cardId, review.previous);
				if (updated) {
					states.put(storedBucket(updated), key);
				} else {
					states.delete(key);
				}
			};
			await promisifyRequest(tx);
			written([[key, updated]]);
		});
	}

	replaceCardStates(
		states: ReadonlyMap<string, CardState> | StateRecords,
		since?: { version: unknown }
	): Promise<boolean> {
		return this.#write(async () => {
			const db = await this.#db;
			const tx = db.transaction([STATES, META], 'readwrite', STRICT);
			const current = tx.objectStore(META).get(STATES_VERSION);
			let replaced = false;
			current.onsuccess = () => {
				if (since && current.result !== since.version) {
					return;
				}
				this.#replaceStates(tx, states);
				replaced = true;
			};
			await promisifyRequest(tx);
			return replaced;
		});
	}

	/** In a write of states: every state replaced, and what this store kept of them forgotten. */
	#replaceStates(tx: IDBTransaction, states: ReadonlyMap<string, CardState> | StateRecords) {
		const store = tx.objectStore(STATES);
		store.delete(allBuckets());
		writeStates(store, states);
		this.#newVersion(tx);
		this.#read.clear();
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
			const tx = db.transaction([LOG, STATES, META, DECKS], 'readwrite', STRICT);
			const log = tx.objectStore(LOG);
			for (const [day, added] of chunksOf(data.addReviews)) {
				const read = log.get(day);
				read.onsuccess = () => {
					const chunk = this.#readForUpdate(log, day, read.result, decodeLog);
					log.put(withReviews(chunk, added), day);
				};
			}
			this.#replaceStates(tx, data.states);
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
				this.#report(`deck ${String(key)}`);
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
