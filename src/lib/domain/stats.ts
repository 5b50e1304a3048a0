// Statistics for the learner: pure functions over the review log and the card states, giving
// the numbers and the chart data of the statistics page. Days are study days (they roll over
// at 04:00 in the learner's time zone), labelled "YYYY-MM-DD" as study-day.ts does.
import type { Card } from './cards';
import type { Review } from './reviews';
import { LEARNING, NEW, RELEARNING, REVIEW, type CardState } from './card-state';
import { dayStart, nextDayStart, studyDay } from './study-day';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A study day lasts 23 to 25 hours: windows are widened by this much per day to be safe. */
const LONGEST_DAY = 25 * HOUR;

/** Retrievability from which a card counts as mastered. */
export const MASTERY_THRESHOLD = 0.9;

/** The app passes scheduler.retrievability: the domain outside scheduler.ts never sees ts-fsrs. */
export type Retrievability = (state: CardState, now: number) => number;

export interface DayCount {
	/** A study day, "2026-03-29". */
	day: string;
	count: number;
}

export interface TodayStats {
	reviews: number;
	/** Share of answers rated above Again, 0..1; 0 when there is none. */
	correctRate: number;
	timeMs: number;
	streak: number;
}

export interface WeekRetention {
	/** The Monday the week starts on, "2026-03-23". */
	week: string;
	total: number;
	passed: number;
	rate: number;
}

export interface StateCounts {
	new: number;
	learning: number;
	review: number;
	relearning: number;
	suspended: number;
}

export interface Mastery {
	mastered: number;
	total: number;
	/** mastered / total, 0..1; 0 for no card. */
	share: number;
}

export interface TagMastery extends Mastery {
	tag: string;
}

/** The study day `days` days after `day` (negative: before); labels are calendar dates. */
export function addDays(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The Monday of the week that `day` is in. */
export function mondayOf(day: string): string {
	const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
	return addDays(day, -((weekday + 6) % 7));
}

/** `count` consecutive study days starting with `first`. */
function daysFrom(first: string, count: number): string[] {
	return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(first, i));
}

/**
 * Each item with its study day, sorted by time. Formatting a date in a time zone costs
 * microseconds and logs hold tens of thousands of answers; since the study day only grows with
 * time, a run whose first and last items share a day is filled without formatting the rest.
 */
function withStudyDays<T>(
	items: readonly T[],
	timeOf: (item: T) => number,
	timeZone: string
): { item: T; day: string }[] {
	const sorted = [...items].sort((a, b) => timeOf(a) - timeOf(b));
	const dayAt = (i: number) => studyDay(timeOf(sorted[i] as T), timeZone);
	const days = new Array<string>(sorted.length);
	const fill = (low: number, high: number, lowDay: string, highDay: string): void => {
		if (lowDay === highDay) {
			days.fill(lowDay, low, high + 1);
		} else if (high - low <= 1) {
			days[low] = lowDay;
			days[high] = highDay;
		} else {
			const mid = (low + high) >> 1;
			const midDay = dayAt(mid);
			fill(low, mid, lowDay, midDay);
			fill(mid, high, midDay, highDay);
		}
	};
	if (sorted.length > 0) {
		fill(0, sorted.length - 1, dayAt(0), dayAt(sorted.length - 1));
	}
	return sorted.map((item, i) => ({ item, day: days[i] as string }));
}

/** Counts per study day of `times`, for the given days only (others are dropped). */
function countByDay(days: string[], times: number[], timeZone: string): DayCount[] {
	const counts = new Map(days.map((day) => [day, 0]));
	for (const { day } of withStudyDays(times, (t) => t, timeZone)) {
		const count = counts.get(day);
		if (count !== undefined) {
			counts.set(day, count + 1);
		}
	}
	return days.map((day) => ({ day, count: counts.get(day) ?? 0 }));
}

/** Today's answers (quiz included), their correct rate, time spent, and the study streak. */
export function todayStats(reviews: readonly Review[], now: number, timeZone: string): TodayStats {
	const start = dayStart(now, timeZone);
	const end = nextDayStart(now, timeZone);
	const today = reviews.filter((r) => r.time >= start && r.time < end);
	const correct = today.filter((r) => r.rating > 1).length;
	return {
		reviews: today.length,
		correctRate: today.length === 0 ? 0 : correct / today.length,
		timeMs: today.reduce((sum, r) => sum + r.answerMs, 0),
		streak: studyStreak(reviews, now, timeZone)
	};
}

/**
 * Consecutive study days with an answer, ending today, or yesterday while nothing is done yet
 * today (Anki's way: the streak is not lost at 04:00, only at the end of a day without study).
 */
export function studyStreak(reviews: readonly Review[], now: number, timeZone: string): number {
	const studied = new Set(withStudyDays(reviews, (r) => r.time, timeZone).map((r) => r.day));
	const today = studyDay(now, timeZone);
	let day = studied.has(today) ? today : addDays(today, -1);
	let streak = 0;
	while (studied.has(day)) {
		streak += 1;
		day = addDays(day, -1);
	}
	return streak;
}

/** Answers per study day over the last `days` days, oldest first, zeros included (heatmap). */
export function reviewsPerDay(
	reviews: readonly Review[],
	now: number,
	timeZone: string,
	days: number
): DayCount[] {
	const since = now - (days + 1) * LONGEST_DAY;
	const times = reviews.filter((r) => r.time >= since).map((r) => r.time);
	return countByDay(daysFrom(addDays(studyDay(now, timeZone), 1 - days), days), times, timeZone);
}

/**
 * Cards due on each of the next `days` study days, today first. Overdue cards and cards due
 * later today count for today; new cards (never studied) and suspended cards are left out.
 */
export function dueForecast(
	states: Iterable<readonly [string, CardState]>,
	now: number,
	timeZone: string,
	days = 30,
	suspended: ReadonlySet<string> = new Set()
): DayCount[] {
	const today = studyDay(now, timeZone);
	const todayEnd = nextDayStart(now, timeZone);
	const horizon = now + (days + 1) * LONGEST_DAY;
	let dueToday = 0;
	const later: number[] = [];
	for (const [id, state] of states) {
		if (state.state === NEW || suspended.has(id)) {
			continue;
		}
		if (state.due < todayEnd) {
			dueToday += 1;
		} else if (state.due < horizon) {
			later.push(state.due);
		}
	}
	const forecast = countByDay(daysFrom(today, days), later, timeZone);
	if (forecast[0]) {
		forecast[0].count += dueToday;
	}
	return forecast;
}

/**
 * True retention per week (Monday first), oldest first: the share of passed answers (rating
 * above Again) among answers to cards in the review state. Learning steps would flatter the
 * rate, and quiz answers that left the schedule alone say nothing of the spacing; weeks without
 * such an answer are absent.
 */
export function retentionByWeek(reviews: readonly Review[], timeZone: string): WeekRetention[] {
	const answers = reviews.filter((r) => !r.unscheduled && r.previous?.state === REVIEW);
	// Answers come back sorted by time, so weeks are met in order.
	const weeks = new Map<string, WeekRetention>();
	const mondays = new Map<string, string>();
	for (const { item, day } of withStudyDays(answers, (r) => r.time, timeZone)) {
		// Date arithmetic per answer would cost more than the rest: once per day is enough.
		const week = mondays.get(day) ?? mondayOf(day);
		mondays.set(day, week);
		const entry = weeks.get(week) ?? { week, total: 0, passed: 0, rate: 0 };
		entry.total += 1;
		entry.passed += item.rating > 1 ? 1 : 0;
		weeks.set(week, entry);
	}
	for (const entry of weeks.values()) {
		entry.rate = entry.passed / entry.total;
	}
	return [...weeks.values()];
}

/** Cards by memory state; a card without a state is new, a suspended card counts only as such. */
export function cardsByState(
	cardIds: Iterable<string>,
	states: ReadonlyMap<string, CardState>,
	suspended: ReadonlySet<string>
): StateCounts {
	const counts: StateCounts = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0 };
	for (const id of cardIds) {
		const state = states.get(id)?.state ?? NEW;
		if (suspended.has(id)) {
			counts.suspended += 1;
		} else if (state === LEARNING) {
			counts.learning += 1;
		} else if (state === REVIEW) {
			counts.review += 1;
		} else if (state === RELEARNING) {
			counts.relearning += 1;
		} else {
			counts.new += 1;
		}
	}
	return counts;
}

function isMastered(
	state: CardState | undefined,
	now: number,
	retrievability: Retrievability
): boolean {
	return (
		state !== undefined && state.state !== NEW && retrievability(state, now) >= MASTERY_THRESHOLD
	);
}

/** Share of `cards` mastered now (studied, and recalled with probability ≥ 90 %), e.g. a deck's. */
export function masteryOf(
	cards: readonly Card[],
	states: ReadonlyMap<string, CardState>,
	now: number,
	retrievability: Retrievability
): Mastery {
	const mastered = cards.filter((c) => isMastered(states.get(c.id), now, retrievability)).length;
	return { mastered, total: cards.length, share: cards.length === 0 ? 0 : mastered / cards.length };
}

/** Mastery of the cards of each tag, by tag name; a card counts once in each of its tags. */
export function masteryByTag(
	cards: readonly Card[],
	states: ReadonlyMap<string, CardState>,
	now: number,
	retrievability: Retrievability
): TagMastery[] {
	const byTag = new Map<string, Card[]>();
	for (const card of cards) {
		for (const tag of new Set(card.tags)) {
			const tagged = byTag.get(tag);
			if (tagged) {
				tagged.push(card);
			} else {
				byTag.set(tag, [card]);
			}
		}
	}
	return [...byTag.keys()]
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
		.map((tag) => ({ tag, ...masteryOf(byTag.get(tag) ?? [], states, now, retrievability) }));
}
