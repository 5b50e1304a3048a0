import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { paraglideOptions } from './i18n.config.js';

/** Compiled messages format numbers and plurals through cached Intl formatters. */
const cachedIntlFormats = {
	name: 'revise:cached-intl-formats',
	enforce: 'pre' as const,
	resolveId(source: string, importer: string | undefined) {
		if (source === '../registry.js' && importer?.includes('/src/lib/paraglide/messages/')) {
			return fileURLToPath(new URL('./src/lib/intl-formats.ts', import.meta.url));
		}
		return undefined;
	}
};

export default defineConfig({
	plugins: [
		// Vitest runs on the compiled messages (npm run test:unit compiles them first); the plugin
		// would keep a file watcher open after the tests.
		...(process.env.VITEST ? [] : [paraglideVitePlugin(paraglideOptions)]),
		cachedIntlFormats,
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			registerType: 'prompt',
			injectRegister: false,
			// Kit's relative base would register ./sw.js from /deck/<id> as /deck/sw.js.
			base: '/',
			manifest: {
				name: 'Révise',
				short_name: 'Révise',
				description:
					'Révisez hors ligne avec des cartes et des quiz générés à partir de faits, planifiés par FSRS.',
				lang: 'fr',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				theme_color: '#1f4e8c',
				background_color: '#f7f7f4',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: '/icons/maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,woff2,json,wasm,webmanifest}',
					'prerendered/pages/**/*.html'
				],
				// Pages take their subject from the query string (?deck=…); they are all one
				// prerendered page each, so the query must not defeat the precache lookup.
				ignoreURLParametersMatching: [/.*/],
				navigateFallback: null,
				// The first visit is controlled at once, so it is offline-ready without a reload.
				// skipWaiting stays off: an update waits for the learner's "Recharger".
				clientsClaim: true,
				maximumFileSizeToCacheInBytes: 5 * 1024 * 1024
			}
		})
	],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		reporters: process.env.CI
			? ['default', ['json', { outputFile: 'reports/vitest.json' }]]
			: ['default']
	}
});
