// Paraglide's options, shared by the Vite plugin (dev, build, vitest) and `npm run i18n:compile`
// (svelte-check runs without Vite).
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// No locale in the URL: every page is one prerendered file, precached once. The learner's
	// choice is remembered on the device, else the browser's language decides, else French.
	strategy: ['localStorage', 'preferredLanguage', 'baseLocale'],
	emitGitIgnore: false,
	emitReadme: false,
	emitPrettierIgnore: false
};
