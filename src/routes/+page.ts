import type { DeckSummary } from '$lib/domain/cards';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch('/decks/index.json');
	const decks = response.ok ? ((await response.json()) as DeckSummary[]) : [];
	return { decks };
};
