// Everything the statistics page shows, computed once per visit from the store and the decks.
import type { CompiledDeck } from '$lib/domain/cards';
import {
	cardsByState,
	dueForecast,
	masteryByTag,
	masteryOf,
	retentionByWeek,
	reviewsPerDay,
	todayStats,
	type DayCount,
	type Mastery,
	type StateCounts,
	type TagMastery,
	type TodayStats,
	type WeekRetention
} from '$lib/domain/stats';
import { deckLibrary } from './deck-library.svelte';
import { localTimeZone, progress } from './progress.svelte';
import { scheduler } from './scheduling.svelte';

export interface Statistics {
	today: TodayStats;
	/** Reviews per study day over the last 365 days; the page shows the last 30, 90 or 365. */
	perDay: DayCount[];
	forecast: DayCount[];
	retention: WeekRetention[];
	states: StateCounts;
	decks: { id: string; title: string; lang: string; mastery: Mastery; tags: TagMastery[] }[];
}

export async function loadStatistics(now = Date.now()): Promise<Statistics> {
	const timeZone = localTimeZone();
	const store = await progress.store();
	const [reviews, states, suspended, entries] = await Promise.all([
		store.allReviews(),
		store.cardStates(),
		progress.suspended(),
		deckLibrary.index()
	]);
	const decks: CompiledDeck[] = await Promise.all(
		entries.map((entry) => deckLibrary.deck(entry.id))
	);
	const retrievability = scheduler().retrievability;
	return {
		today: todayStats(reviews, now, timeZone),
		perDay: reviewsPerDay(reviews, now, timeZone, 365),
		forecast: dueForecast(states, now, timeZone, 30, suspended),
		retention: retentionByWeek(reviews, timeZone),
		states: cardsByState(
			decks.flatMap((deck) => deck.cards.map((card) => card.id)),
			states,
			suspended
		),
		decks: decks.map((deck) => ({
			id: deck.deck.id,
			title: deck.deck.title,
			lang: deck.deck.lang,
			mastery: masteryOf(deck.cards, states, now, retrievability),
			tags: masteryByTag(deck.cards, states, now, retrievability)
		}))
	};
}
