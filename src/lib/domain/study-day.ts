// The study day: it rolls over at 04:00 local time, as Anki's does, so a late-night session
// counts for the day before. Computed from the wall clock of a time zone, so DST and travel
// never make a day 23 or 25 hours long by mistake.

export const DAY_STARTS_AT_HOUR = 4;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(
	now: number,
	timeZone: string
): { year: number; month: number; day: number; hour: number } {
	let format = formatters.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			hourCycle: 'h23'
		});
		formatters.set(timeZone, format);
	}
	const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
	return {
		year: Number(parts.year),
		month: Number(parts.month),
		day: Number(parts.day),
		hour: Number(parts.hour)
	};
}

/** "2026-03-29": the study day that `now` belongs to in `timeZone`. */
export function studyDay(now: number, timeZone: string): string {
	const clock = wallClock(now, timeZone);
	const date = new Date(Date.UTC(clock.year, clock.month - 1, clock.day));
	if (clock.hour < DAY_STARTS_AT_HOUR) {
		date.setUTCDate(date.getUTCDate() - 1);
	}
	return date.toISOString().slice(0, 10);
}

/**
 * The first instant of the study day after the one `now` is in: the next 04:00 on the wall
 * clock, found by search rather than by adding 24 hours, so it is right across DST changes.
 */
export function nextDayStart(now: number, timeZone: string): number {
	const today = studyDay(now, timeZone);
	// Step by hours to the first instant of the next study day, then narrow to the minute.
	let t = now;
	while (studyDay(t, timeZone) === today) {
		t += HOUR;
	}
	let low = t - HOUR;
	while (t - low > MINUTE) {
		const mid = low + Math.floor((t - low) / 2);
		if (studyDay(mid, timeZone) === today) {
			low = mid;
		} else {
			t = mid;
		}
	}
	// Day boundaries fall on whole minutes: the first one after `low`.
	return Math.floor(low / MINUTE) * MINUTE + MINUTE;
}

/** The first instant of the study day `now` is in. */
export function dayStart(now: number, timeZone: string): number {
	const today = studyDay(now, timeZone);
	// A study day lasts 23 to 25 hours: 30 hours back is in one of the two days before.
	let boundary = nextDayStart(now - 30 * HOUR, timeZone);
	while (studyDay(boundary, timeZone) !== today) {
		boundary = nextDayStart(boundary, timeZone);
	}
	return boundary;
}
