import { describe, expect, test } from 'vitest';
import {
	compareFactDates,
	dateAnswerVariants,
	dateWithPreposition,
	factDateKey,
	formatFactDate,
	isFactDate,
	parseFactDate,
	precisionOf,
	shiftFactDate,
	type FactDate
} from '../../src/lib/domain/dates';

describe('parseFactDate', () => {
	test('reads a year, a month or a day, keeping the precision', () => {
		expect(parseFactDate('2025')).toEqual({ year: 2025 });
		expect(parseFactDate('2025-11')).toEqual({ year: 2025, month: 11 });
		expect(parseFactDate('2025-11-06')).toEqual({ year: 2025, month: 11, day: 6 });
		expect(precisionOf(parseFactDate('2025') as FactDate)).toBe('year');
		expect(precisionOf(parseFactDate('2025-11') as FactDate)).toBe('month');
		expect(precisionOf(parseFactDate('2025-11-06') as FactDate)).toBe('day');
	});

	test.each(['2025-13', '2025-00', '2025-13-01', '2025-11-00', '2025-11-31', '2025-04-31'])(
		'rejects "%s", which is not in the calendar',
		(text) => {
			expect(parseFactDate(text)).toBeUndefined();
			expect(isFactDate(text)).toBe(false);
		}
	);

	test('knows February of leap years', () => {
		expect(parseFactDate('2025-02-30')).toBeUndefined();
		expect(parseFactDate('2024-02-30')).toBeUndefined();
		expect(parseFactDate('2025-02-29')).toBeUndefined();
		expect(parseFactDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
		expect(parseFactDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
		expect(parseFactDate('1900-02-29')).toBeUndefined();
		expect(parseFactDate('2025-12-31')).toEqual({ year: 2025, month: 12, day: 31 });
	});

	test.each([
		'25-11-06',
		'2025-1-6',
		'2025-11-6',
		'06/11/2025',
		'2025/11/06',
		' 2025',
		'2025 ',
		''
	])('rejects "%s", which is not written YYYY, YYYY-MM or YYYY-MM-DD', (text) => {
		expect(parseFactDate(text)).toBeUndefined();
		expect(isFactDate(text)).toBe(false);
	});

	test('round-trips through factDateKey', () => {
		for (const text of ['2025', '2025-03', '2025-03-13', '1991-12-25']) {
			expect(factDateKey(parseFactDate(text) as FactDate)).toBe(text);
		}
	});
});

describe('formatFactDate in French', () => {
	test('writes a day, a month and a year as a reader expects', () => {
		expect(formatFactDate({ year: 2025, month: 11, day: 6 }, 'fr')).toBe('6 novembre 2025');
		expect(formatFactDate({ year: 2025, month: 3, day: 13 }, 'fr')).toBe('13 mars 2025');
		expect(formatFactDate({ year: 2025, month: 4 }, 'fr')).toBe('avril 2025');
		expect(formatFactDate({ year: 2025, month: 12 }, 'fr')).toBe('décembre 2025');
		expect(formatFactDate({ year: 2025 }, 'fr')).toBe('2025');
	});

	test('does not move a date across a time zone', () => {
		expect(formatFactDate({ year: 2025, month: 1, day: 1 }, 'fr')).toBe('1 janvier 2025');
		expect(formatFactDate({ year: 2025, month: 12, day: 31 }, 'fr')).toBe('31 décembre 2025');
	});

	test('puts the right preposition before it', () => {
		expect(dateWithPreposition({ year: 2025, month: 11, day: 6 }, 'fr')).toBe('le 6 novembre 2025');
		expect(dateWithPreposition({ year: 2025, month: 4 }, 'fr')).toBe('en avril 2025');
		expect(dateWithPreposition({ year: 2025 }, 'fr')).toBe('en 2025');
	});

	test('accepts the usual ways of typing the date', () => {
		expect(dateAnswerVariants({ year: 2025, month: 11, day: 6 })).toEqual([
			'2025-11-06',
			'06/11/2025',
			'6/11/2025'
		]);
		expect(dateAnswerVariants({ year: 2025, month: 4 })).toEqual(['2025-04', '04/2025', '4/2025']);
		expect(dateAnswerVariants({ year: 2025 })).toEqual(['2025']);
	});
});

describe('shiftFactDate', () => {
	test('moves a day across month and year boundaries', () => {
		expect(shiftFactDate({ year: 2025, month: 12, day: 31 }, 1)).toEqual({
			year: 2026,
			month: 1,
			day: 1
		});
		expect(shiftFactDate({ year: 2025, month: 1, day: 1 }, -1)).toEqual({
			year: 2024,
			month: 12,
			day: 31
		});
		expect(shiftFactDate({ year: 2025, month: 3, day: 1 }, -1)).toEqual({
			year: 2025,
			month: 2,
			day: 28
		});
		expect(shiftFactDate({ year: 2024, month: 2, day: 28 }, 1)).toEqual({
			year: 2024,
			month: 2,
			day: 29
		});
		expect(shiftFactDate({ year: 2025, month: 10, day: 30 }, 20)).toEqual({
			year: 2025,
			month: 11,
			day: 19
		});
	});

	test('moves a month across year boundaries and keeps month precision', () => {
		expect(shiftFactDate({ year: 2025, month: 12 }, 1)).toEqual({ year: 2026, month: 1 });
		expect(shiftFactDate({ year: 2025, month: 1 }, -1)).toEqual({ year: 2024, month: 12 });
		expect(shiftFactDate({ year: 2025, month: 1 }, -13)).toEqual({ year: 2023, month: 12 });
		expect(shiftFactDate({ year: 2025, month: 6 }, 18)).toEqual({ year: 2026, month: 12 });
		expect(shiftFactDate({ year: 2025, month: 4 }, 0)).toEqual({ year: 2025, month: 4 });
		expect(shiftFactDate({ year: 2025, month: 4 }, 3).day).toBeUndefined();
	});

	test('moves a year and keeps year precision', () => {
		const shifted = shiftFactDate({ year: 2025 }, -3);
		expect(shifted).toEqual({ year: 2022 });
		expect(precisionOf(shifted)).toBe('year');
	});
});

describe('compareFactDates', () => {
	test('orders dates chronologically, whatever their precision', () => {
		const texts = [
			'2025-11-06',
			'2025-04',
			'1992',
			'2025-10-30',
			'2025-03-13',
			'2025-06',
			'2025-10'
		];
		const sorted = texts
			.map((text) => parseFactDate(text) as FactDate)
			.sort(compareFactDates)
			.map(factDateKey);
		expect(sorted).toEqual([
			'1992',
			'2025-03-13',
			'2025-04',
			'2025-06',
			'2025-10',
			'2025-10-30',
			'2025-11-06'
		]);
	});

	test('is negative, zero or positive', () => {
		const d = (text: string) => parseFactDate(text) as FactDate;
		expect(compareFactDates(d('2025-03-13'), d('2025-11-06'))).toBeLessThan(0);
		expect(compareFactDates(d('2025-11-06'), d('2025-03-13'))).toBeGreaterThan(0);
		expect(compareFactDates(d('2025-11-06'), d('2025-11-06'))).toBe(0);
		expect(compareFactDates(d('2024-12-31'), d('2025'))).toBeLessThan(0);
		expect(compareFactDates(d('2026'), d('2025-12-31'))).toBeGreaterThan(0);
	});

	test('puts a year before its months and a month before its days', () => {
		const d = (text: string) => parseFactDate(text) as FactDate;
		expect(compareFactDates(d('2025'), d('2025-01'))).toBeLessThan(0);
		expect(compareFactDates(d('2025-11'), d('2025-11-01'))).toBeLessThan(0);
	});
});
