// A match game: tap a tile, then its partner. Right pairs leave the board, wrong ones are
// flagged; the time of a finished board is kept, with a personal best per deck, offline.
import type { CompiledDeck } from '$lib/domain/cards';
import { bestTime, matchPairs, matchTiles, type MatchTile } from '$lib/domain/match';
import { formatNumber, m } from '$lib/i18n';
import { progress } from './progress.svelte';

/** A time in seconds with one decimal, in the interface language: "12,3" in French. */
export function formatSeconds(ms: number): string {
	return formatNumber(ms / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export class MatchGame {
	/** Set once in the constructor; `done` reads it lazily, after that. */
	tiles: MatchTile[] = [];
	selected = $state<number>();
	matched = $state<number[]>([]);
	/** The two tiles of a wrong try, until the next tap. */
	wrong = $state<[number, number]>();
	/** What a screen reader hears after each try. */
	announcement = $state('');
	startedAt = Date.now();
	finishedAt = $state<number>();
	best = $state<number>();
	readonly deck: CompiledDeck;

	done = $derived(this.matched.length > 0 && this.matched.length === this.tiles.length);

	constructor(deck: CompiledDeck, seed: string) {
		this.deck = deck;
		this.tiles = matchTiles(matchPairs(deck.facts, deck.deck.lang, seed), seed);
		void this.#loadBest();
	}

	tap(index: number): void {
		const tile = this.tiles[index];
		if (!tile || this.matched.includes(index) || this.done) {
			return;
		}
		this.wrong = undefined;
		if (this.selected === undefined || this.selected === index) {
			this.selected = this.selected === index ? undefined : index;
			this.announcement =
				this.selected === undefined ? '' : m.quiz_match_selected({ tile: tile.text });
			return;
		}
		const first = this.tiles[this.selected] as MatchTile;
		if (first.pairId === tile.pairId) {
			this.matched = [...this.matched, this.selected, index];
			this.announcement = m.quiz_match_found({
				first: first.text,
				second: tile.text,
				count: (this.tiles.length - this.matched.length) / 2
			});
			if (this.done) {
				void this.#finish();
			}
		} else {
			this.wrong = [this.selected, index];
			this.announcement = m.quiz_match_not_a_pair({ first: first.text, second: tile.text });
		}
		this.selected = undefined;
	}

	async #finish(): Promise<void> {
		const time = Date.now() - this.startedAt;
		this.finishedAt = Date.now();
		const store = await progress.store();
		this.best = bestTime(this.best, time);
		await store.setMeta(`match-best:${this.deck.deck.id}`, this.best);
		this.announcement = m.quiz_match_finished({ seconds: formatSeconds(time) });
	}

	async #loadBest(): Promise<void> {
		const store = await progress.store();
		const best = await store.getMeta(`match-best:${this.deck.deck.id}`);
		this.best = typeof best === 'number' ? best : undefined;
	}
}
