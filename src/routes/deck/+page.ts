import { browser } from '$app/environment';
import { deckLibrary } from '$lib/state/deck-library.svelte';
import type { PageLoad } from './$types';

// Runs before the page hydrates: the deck is fetched during hydration instead of after it.
// The page asks the library again and gets the same promise, with its error if it fails.
export const load: PageLoad = ({ url }) => {
	const id = browser ? url.searchParams.get('id') : null;
	if (id) {
		deckLibrary.deck(id).catch(() => {});
	}
};
