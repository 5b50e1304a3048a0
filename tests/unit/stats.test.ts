import { describe, expect, test } from 'vitest';
import type { Card } from '../../src/lib/domain/cards';
import { createRandom } from '../../src/lib/domain/random';
import { deckOfCard, reviewId, type Review } from '../../src/lib/domain/reviews';
import type { CardState, Grade, MemoryState } from '../../src/lib/domain/scheduler';
import {
	addDays,
	cardsByState,
	dueForecast,
	masteryByTag,
	masteryOf,
	mondayOf,
	retentionByWeek,
	reviewsPerDay,
	studyStreak,
	todayStats
} from '../../src/lib/domain/stats';
import { studyDay } from '../../src/lib/domain/study-day';

const PARIS = 'Europe/Paris';
const TOKYO = 'Asia/Tokyo';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The instant a Paris wall clock shows "2026-03-29 03:30" (CET +1 or CEST +2, whichever fits). */
function paris(local: string): number {
	const [date = '', time = ''] = local.split(' ');
	const naive = Date.parse(`${date}T${time}:00Z`);
	for (const offset of [1, 2]) {
		const instant = naive - offset * HOUR;
		const shown = new Intl.DateTimeFormat('sv-SE', {
			timeZone: PARIS,
			dateStyle: 'short',
			timeStyle: 'short'
		}).format(instant);
		if (shown === local) {
			return instant;
		}
	}
	throw new Error(`${local} does not exist in Paris`);
}

const A = 'hist/f1/event.date-choice';
const B = 'hist/f2/event.date-typed';
const C = 'geo/f1/person.role-flashcard';

function state(kind: MemoryState, due = 0, stability = 10): CardState {
	return {
		due,
		stability,
		difficulty: 5,
		scheduledDays: 3,
		learningSteps: 0,
		reps: 3,
		lapses: 0,
		state: kind
	};
}

interface Answer {
	card: string;
	at: string;
	rating: Grade;
	/** The card's state before the answer; none for a new card. */
	before?: MemoryState;
	answerMs?: number;
	quiz?: 'scheduled' | 'unscheduled';
}

function review({ card, at, rating, before, answerMs = 5_000, quiz }: Answer): Review {
	const time = paris(at);
	const r: Review = {
		id: reviewId(time, card, 'n'),
		cardId: card,
		deckId: deckOfCard(card),
		time,
		rating,
		answerMs,
		mode: quiz ? 'quiz' : 'study'
	};
	if (before !== undefined) {
		r.previous = state(before);
	}
	if (quiz === 'unscheduled') {
		r.unscheduled = true;
	}
	return r;
}

/**
 * A week of study in Paris around the spring DST change (Sunday 2026-03-29, 02:00 → 03:00).
 * Known answers: study days 03-23, then 03-25 to 03-30 without a gap (03-24 is empty); three
 * late-night answers belong to the day before; today (03-30) has 4 answers, 3 of them correct.
 */
const LOG: Review[] = [
	review({ card: A, at: '2026-03-23 18:00', rating: 3 }),
	review({ card: B, at: '2026-03-25 20:00', rating: 3 }),
	review({ card: A, at: '2026-03-26 09:00', rating: 3, before: 2 }),
	// 03:30 on Saturday belongs to Friday 03-27, the only answer of that study day.
	review({ card: C, at: '2026-03-28 03:30', rating: 1, before: 2 }),
	// The DST night: 03:30 summer time is still Saturday 03-28's study day.
	review({ card: B, at: '2026-03-29 03:30', rating: 3, before: 1 }),
	// 04:30 summer time, 02:30 UTC: Sunday 03-29 (a fixed winter offset would say Saturday).
	review({ card: A, at: '2026-03-29 04:30', rating: 4, before: 2 }),
	// Monday before 04:00: still Sunday 03-29, in the week of Monday 03-23.
	review({ card: C, at: '2026-03-30 03:30', rating: 3, before: 3 }),
	review({ card: B, at: '2026-03-30 03:45', rating: 2, before: 2, quiz: 'unscheduled' }),
	// Today, 03-30.
	review({ card: A, at: '2026-03-30 04:00', rating: 1, before: 2, answerMs: 9_000 }),
	review({
		card: B,
		at: '2026-03-30 09:15',
		rating: 3,
		before: 2,
		answerMs: 10_000,
		quiz: 'scheduled'
	}),
	review({ card: C, at: '2026-03-30 09:20', rating: 4, before: 2, answerMs: 11_000 }),
	review({ card: A, at: '2026-03-30 09:25', rating: 3, before: 3, answerMs: 12_000 })
];
const NOW = paris('2026-03-30 12:00');

describe('day labels', () => {
	test('addDays and mondayOf are calendar arithmetic, across months and years', () => {
		expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
		expect(mondayOf('2026-03-29')).toBe('2026-03-23'); // a Sunday
		expect(mondayOf('2026-03-30')).toBe('2026-03-30'); // a Monday
		expect(mondayOf('2026-01-01')).toBe('2025-12-29');
	});
});

describe('today', () => {
	test('counts the answers of the study day, their correct rate and the time spent', () => {
		// 03:30 and 03:45 this morning belong to yesterday; 04:00 opens today.
		expect(todayStats(LOG, NOW, PARIS)).toEqual({
			reviews: 4,
			correctRate: 0.75,
			timeMs: 42_000,
			streak: 6
		});
	});

	test('a day without answers has a rate of 0, not NaN', () => {
		const stats = todayStats(LOG, paris('2026-03-31 10:00'), PARIS);
		expect(stats).toEqual({ reviews: 0, correctRate: 0, timeMs: 0, streak: 6 });
	});
});

describe('the study streak', () => {
	test('counts consecutive study days ending today; answers before 04:00 fill the day before', () => {
		// 03-25 … 03-30: 03-27 and 03-28 are studied only after midnight, before 04:00.
		expect(studyStreak(LOG, NOW, PARIS)).toBe(6);
		// Counted by calendar date, 03-27 would be empty and the streak only 3.
		const calendar = new Intl.DateTimeFormat('sv-SE', { timeZone: PARIS, dateStyle: 'short' });
		const calendarDays = new Set(LOG.map((r) => calendar.format(r.time)));
		expect(calendarDays.has('2026-03-27')).toBe(false);
	});

	test('nothing yet today keeps yesterday’s streak; a whole day without study ends it', () => {
		expect(studyStreak(LOG, paris('2026-03-31 09:00'), PARIS)).toBe(6);
		// Until 04:00 on 04-01, 03-31 is still "today".
		expect(studyStreak(LOG, paris('2026-04-01 03:59'), PARIS)).toBe(6);
		expect(studyStreak(LOG, paris('2026-04-01 04:00'), PARIS)).toBe(0);
	});

	test('at 03:30 on Monday, today is still Sunday', () => {
		expect(studyStreak(LOG, paris('2026-03-30 03:50'), PARIS)).toBe(5);
	});

	test('the 23-hour day of the spring DST change is one study day', () => {
		// Saturday 03-28 lasts from 04:00 CET (03:00 UTC) to 04:00 CEST (02:00 UTC): 23 hours.
		// 03:30 on Saturday morning belongs to Friday; taking "yesterday" as the 24 hours before
		// today's start would wrongly count it for Saturday.
		const log = [
			review({ card: A, at: '2026-03-28 03:30', rating: 3 }),
			review({ card: A, at: '2026-03-29 10:00', rating: 3, before: 1 })
		];
		const now = paris('2026-03-29 12:00');
		expect(studyStreak(log, now, PARIS)).toBe(1);
		expect(reviewsPerDay(log, now, PARIS, 3)).toEqual([
			{ day: '2026-03-27', count: 1 },
			{ day: '2026-03-28', count: 0 },
			{ day: '2026-03-29', count: 1 }
		]);
	});

	test('the 25-hour day of the autumn DST change is one study day', () => {
		// Saturday 10-24 lasts from 04:00 CEST to 04:00 CET on Sunday: 25 hours, so two answers
		// 24 hours apart can belong to it.
		const log = [
			review({ card: A, at: '2026-10-24 04:30', rating: 3 }),
			review({ card: A, at: '2026-10-25 03:30', rating: 3, before: 1 }),
			review({ card: A, at: '2026-10-25 04:00', rating: 3, before: 2 }),
			review({ card: B, at: '2026-10-26 03:59', rating: 3 })
		];
		expect(log[1]!.time - log[0]!.time).toBe(DAY);
		const now = paris('2026-10-26 10:00');
		expect(reviewsPerDay(log, now, PARIS, 3)).toEqual([
			{ day: '2026-10-24', count: 2 },
			{ day: '2026-10-25', count: 2 },
			{ day: '2026-10-26', count: 0 }
		]);
		expect(studyStreak(log, now, PARIS)).toBe(2);
	});

	test('no answer, no streak', () => {
		expect(studyStreak([], NOW, PARIS)).toBe(0);
	});
});

describe('reviews per day', () => {
	test('the last days, oldest first, with zeros for days without study', () => {
		expect(reviewsPerDay(LOG, NOW, PARIS, 8)).toEqual([
			{ day: '2026-03-23', count: 1 },
			{ day: '2026-03-24', count: 0 },
			{ day: '2026-03-25', count: 1 },
			{ day: '2026-03-26', count: 1 },
			{ day: '2026-03-27', count: 1 },
			{ day: '2026-03-28', count: 1 },
			{ day: '2026-03-29', count: 3 },
			{ day: '2026-03-30', count: 4 }
		]);
	});

	test('a long window is all zeros before the first answer; answers before it are left out', () => {
		const year = reviewsPerDay(LOG, NOW, PARIS, 365);
		expect(year).toHaveLength(365);
		expect(year[0]?.day).toBe('2025-03-31');
		expect(year.at(-1)?.day).toBe('2026-03-30');
		expect(year.reduce((sum, d) => sum + d.count, 0)).toBe(LOG.length);
		expect(reviewsPerDay(LOG, NOW, PARIS, 2).map((d) => d.count)).toEqual([3, 4]);
	});

	test('the same log is counted in the learner’s time zone', () => {
		// Tokyo's day 03-30 starts at 19:00 UTC on 03-29: Paris's Sunday night answers are in it.
		expect(reviewsPerDay(LOG, NOW, TOKYO, 2)).toEqual([
			{ day: '2026-03-29', count: 2 },
			{ day: '2026-03-30', count: 6 }
		]);
	});

	test('on a large random log, matches counting each answer’s study day one by one', () => {
		const random = createRandom('heatmap');
		const start = paris('2025-03-01 00:00');
		const log = Array.from({ length: 3_000 }, (_, i) => {
			const time = start + Math.floor(random.next() * 400 * DAY);
			return { ...LOG[0], id: `r${i}`, time } as Review;
		});
		const now = paris('2026-03-30 12:00');
		const expected = new Map<string, number>();
		for (const r of log) {
			const day = studyDay(r.time, PARIS);
			expected.set(day, (expected.get(day) ?? 0) + 1);
		}
		for (const { day, count } of reviewsPerDay(log, now, PARIS, 365)) {
			expect(count, day).toBe(expected.get(day) ?? 0);
		}
	});
});

describe('the due forecast', () => {
	const states = new Map<string, CardState>([
		['overdue', state(2, paris('2026-03-20 10:00'))],
		['later-today', state(2, paris('2026-03-30 18:00'))],
		['learning-soon', state(1, NOW + 10 * MINUTE)],
		// 03:30 tomorrow is still today's study day.
		['tonight', state(2, paris('2026-03-31 03:30'))],
		['tomorrow', state(2, paris('2026-03-31 04:00'))],
		['relearning', state(3, paris('2026-04-02 09:00'))],
		['last-day', state(2, paris('2026-04-28 10:00'))],
		['beyond', state(2, paris('2026-04-29 10:00'))],
		['new', state(0, NOW - DAY)],
		['suspended', state(2, paris('2026-03-01 10:00'))]
	]);

	test('counts cards per study day; overdue ones count today; new and suspended ones not at all', () => {
		const forecast = dueForecast(states, NOW, PARIS, 30, new Set(['suspended']));
		expect(forecast).toHaveLength(30);
		expect(forecast[0]).toEqual({ day: '2026-03-30', count: 4 });
		expect(forecast[1]).toEqual({ day: '2026-03-31', count: 1 });
		expect(forecast[2]).toEqual({ day: '2026-04-01', count: 0 });
		expect(forecast[3]).toEqual({ day: '2026-04-02', count: 1 });
		expect(forecast[29]).toEqual({ day: '2026-04-28', count: 1 });
		expect(forecast.reduce((sum, d) => sum + d.count, 0)).toBe(7);
	});

	test('30 days by default; without suspensions, the suspended card is overdue like any other', () => {
		const forecast = dueForecast(states.entries(), NOW, PARIS);
		expect(forecast).toHaveLength(30);
		expect(forecast[0]?.count).toBe(5);
	});
});

describe('true retention per week', () => {
	test('only answers to cards in the review state count; unscheduled quiz answers do not', () => {
		// Week of 03-23: 03-26 pass, 03-28 03:30 (Friday's) fail, 03-29 04:30 pass; the learning
		// and relearning answers and the unscheduled quiz answer are left out.
		// Week of 03-30: 04:00 fail, scheduled quiz pass, 09:20 pass; 09:25 (relearning) out.
		expect(retentionByWeek(LOG, PARIS)).toEqual([
			{ week: '2026-03-23', total: 3, passed: 2, rate: 2 / 3 },
			{ week: '2026-03-30', total: 3, passed: 2, rate: 2 / 3 }
		]);
	});

	test('is in order even when the log is not, and empty without review answers', () => {
		expect(retentionByWeek([...LOG].reverse(), PARIS).map((w) => w.week)).toEqual([
			'2026-03-23',
			'2026-03-30'
		]);
		expect(retentionByWeek(LOG.slice(0, 2), PARIS)).toEqual([]);
	});
});

describe('cards by state', () => {
	test('a card without state is new; a suspended card counts only as suspended', () => {
		const states = new Map<string, CardState>([
			['zero', state(0)],
			['learning', state(1)],
			['review', state(2)],
			['relearning', state(3)],
			['suspended-review', state(2)]
		]);
		const ids = ['unseen', 'zero', 'learning', 'review', 'relearning', 'suspended-review'];
		expect(cardsByState(ids, states, new Set(['suspended-review', 'not-a-card']))).toEqual({
			new: 2,
			learning: 1,
			review: 1,
			relearning: 1,
			suspended: 1
		});
	});
});

describe('mastery', () => {
	function card(id: string, tags: string[]): Card {
		return {
			kind: 'flashcard',
			id,
			deckId: 'hist',
			factId: id,
			template: 'event.date-flashcard',
			tags,
			source: 'cours',
			prompt: '?',
			answer: '!',
			explanation: '.'
		};
	}
	const cards = [
		card('c1', ['dates', 'dirigeants']),
		card('c2', ['dates']),
		card('c3', ['minerais']),
		card('c4', ['dates', 'dates']),
		card('c5', ['minerais']),
		card('c6', [])
	];
	const states = new Map<string, CardState>([
		['c1', state(2, 0, 95)],
		['c2', state(2, 0, 50)],
		['c3', state(1, 0, 90)],
		['c5', state(0, 0, 100)],
		['c6', state(2, 0, 99)]
	]);
	// A stub standing in for the scheduler: stability 95 recalls with 95 %.
	const seen: number[] = [];
	const retrievability = (s: CardState, now: number) => {
		seen.push(now);
		return s.stability / 100;
	};

	test('per tag: studied cards recalled with at least 90 %, tags sorted, each card once per tag', () => {
		expect(masteryByTag(cards, states, NOW, retrievability)).toEqual([
			{ tag: 'dates', mastered: 1, total: 3, share: 1 / 3 },
			{ tag: 'dirigeants', mastered: 1, total: 1, share: 1 },
			// c3 is at the threshold exactly; c5 is new, however stable.
			{ tag: 'minerais', mastered: 1, total: 2, share: 0.5 }
		]);
		expect(new Set(seen)).toEqual(new Set([NOW]));
	});

	test('of a whole deck, and of no card', () => {
		expect(masteryOf(cards, states, NOW, retrievability)).toEqual({
			mastered: 3,
			total: 6,
			share: 0.5
		});
		expect(masteryOf([], states, NOW, retrievability)).toEqual({ mastered: 0, total: 0, share: 0 });
	});
});
