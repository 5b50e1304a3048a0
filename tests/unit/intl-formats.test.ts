import { describe, expect, test } from 'vitest';
import { datetime, number, plural, relativetime } from '../../src/lib/intl-formats';

describe('cached Intl formatters for the compiled messages', () => {
	test('format as Intl does, per locale and options', () => {
		expect(number('fr', 1234.5)).toBe(new Intl.NumberFormat('fr').format(1234.5));
		expect(number('en', 1234.5)).toBe('1,234.5');
		expect(number('fr', 0.25, { style: 'percent' })).toBe(
			new Intl.NumberFormat('fr', { style: 'percent' }).format(0.25)
		);
		expect(plural('fr', 0)).toBe('one');
		expect(plural('en', 0)).toBe('other');
		expect(plural('en', 1)).toBe('one');
		const day = Date.UTC(2026, 2, 30, 12);
		expect(datetime('fr', day, { dateStyle: 'long', timeZone: 'UTC' })).toBe('30 mars 2026');
		expect(datetime('en', day, { dateStyle: 'long', timeZone: 'UTC' })).toBe('March 30, 2026');
		expect(relativetime('en', -2, { unit: 'day', numeric: 'auto' })).toBe('2 days ago');
	});

	test('small integers skip Intl and read exactly as Intl writes them', () => {
		for (const locale of ['fr', 'en']) {
			for (let n = -1200; n <= 1200; n += 1) {
				expect(number(locale, n)).toBe(new Intl.NumberFormat(locale).format(n));
			}
			expect(number(locale, 2.5)).toBe(new Intl.NumberFormat(locale).format(2.5));
		}
	});

	test('build one formatter per locale and options, not one per call', () => {
		const Original = Intl.NumberFormat;
		let made = 0;
		class Counting extends Original {
			constructor(...args: ConstructorParameters<typeof Original>) {
				super(...args);
				made += 1;
			}
		}
		Intl.NumberFormat = Counting as typeof Intl.NumberFormat;
		try {
			for (let i = 0; i < 50; i++) {
				number('de', i + 0.5, { maximumFractionDigits: 1 });
			}
			expect(made).toBe(1);
			number('de', 1.5, { maximumFractionDigits: 2 });
			expect(made).toBe(2);
		} finally {
			Intl.NumberFormat = Original;
		}
	});
});
