// Runs code with the interface in a given language (outside a browser it is French, the base).
import { baseLocale, overwriteGetLocale, type Locale } from '../../src/lib/paraglide/runtime';

export function inLocale<T>(locale: Locale, run: () => T): T {
	overwriteGetLocale(() => locale);
	try {
		return run();
	} finally {
		overwriteGetLocale(() => baseLocale);
	}
}
