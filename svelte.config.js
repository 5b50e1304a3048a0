import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readdirSync } from 'node:fs';

/** The built-in decks: each folder of decks/ with a deck.yaml gets its own prerendered page. */
const builtInDecks = readdirSync('decks', { withFileTypes: true })
	.filter((entry) => entry.isDirectory() && existsSync(`decks/${entry.name}/deck.yaml`))
	.map((entry) => entry.name);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered: the app has no server code, and every page is precached.
		adapter: adapter({ strict: true }),
		serviceWorker: { register: false },
		version: { pollInterval: 0 },
		prerender: { entries: ['*', ...builtInDecks.map((id) => `/deck/${id}`)] },
		// Deck content is untrusted and always rendered as text; the policy is the second wall.
		// Hash mode: the prerendered pages carry the hashes of Kit's own inline scripts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// sql.js compiles its WebAssembly only when an Anki package is imported.
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				// QR codes are data: images.
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
