// The same interface as IndexedDB, in memory: for unit tests and as a fallback when the browser
// refuses IndexedDB (private modes of some browsers).
import type { CardState } from '../domain/card-state';
import { compareReviews, type Review } from '../domain/reviews';
import {
	deckRange,
	type GradeWrite,
	type ProgressStore,
	type LogRead,
	type StoredData,
	type UserDeck
} from './progress-store';
import { decodeLog, encodeLog, type LogColumns } from './review-log';
import {
	decodeStates,
	encodeStates,
	statesOf,
	type StateColumns,
	type StateRecords
} from './state-buckets';

export class MemoryProgressStore implements ProgressStore {
	readonly reviews = new Map<string, Review>();
	readonly states = new Map<string, CardState>();
	readonly meta = new Map<string, unknown>();
	readonly decks = new Map<string, UserDeck>();
	/** Memory is never damaged; the field is there for the interface. */
	onCorrupt: (what: string) => void = () => {};
	/** Counts the writes of states (see replaceCardStates). */
	#version = 0;

	async userDecks(): Promise<UserDeck[]> {
		return [...this.decks.values()].map((deck) => structuredClone(deck));
	}

	async saveUserDeck(deck: UserDeck): Promise<void> {
		this.decks.set(deck.deck.id, structuredClone(deck));
	}

	async deleteUserDeck(id: string): Promise<void> {
		this.decks.delete(id);
	}

	async cardStates(deckId?: string): Promise<Map<string, CardState>> {
		if (deckId === undefined) {
			return new Map(this.states);
		}
		const [low, high] = deckRange(deckId);
		return new Map([...this.states].filter(([id]) => id >= low && id <= high));
	}

	async cardState(cardId: string): Promise<CardState | undefined> {
		const state = this.states.get(cardId);
		return state && structuredClone(state);
	}

	async deckStates(deckId: string): Promise<StateColumns[]> {
		return [decodeStates(encodeStates(await this.cardStates(deckId))) as StateColumns];
	}

	async reviewsSince(since: number): Promise<Review[]> {
		return [...this.reviews.values()].filter((r) => r.time >= since).sort(compareReviews);
	}

	async allReviews(): Promise<Review[]> {
		return [...this.reviews.values()].sort(compareReviews);
	}

	async readLog(take: (chunks: LogColumns[]) => void): Promise<LogRead> {
		const version = this.#version;
		take([decodeLog(encodeLog(await this.allReviews())) as LogColumns]);
		return { version, whole: true };
	}

	async grade({
		review,
		next
	}: GradeWrite): Promise<{ review: Review; state: CardState | undefined }> {
		const previous = this.states.get(review.cardId);
		const state = next(previous);
		this.#version += 1;
		const stored: Review = previous ? { ...review, previous } : { ...review };
		this.reviews.set(stored.id, structuredClone(stored));
		if (state) {
			this.states.set(review.cardId, structuredClone(state));
		}
		return { review: stored, state: state ?? previous };
	}

	async undo(review: Review): Promise<void> {
		this.#version += 1;
		this.reviews.delete(review.id);
		if (review.previous) {
			this.states.set(review.cardId, structuredClone(review.previous));
		} else {
			this.states.delete(review.cardId);
		}
	}

	async replaceCardStates(
		states: ReadonlyMap<string, CardState> | StateRecords,
		since?: { version: unknown }
	): Promise<boolean> {
		if (since && since.version !== this.#version) {
			return false;
		}
		this.#version += 1;
		this.states.clear();
		const entries =
			'size' in states
				? states
				: statesOf(states.map(({ bucket }) => decodeStates(bucket) as StateColumns));
		for (const [id, state] of entries) {
			this.states.set(id, structuredClone(state));
		}
		return true;
	}

	async exportAll(): Promise<StoredData> {
		return structuredClone({
			reviews: await this.allReviews(),
			cardStates: new Map(this.states),
			meta: Object.fromEntries(this.meta),
			decks: [...this.decks.values()]
		});
	}

	async importAll(data: {
		addReviews: Review[];
		states: ReadonlyMap<string, CardState>;
		meta: Record<string, unknown>;
		decks: UserDeck[];
	}): Promise<void> {
		const copy = structuredClone(data);
		for (const review of copy.addReviews) {
			this.reviews.set(review.id, review);
		}
		await this.replaceCardStates(copy.states);
		for (const [key, value] of Object.entries(copy.meta)) {
			this.meta.set(key, value);
		}
		for (const deck of copy.decks) {
			this.decks.set(deck.deck.id, deck);
		}
	}

	async getMeta(key: string): Promise<unknown> {
		return structuredClone(this.meta.get(key));
	}

	async setMeta(key: string, value: unknown): Promise<void> {
		this.meta.set(key, structuredClone(value));
	}

	close(): void {}
}
