// Running the migrations of migrations.ts on an IndexedDB database, each in one transaction.
// Loaded by idb-store.ts only when a database is older than the app.
import { promisifyRequest } from 'idb-keyval';
import type { Review } from '../domain/reviews';
import type { CardState } from '../domain/card-state';
import { MIGRATIONS, type Migration } from './migrations';
import { readCardState, readReview } from './records';
import { chunksOf, withReviews } from './review-log';
import {
	CARDS,
	LOG,
	META,
	REVIEWS,
	SCHEDULE,
	STATES,
	STATES_VERSION,
	STRICT,
	writeStates
} from './stores';

/** Takes a database from `version` to the app's, step by step; `onCorrupt` hears what is unreadable. */
export async function migrate(
	db: IDBDatabase,
	version: number,
	onCorrupt: (what: string) => void
): Promise<void> {
	for (const migration of MIGRATIONS.filter((m) => m.to > version)) {
		await runMigration(db, migration, onCorrupt);
	}
}

async function runMigration(
	db: IDBDatabase,
	migration: Migration,
	onCorrupt: (what: string) => void
): Promise<void> {
	const tx = db.transaction([REVIEWS, CARDS, META, SCHEDULE, LOG, STATES], 'readwrite', STRICT);
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
		const cursorRequest = tx.objectStore(REVIEWS).openCursor();
		cursorRequest.onsuccess = () => {
			const cursor = cursorRequest.result;
			if (cursor) {
				cursor.update(migration.review?.(cursor.value as Record<string, unknown>));
				cursor.continue();
			}
		};
	}
	if (migration.chunks) {
		moveToChunks(tx, onCorrupt);
	}
	tx.objectStore(META).put(migration.to, 'schemaVersion');
	await promisifyRequest(tx);
}

/**
 * v5: every readable review and card state moves from its own record into the log's chunks
 * and the states' buckets. An unreadable one stays where it was, and is reported.
 */
function moveToChunks(tx: IDBTransaction, onCorrupt: (what: string) => void): void {
	const reviews = tx.objectStore(REVIEWS);
	const cards = tx.objectStore(CARDS);
	// Requests run in order: these read the records as the steps above left them.
	const reviewKeys = reviews.getAllKeys();
	const reviewValues = reviews.getAll();
	const cardKeys = cards.getAllKeys();
	const cardValues = cards.getAll();
	cardValues.onsuccess = () => {
		const moved: Review[] = [];
		reviewValues.result.forEach((value, i) => {
			const review = readReview(value);
			if (review) {
				moved.push(review);
				reviews.delete(reviewKeys.result[i] as IDBValidKey);
			} else {
				onCorrupt('une révision illisible');
			}
		});
		for (const [day, list] of chunksOf(moved)) {
			tx.objectStore(LOG).put(withReviews(undefined, list), day);
		}
		const states = new Map<string, CardState>();
		cardKeys.result.forEach((key, i) => {
			const state = readCardState(cardValues.result[i]);
			if (state) {
				states.set(String(key), state);
				cards.delete(key);
			} else {
				onCorrupt(`état de la carte ${String(key)}`);
			}
		});
		writeStates(tx.objectStore(STATES), states);
		tx.objectStore(SCHEDULE).clear();
		tx.objectStore(META).put(`${Date.now()}-v5`, STATES_VERSION);
	};
}
