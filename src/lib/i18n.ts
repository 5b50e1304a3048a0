// The interface language: Paraglide's messages, the learner's choice, and Intl formatters
// in that language. Deck content keeps its own language (its `lang` attribute).
import {
	baseLocale,
	getLocale,
	locales,
	localStorageKey,
	overwriteGetLocale,
	setLocale,
	type Locale
} from './paraglide/runtime';

import { datetime, number } from './intl-formats';

// Relative paths: the deck tool (scripts/decks.ts) words deck problems through this module in Node.
export { m } from './paraglide/messages';

// The interface language, resolved once: the choice kept on this device, else the first of the
// browser's languages we have, else French (prerendering has neither). A change reloads the page.
// Paraglide's own getLocale resolves on every message call (~200 ms of a throttled phone CPU on a
// deck page) and, on its first call, would store the browser's language as if it were a choice.
const locale = resolveLocale();
overwriteGetLocale(() => locale);

function resolveLocale(): Locale {
	if (typeof window === 'undefined') {
		return baseLocale;
	}
	const chosen = languageChoice();
	if (chosen !== 'system') {
		return chosen;
	}
	for (const tag of navigator.languages ?? [navigator.language]) {
		const match = locales.find((l) => l === tag.toLowerCase().split('-')[0]);
		if (match) {
			return match;
		}
	}
	return baseLocale;
}
export { getLocale, locales, type Locale };

/** 'system' follows the browser's languages; otherwise the learner's own choice. */
export type LanguageChoice = 'system' | Locale;

export function languageChoice(): LanguageChoice {
	try {
		const stored = localStorage.getItem(localStorageKey);
		return locales.find((l) => l === stored) ?? 'system';
	} catch {
		return 'system'; // storage refused: the browser's languages decide
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
	return number(getLocale(), value, options);
}

export function formatDate(value: Date | number, options: Intl.DateTimeFormatOptions): string {
	return datetime(getLocale(), value, options);
}

/** A study day ("2026-03-29", a calendar date) as a date, whatever the device's time zone. */
export function formatDay(day: string, options: Intl.DateTimeFormatOptions): string {
	return formatDate(new Date(`${day}T00:00:00Z`), { ...options, timeZone: 'UTC' });
}
