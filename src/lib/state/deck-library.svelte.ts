// The decks the app ships, loaded from the precached JSON that the build compiles from decks/.
import type { CompiledDeck, DeckSummary } from '$lib/domain/cards';

class DeckLibrary {
	#decks = new Map<string, Promise<CompiledDeck>>();
	#index: Promise<DeckSummary[]> | undefined;

	index(fetcher: typeof fetch = fetch): Promise<DeckSummary[]> {
		this.#index ??= getJson<DeckSummary[]>(fetcher, '/decks/index.json').catch((error) => {
			this.#index = undefined;
			throw error;
		});
		return this.#index;
	}

	deck(id: string, fetcher: typeof fetch = fetch): Promise<CompiledDeck> {
		let deck = this.#decks.get(id);
		if (!deck) {
			deck = this.index(fetcher).then((summaries) => {
				if (!summaries.some((s) => s.id === id)) {
					throw new Error(`Aucun deck « ${id} ».`);
				}
				return getJson<CompiledDeck>(fetcher, `/decks/${encodeURIComponent(id)}.json`);
			});
			deck.catch(() => this.#decks.delete(id));
			this.#decks.set(id, deck);
		}
		return deck;
	}
}

async function getJson<T>(fetcher: typeof fetch, url: string): Promise<T> {
	const response = await fetcher(url);
	if (!response.ok) {
		throw new Error(`Impossible de charger ${url} (${response.status}).`);
	}
	return (await response.json()) as T;
}

export const deckLibrary = new DeckLibrary();
