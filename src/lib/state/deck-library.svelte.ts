// Every deck the learner has: the built-in ones (precached JSON compiled from decks/) and the ones
// written in the editor or imported (stored offline, compiled here with the same compiler).
import {
	outlineCards,
	summarizeDeck,
	type CompiledDeck,
	type DeckOutline,
	type DeckSummary,
	type QueueCard
} from '$lib/domain/cards';
import { EMPTY_POOLS, type DeckMeta, type Fact, type Pools } from '$lib/domain/facts';
import { m } from '$lib/i18n';
import { progress } from './progress.svelte';

export interface LibraryEntry extends DeckSummary {
	/** Written or imported by the learner (editable), rather than shipped with the app. */
	own: boolean;
}

class DeckLibrary {
	#builtIn: Promise<DeckSummary[]> | undefined;
	#compiled = new Map<string, Promise<CompiledDeck>>();
	/**
	 * Built-in decks' outlines, as queue cards: the same array each time, so that the queue's
	 * deck positions (domain/queue.ts) are worked out once, not on every visit of the home page.
	 */
	#outlines = new Map<string, Promise<QueueCard[]>>();
	#pools: Promise<Pools> | undefined;
	/** Bumped when the learner's decks change, so pages reload their lists. */
	version = $state(0);

	builtInIndex(fetcher: typeof fetch = fetch): Promise<DeckSummary[]> {
		this.#builtIn ??= getJson<DeckSummary[]>(fetcher, '/decks/index.json').catch((error) => {
			this.#builtIn = undefined;
			throw error;
		});
		return this.#builtIn;
	}

	pools(fetcher: typeof fetch = fetch): Promise<Pools> {
		this.#pools ??= getJson<Pools>(fetcher, '/decks/pools.json').catch(() => EMPTY_POOLS);
		return this.#pools;
	}

	/** Built-in decks, then the learner's own. */
	async index(): Promise<LibraryEntry[]> {
		const [builtIn, own] = await Promise.all([this.builtInIndex(), this.#ownDecks()]);
		return [
			...builtIn.map((deck) => ({ ...deck, own: false })),
			...own.map((deck) => ({ ...summarizeDeck(deck), own: true }))
		];
	}

	deck(id: string): Promise<CompiledDeck> {
		let deck = this.#compiled.get(id);
		if (!deck) {
			deck = this.#load(id);
			deck.catch(() => this.#compiled.delete(id));
			this.#compiled.set(id, deck);
		}
		return deck;
	}

	/** What a queue needs of a deck's cards: a small file for a built-in deck. */
	async cards(id: string): Promise<QueueCard[]> {
		const compiled = this.#compiled.get(id);
		if (compiled) {
			return (await compiled).cards;
		}
		const builtIn = await this.builtInIndex().catch(() => []);
		if (!builtIn.some((summary) => summary.id === id)) {
			return (await this.deck(id)).cards;
		}
		let cards = this.#outlines.get(id);
		if (!cards) {
			cards = getJson<DeckOutline>(fetch, `/decks/${encodeURIComponent(id)}.outline.json`).then(
				outlineCards
			);
			cards.catch(() => this.#outlines.delete(id));
			this.#outlines.set(id, cards);
		}
		return cards;
	}

	/** Saves a deck of the learner's (new, edited or imported) and compiles it afresh. */
	async save(deck: DeckMeta, facts: Fact[], copiedFrom?: string): Promise<CompiledDeck> {
		const store = await progress.store();
		await store.saveUserDeck({ deck, facts, updatedAt: Date.now(), copiedFrom });
		this.#compiled.delete(deck.id);
		this.#outlines.delete(deck.id);
		this.version += 1;
		return this.deck(deck.id);
	}

	async remove(id: string): Promise<void> {
		await (await progress.store()).deleteUserDeck(id);
		this.#compiled.delete(id);
		this.#outlines.delete(id);
		this.version += 1;
	}

	/** Whether an id is free for a new deck (not built in, not the learner's). */
	async isFree(id: string): Promise<boolean> {
		return !(await this.index()).some((deck) => deck.id === id);
	}

	async #ownDecks(): Promise<CompiledDeck[]> {
		const store = await progress.store();
		const own = await store.userDecks();
		if (own.length === 0) {
			return [];
		}
		const [{ compileDeck }, pools] = await Promise.all([compiler(), this.pools()]);
		return own.map((deck) => compileDeck(deck.deck, deck.facts, pools));
	}

	async #load(id: string): Promise<CompiledDeck> {
		// The index is fetched while the learner's decks are read, not after.
		const builtIn = this.builtInIndex();
		builtIn.catch(() => {});
		const store = await progress.store();
		const own = (await store.userDecks()).find((deck) => deck.deck.id === id);
		if (own) {
			const [{ compileDeck }, pools] = await Promise.all([compiler(), this.pools()]);
			return compileDeck(own.deck, own.facts, pools);
		}
		if (!(await builtIn).some((summary) => summary.id === id)) {
			throw new Error(m.storage_no_deck({ id }));
		}
		return getJson<CompiledDeck>(fetch, `/decks/${encodeURIComponent(id)}.json`);
	}
}

/** The deck compiler, loaded only when the learner has decks of their own. */
function compiler() {
	return import('$lib/domain/generate');
}

async function getJson<T>(fetcher: typeof fetch, url: string): Promise<T> {
	const response = await fetcher(url);
	if (!response.ok) {
		throw new Error(m.storage_load_failed({ url, status: response.status }));
	}
	return (await response.json()) as T;
}

export const deckLibrary = new DeckLibrary();
