// The interface language: Paraglide's messages, the learner's choice, and Intl formatters
// in that language. Deck content keeps its own language (its `lang` attribute).
import {
	getLocale,
	locales,
	localStorageKey,
	setLocale,
	type Locale
} from '$lib/paraglide/runtime';

export { m } from '$lib/paraglide/messages';
export { getLocale, locales, type Locale };

/** 'system' follows the browser's languages; otherwise the learner's own choice. */
export type LanguageChoice = 'system' | Locale;

export function languageChoice(): LanguageChoice {
	try {
		const stored = localStorage.getItem(localStorageKey);
		return (locales as readonly string[]).includes(stored ?? '') ? (stored as Locale) : 'system';
	} catch {
		return 'system';
	}
}

/** Remembers the choice on this device and reloads the app in that language. */
export function chooseLanguage(choice: LanguageChoice): void {
	if (choice === languageChoice()) {
		return;
	}
	if (choice === 'system') {
		try {
			localStorage.removeItem(localStorageKey);
		} catch {
			// Storage refused: the choice lasts until the page is closed.
		}
		location.reload();
	} else {
		void setLocale(choice);
	}
}

/** A number in the interface language: `1 234,5` in French, `1,234.5` in English. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(getLocale(), options).format(value);
}

export function formatDate(value: Date | number, options: Intl.DateTimeFormatOptions): string {
	return new Intl.DateTimeFormat(getLocale(), options).format(value);
}
