import { describe, expect, test } from 'vitest';
import {
	dayStart,
	DAY_STARTS_AT_HOUR,
	nextDayStart,
	studyDay
} from '../../src/lib/domain/study-day';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';
const TOKYO = 'Asia/Tokyo';
const KOLKATA = 'Asia/Kolkata';

/** "2026-03-29 04:00": the wall clock of `timeZone` at `instant`. */
function wallClock(instant: number, timeZone: string): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-US', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(instant)
			.map((p) => [p.type, p.value])
	);
	return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

describe('the study day', () => {
	test('rolls over at 04:00 local: 03:59 belongs to the day before', () => {
		expect(DAY_STARTS_AT_HOUR).toBe(4);
		// Paris in winter is UTC+1.
		expect(studyDay(Date.UTC(2026, 0, 15, 2, 59, 59), PARIS)).toBe('2026-01-14');
		expect(studyDay(Date.UTC(2026, 0, 15, 3, 0), PARIS)).toBe('2026-01-15');
		// A late-night session (01:30) still counts for the evening before.
		expect(studyDay(Date.UTC(2026, 0, 15, 0, 30), PARIS)).toBe('2026-01-14');
		// New York in summer is UTC-4.
		expect(studyDay(Date.UTC(2026, 6, 1, 7, 59), NEW_YORK)).toBe('2026-06-30');
		expect(studyDay(Date.UTC(2026, 6, 1, 8, 0), NEW_YORK)).toBe('2026-07-01');
	});

	test('the turn of a year and of a month', () => {
		expect(studyDay(Date.UTC(2026, 0, 1, 2, 0), PARIS)).toBe('2025-12-31');
		expect(studyDay(Date.UTC(2026, 2, 1, 2, 0), PARIS)).toBe('2026-02-28');
		expect(nextDayStart(Date.UTC(2025, 11, 31, 22, 0), PARIS)).toBe(Date.UTC(2026, 0, 1, 3, 0));
	});

	test('the same instant is a different day in Tokyo and in Paris (travel)', () => {
		// 22:00 UTC: 07:00 the next morning in Tokyo, midnight in Paris (summer, UTC+2).
		const instant = Date.UTC(2026, 5, 10, 22, 0);
		expect(studyDay(instant, TOKYO)).toBe('2026-06-11');
		expect(studyDay(instant, PARIS)).toBe('2026-06-10');
		expect(wallClock(nextDayStart(instant, TOKYO), TOKYO)).toBe('2026-06-12 04:00:00');
		expect(wallClock(nextDayStart(instant, PARIS), PARIS)).toBe('2026-06-11 04:00:00');
		expect(wallClock(dayStart(instant, TOKYO), TOKYO)).toBe('2026-06-11 04:00:00');
		expect(wallClock(dayStart(instant, PARIS), PARIS)).toBe('2026-06-10 04:00:00');
	});

	test('a half-hour time zone (India, UTC+5:30) turns at its own 04:00', () => {
		const instant = Date.UTC(2026, 4, 1, 12, 0);
		expect(nextDayStart(instant, KOLKATA)).toBe(Date.UTC(2026, 4, 1, 22, 30));
		expect(dayStart(instant, KOLKATA)).toBe(Date.UTC(2026, 3, 30, 22, 30));
	});

	describe.each([
		// zone, a day before the change, the day of the change, its length in hours
		[PARIS, 'spring forward', '2026-03-28', Date.UTC(2026, 2, 28, 12), 23],
		[PARIS, 'fall back', '2026-10-24', Date.UTC(2026, 9, 24, 12), 25],
		[NEW_YORK, 'spring forward', '2026-03-07', Date.UTC(2026, 2, 7, 18), 23],
		[NEW_YORK, 'fall back', '2026-10-31', Date.UTC(2026, 9, 31, 18), 25]
	])('%s, %s', (zone, _change, day, noon, hours) => {
		test(`the study day ${day} lasts ${hours} h and ends at 04:00 the next day`, () => {
			expect(studyDay(noon, zone)).toBe(day);
			const start = dayStart(noon, zone);
			const end = nextDayStart(noon, zone);
			expect(wallClock(start, zone)).toBe(`${day} 04:00:00`);
			const nextDate = new Date(`${day}T00:00:00Z`);
			nextDate.setUTCDate(nextDate.getUTCDate() + 1);
			expect(wallClock(end, zone)).toBe(`${nextDate.toISOString().slice(0, 10)} 04:00:00`);
			expect(end - start).toBe(hours * HOUR);
			// The next day is a normal 24 h one again.
			expect(nextDayStart(end, zone) - end).toBe(24 * HOUR);
			// At the boundary itself, the new day has begun.
			expect(dayStart(end, zone)).toBe(end);
			expect(dayStart(end - 1, zone)).toBe(start);
			expect(studyDay(end - 1, zone)).toBe(day);
			expect(studyDay(end, zone)).toBe(nextDate.toISOString().slice(0, 10));
		});

		test('every instant lies in [dayStart, nextDayStart), 04:00 local on both ends', () => {
			// Every 17 minutes over three days around the change, night hours included.
			for (let t = noon - 30 * HOUR; t < noon + 42 * HOUR; t += 17 * MINUTE + 1_234) {
				const start = dayStart(t, zone);
				const end = nextDayStart(t, zone);
				expect(start).toBeLessThanOrEqual(t);
				expect(end).toBeGreaterThan(t);
				expect(wallClock(start, zone).slice(11)).toBe('04:00:00');
				expect(wallClock(end, zone).slice(11)).toBe('04:00:00');
				expect(studyDay(start, zone)).toBe(studyDay(t, zone));
				expect(studyDay(end, zone)).not.toBe(studyDay(t, zone));
				expect(end - start).toBeGreaterThanOrEqual(23 * HOUR);
				expect(end - start).toBeLessThanOrEqual(25 * HOUR);
			}
		});
	});

	test('the night of the change itself: 01:00–03:59 still belongs to the day before', () => {
		// Paris, 2026-03-29: 02:00 CET jumps to 03:00 CEST (01:00 UTC).
		expect(studyDay(Date.UTC(2026, 2, 29, 0, 59), PARIS)).toBe('2026-03-28');
		expect(studyDay(Date.UTC(2026, 2, 29, 1, 0), PARIS)).toBe('2026-03-28');
		expect(studyDay(Date.UTC(2026, 2, 29, 1, 59), PARIS)).toBe('2026-03-28');
		expect(studyDay(Date.UTC(2026, 2, 29, 2, 0), PARIS)).toBe('2026-03-29');
		// Paris, 2026-10-25: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
		expect(studyDay(Date.UTC(2026, 9, 25, 0, 30), PARIS)).toBe('2026-10-24');
		expect(studyDay(Date.UTC(2026, 9, 25, 1, 30), PARIS)).toBe('2026-10-24');
		expect(studyDay(Date.UTC(2026, 9, 25, 2, 59), PARIS)).toBe('2026-10-24');
		expect(studyDay(Date.UTC(2026, 9, 25, 3, 0), PARIS)).toBe('2026-10-25');
	});
});
