// Intl formatters are slow to build (a few ms each on a phone) and Paraglide's registry builds
// one per message call.
// These keep one formatter per locale and options. vite.config.ts hands this module to the
// compiled messages in place of their registry.js; it has the same exports.

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
	const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
	let formatter = cache.get(key) as T | undefined;
	if (formatter === undefined) {
		formatter = make();
		cache.set(key, formatter);
	}
	return formatter;
}

export function plural(locale: string, input: unknown, options?: Intl.PluralRulesOptions): string {
	return cached('plural', locale, options, () => new Intl.PluralRules(locale, options)).select(
		Number(input)
	);
}

export function number(locale: string, input: unknown, options?: Intl.NumberFormatOptions): string {
	// Chromium's first NumberFormat costs ~70 ms (~270 ms on a 4× slower phone) to load its data;
	// the counts on most pages are small integers, which read the same in every locale we ship.
	const value = Number(input);
	if (isSmallInteger(value) && (!options || Object.keys(options).length === 0)) {
		return String(value);
	}
	return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(
		Number(input)
	);
}

/** Integers that no locale of ours groups or writes differently: 0 to 999, and their negatives. */
function isSmallInteger(value: number): boolean {
	return Number.isInteger(value) && Math.abs(value) < 1000 && !Object.is(value, -0);
}

export function datetime(
	locale: string,
	input: unknown,
	options?: Intl.DateTimeFormatOptions
): string {
	return cached('datetime', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(
		new Date(input as string | number | Date)
	);
}

export function relativetime(
	locale: string,
	input: unknown,
	options: Intl.RelativeTimeFormatOptions & { unit: Intl.RelativeTimeFormatUnit }
): string {
	const { unit, ...rest } = options;
	return cached('relative', locale, rest, () => new Intl.RelativeTimeFormat(locale, rest)).format(
		Number(input),
		unit
	);
}
