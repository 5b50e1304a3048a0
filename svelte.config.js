import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered: the app has no server code, and every page is precached.
		adapter: adapter({ strict: true }),
		serviceWorker: { register: false },
		version: { pollInterval: 0 }
	}
};

export default config;
