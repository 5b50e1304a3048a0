import { describe, expect, test } from 'vitest';
import { createRandom } from '../../src/lib/domain/random';
import {
	compareReviews,
	deckOfCard,
	factOfCard,
	reviewId,
	type Review
} from '../../src/lib/domain/reviews';
import { replayReviews } from '../../src/lib/domain/replay';
import { createScheduler, type CardState, type Grade } from '../../src/lib/domain/scheduler';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;
const A = 'deck-a/fact-1/event.date-choice';
const B = 'deck-a/fact-2/event.date-typed';
const C = 'deck-b/fact-1/person.role-flashcard';

const scheduler = createScheduler({ fuzz: true });

function review(cardId: string, time: number, rating: Grade, nonce: string): Review {
	return {
		id: reviewId(time, cardId, nonce),
		cardId,
		deckId: deckOfCard(cardId),
		time,
		rating,
		answerMs: 4_000,
		mode: 'study'
	};
}

/** A log over three cards, answered the way a learner would (A and B on the same days). */
function log(): Review[] {
	const plan: [string, number, Grade][] = [
		[A, T0, 3],
		[B, T0 + 1_000, 1],
		[A, T0 + 10 * MINUTE, 3],
		[B, T0 + MINUTE + 1_000, 3],
		[B, T0 + 11 * MINUTE + 1_000, 3],
		[C, T0 + 2 * DAY, 4],
		[A, T0 + 3 * DAY, 1],
		[A, T0 + 3 * DAY + 10 * MINUTE, 2],
		[B, T0 + 3 * DAY, 3],
		[C, T0 + 9 * DAY, 3],
		[A, T0 + 9 * DAY, 3],
		// Two answers in the same millisecond: both count, in id order.
		[B, T0 + 12 * DAY, 1],
		[B, T0 + 12 * DAY, 3]
	];
	return plan.map(([cardId, time, rating], i) => review(cardId, time, rating, `n${i}`));
}

/** The cache's way: each grade applied to the state left by the one before. */
function applyOneByOne(reviews: readonly Review[]): Map<string, CardState> {
	const states = new Map<string, CardState>();
	for (const r of reviews) {
		states.set(r.cardId, scheduler.next(states.get(r.cardId), r.time, r.rating));
	}
	return states;
}

describe('the review log', () => {
	test('replaying the log gives the states the grades gave one by one', () => {
		const reviews = [...log()].sort(compareReviews);
		const replayed = replayReviews(reviews, scheduler);
		expect(replayed).toEqual(applyOneByOne(reviews));
		expect([...replayed.keys()].sort()).toEqual([A, B, C].sort());
		expect(replayed.get(A)?.reps).toBe(5);
		expect(replayed.get(B)?.reps).toBe(6);
		expect(replayed.get(A)?.lapses).toBe(1);
	});

	test('the replay, fuzzed only at each card’s last answer, gives what every answer fuzzed gives', () => {
		// Learners of every kind: answers minutes to months apart, any grade, under settings that
		// fuzz, clamp intervals, and take one, two or no learning steps.
		const settings = [
			{},
			{ retention: 0.75, learningSteps: ['10m' as const], relearningSteps: [] },
			{ retention: 0.97, maximumInterval: 30, learningSteps: [] },
			{ learningSteps: ['1m' as const, '1h' as const, '1d' as const] }
		];
		for (const [k, options] of settings.entries()) {
			const fuzzed = createScheduler({ ...options, fuzz: true });
			const random = createRandom(`histories ${k}`);
			const reviews: Review[] = [];
			for (let card = 0; card < 60; card++) {
				let time = T0 + random.int(1000) * MINUTE;
				for (let n = 0; n < 1 + random.int(25); n++) {
					const grade = (1 + random.int(4)) as Grade;
					reviews.push(review(`deck-a/fact-${card}/t`, time, grade, `n${n}`));
					time += [MINUTE, 10 * MINUTE, DAY, 7 * DAY, 90 * DAY][random.int(5)]! * random.next() * 2;
				}
			}
			const oneByOne = new Map<string, CardState>();
			for (const r of [...reviews].sort(compareReviews)) {
				oneByOne.set(r.cardId, fuzzed.next(oneByOne.get(r.cardId), r.time, r.rating));
			}
			expect(replayReviews(reviews, fuzzed)).toEqual(oneByOne);
		}
	});

	test('replay does not depend on the order the log is read in', () => {
		const reviews = log();
		const expected = replayReviews(reviews, scheduler);
		expect(replayReviews([...reviews].reverse(), scheduler)).toEqual(expected);
		for (const seed of ['one', 'two', 'three', 'four']) {
			expect(replayReviews(createRandom(seed).shuffle(reviews), scheduler)).toEqual(expected);
		}
	});

	test('replaying nothing gives no states', () => {
		expect(replayReviews([], scheduler).size).toBe(0);
	});

	test('compareReviews orders by time, then by id', () => {
		const early = review(B, T0, 3, 'z');
		const sameTimeLow = review(A, T0 + 5, 3, 'b');
		const sameTimeHigh = review(A, T0 + 5, 3, 'c');
		const late = review(A, T0 + 6, 3, 'a');
		const sorted = [late, sameTimeHigh, early, sameTimeLow].sort(compareReviews);
		expect(sorted).toEqual([early, sameTimeLow, sameTimeHigh, late]);
		expect(compareReviews(early, early)).toBe(0);
		// Time wins over the id even when the ids sort the other way.
		const byTime = { ...review(A, T0 + 1, 3, 'a'), id: 'zzz' };
		const byTimeLater = { ...review(A, T0 + 2, 3, 'a'), id: 'aaa' };
		expect(compareReviews(byTime, byTimeLater)).toBeLessThan(0);
	});

	test('review ids sort by time as plain strings (IndexedDB key order)', () => {
		const times = [T0, 5, 99, 1_000, 1e12, T0 + 1, 10 * DAY, 253_402_300_799_000];
		const ids = times.map((time) => reviewId(time, A, 'x'));
		const byKey = [...ids].sort();
		expect(byKey).toEqual([...times].sort((a, b) => a - b).map((time) => reviewId(time, A, 'x')));
		expect(reviewId(T0, A, 'x')).toBe(`00${T0}~${A}~x`);
	});

	test('two answers in the same millisecond get different ids', () => {
		const ids = new Set(Array.from({ length: 50 }, () => reviewId(T0, A)));
		expect(ids.size).toBe(50);
		for (const id of ids) {
			expect(id.startsWith(`${String(T0).padStart(15, '0')}~${A}~`)).toBe(true);
		}
	});

	test('a card id names its deck and its fact', () => {
		expect(deckOfCard(A)).toBe('deck-a');
		expect(factOfCard(A)).toBe('deck-a/fact-1');
		expect(deckOfCard(C)).toBe('deck-b');
	});
});
