import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const browserGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.node));

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'static/decks/',
			'test-results/',
			'playwright-report/',
			'src/lib/paraglide/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			curly: 'error',
			'no-undef': 'off',
			// The app is served at the root with no base path; resolve() would add nothing.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error'
		}
	},
	{
		// idb-keyval lives behind the storage module alone.
		files: ['src/**'],
		ignores: ['src/lib/storage/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: 'idb-keyval', message: 'Only src/lib/storage imports idb-keyval.' }] }
			]
		}
	},
	{
		// The domain and the extractor are plain TypeScript: no UI framework, no storage, no browser.
		files: ['src/lib/domain/**', 'src/lib/extract/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'svelte',
								'svelte/*',
								'$app/*',
								'idb-keyval',
								'$lib/storage/*',
								'$lib/state/*',
								'$lib/components/*'
							],
							message: 'src/lib/domain stays pure: no Svelte, SvelteKit, storage or UI.'
						},
						{
							group: ['$lib/i18n', '**/i18n', '$lib/paraglide/*', '**/paraglide/*'],
							message:
								'src/lib/domain speaks no language: return data, and word it in src/lib/io with m.*.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				...[
					'window',
					'document',
					'navigator',
					'localStorage',
					'indexedDB',
					'location',
					'fetch'
				].map((name) => ({
					name,
					message: 'src/lib/domain stays pure: pass what you need as a parameter.'
				})),
				...browserGlobals
					.filter(
						(name) =>
							![
								'window',
								'document',
								'navigator',
								'localStorage',
								'indexedDB',
								'location',
								'fetch',
								'console',
								'setTimeout',
								'clearTimeout',
								'URL',
								'TextEncoder',
								'TextDecoder',
								'crypto',
								'structuredClone',
								'Intl',
								'queueMicrotask'
							].includes(name)
					)
					.map((name) => ({ name, message: 'src/lib/domain stays pure: no browser globals.' }))
			]
		}
	},
	{
		// Components render and call back; storage is reached through src/lib/state.
		files: ['src/lib/components/**', 'src/routes/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/storage/*', '$lib/storage', 'idb-keyval', '**/storage/*'],
							message: 'Components and pages reach storage through src/lib/state.'
						}
					]
				}
			]
		}
	}
);
