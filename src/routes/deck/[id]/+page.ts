import { error } from '@sveltejs/kit';
import type { CompiledDeck } from '$lib/domain/cards';
import type { PageLoad } from './$types';

// A built-in deck's page, prerendered with its content (svelte.config.js lists them), so the
// title and the facts are in the HTML. When prerendering, this fetch reads static/decks; when
// the page hydrates, SvelteKit replays it from the HTML; when navigating, the precache answers.
export const load: PageLoad = async ({ params, fetch }) => {
	const response = await fetch(`/decks/${encodeURIComponent(params.id)}.json`);
	if (!response.ok) {
		error(response.status, `/decks/${params.id}.json`);
	}
	return { deck: (await response.json()) as CompiledDeck };
};
