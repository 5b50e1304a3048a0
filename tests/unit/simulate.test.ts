import { describe, expect, test } from 'vitest';
import { createScheduler, type Grade } from '../../src/lib/domain/scheduler';
import {
	DAY_MS,
	FSRS6_DEFAULT_W,
	firstMemory,
	LEARNERS,
	nextMemory,
	retrievability
} from '../../bench/simulate/learner';
import {
	leitner,
	leitnerBox,
	ours,
	sm2,
	sm2Next,
	type SimScheduler
} from '../../bench/simulate/schedulers';
import { DEFAULT_OPTIONS, simulate, simulateOnce } from '../../bench/simulate/simulate';

const learner = LEARNERS[0] as (typeof LEARNERS)[number];
const small = { ...DEFAULT_OPTIONS, learner, cards: 60, days: 90, runs: 1 };
const START = Date.UTC(2025, 0, 6, 9);

describe('the simulator', () => {
	test('gives the same year for the same seed, and another for another seed', () => {
		const first = simulateOnce(ours(0.9), small);
		expect(simulateOnce(ours(0.9), small)).toEqual(first);
		expect(simulateOnce(ours(0.9), small, 'another seed')).not.toEqual(first);
		expect(first.introduced).toBe(60);
		expect(first.answers).toBeGreaterThan(60);
	});

	test('averages its runs, each with its own seed', () => {
		const one = simulateOnce(sm2(), small, `${small.seed}#0`);
		const two = simulateOnce(sm2(), small, `${small.seed}#1`);
		const mean = simulate(sm2(), { ...small, runs: 2 });
		expect(mean.minutes).toBeCloseTo((one.minutes + two.minutes) / 2, 9);
		expect(mean.memorized).toBeCloseTo((one.memorized + two.memorized) / 2, 9);
	});

	test('charges the answers and stops at the daily time budget', () => {
		// A card is never due again: every answer is a new card's, 25 s each.
		const never: SimScheduler<number> = { name: 'never', next: () => 0, due: () => Infinity };
		const result = simulateOnce(never, { ...small, budgetSeconds: 100, days: 5 });
		expect(result.introduced).toBe(4 * 5);
		expect(result.minutes).toBeCloseTo((20 * 25) / 60, 9);
		expect(result.daysOverBudget).toBe(5);
		const unbounded = simulateOnce(never, { ...small, days: 2 });
		expect(unbounded.introduced).toBe(2 * small.newPerDay);
		expect(unbounded.daysOverBudget).toBe(0);
	});

	test('a higher desired retention costs more time and buys more knowledge', () => {
		const low = simulateOnce(ours(0.75), small);
		const high = simulateOnce(ours(0.95), small);
		expect(high.minutes).toBeGreaterThan(low.minutes);
		expect(high.memorized).toBeGreaterThan(low.memorized);
	});
});

describe('the learner’s memory model (FSRS-6)', () => {
	test('recalls 90 % of a card after one stability, for any decay', () => {
		for (const { w } of LEARNERS) {
			expect(retrievability(w, 7, 7)).toBeCloseTo(0.9, 10);
			expect(retrievability(w, 0, 7)).toBe(1);
			expect(retrievability(w, 14, 7)).toBeLessThan(0.9);
		}
	});

	test('forgets faster or slower than the default learner', () => {
		const [standard, faster, slower] = LEARNERS.map((l) => l.w);
		const after = (w: readonly number[] | undefined) =>
			retrievability(w as number[], 30, firstMemory(w as number[], 3, 0).stability);
		expect(after(faster)).toBeLessThan(after(standard));
		expect(after(slower)).toBeGreaterThan(after(standard));
	});

	test('matches ts-fsrs with the default parameters, review after review', () => {
		const scheduler = createScheduler({ learningSteps: [], relearningSteps: [], fuzz: false });
		const grades: Grade[] = [3, 3, 1, 3, 4, 2, 3];
		let state = scheduler.next(undefined, START, grades[0] as Grade);
		let memory = firstMemory(FSRS6_DEFAULT_W, grades[0] as Grade, START);
		for (const grade of grades.slice(1)) {
			expect(memory.stability).toBeCloseTo(state.stability, 5);
			expect(memory.difficulty).toBeCloseTo(state.difficulty, 5);
			const now = state.due;
			state = scheduler.next(state, now, grade);
			memory = nextMemory(FSRS6_DEFAULT_W, memory, now, grade);
		}
		expect(memory.stability).toBeCloseTo(state.stability, 5);
		// A same-day Good adds nothing to a card of stability ≥ 1 (w17–w19), an Again takes away.
		const same = nextMemory(FSRS6_DEFAULT_W, memory, memory.lastReview + 600_000, 3);
		expect(same.stability).toBe(memory.stability);
		const lapse = nextMemory(FSRS6_DEFAULT_W, memory, memory.lastReview + 600_000, 1);
		expect(lapse.stability).toBeLessThan(memory.stability);
	});
});

describe('Anki SM-2 with default settings', () => {
	test('Good, Good, Again, Good, Easy, Hard: worked by hand', () => {
		// Good graduates at 1 d. Good: Hard would be max(1×1.2→1, 1+1) = 2, so Good is
		// max(1×2.5→3, 2+1) = 3. Again: 1 d, ease 2.3. Good: max(1×2.3→2, 2+1) = 3. Easy:
		// 3×2.3×1.3 = 8.97 → 9, ease 2.45. Hard: 9×1.2 = 10.8 → 11, ease 2.30.
		const grades: Grade[] = [3, 3, 1, 3, 4, 2];
		let state: ReturnType<typeof sm2Next> | undefined;
		const seen: [number, number][] = [];
		for (const grade of grades) {
			state = sm2Next(state, grade);
			seen.push([state.interval, state.ease]);
		}
		expect(seen).toEqual([
			[1, 2.5],
			[3, 2.5],
			[1, 2.3],
			[3, 2.3],
			[9, 2.45],
			[11, 2.3]
		]);
	});

	test('learning: Again keeps the card learning for a day, Easy graduates at 4 days', () => {
		expect(sm2Next(undefined, 1)).toEqual({ phase: 'learning', interval: 1, ease: 2.5 });
		expect(sm2Next(sm2Next(undefined, 1), 2)).toEqual({ phase: 'review', interval: 1, ease: 2.5 });
		expect(sm2Next(undefined, 4)).toEqual({ phase: 'review', interval: 4, ease: 2.5 });
	});

	test('the ease never falls below 1.3', () => {
		let state = sm2Next(undefined, 3);
		for (let i = 0; i < 10; i++) {
			state = sm2Next(state, 1);
		}
		expect(state.ease).toBe(1.3);
		expect(sm2Next(state, 3).interval).toBe(3);
	});

	test('is due after its interval, in days', () => {
		const scheduler = sm2();
		const first = scheduler.next(undefined, START, 4);
		expect(scheduler.due(first)).toBe(START + 4 * DAY_MS);
		const second = scheduler.next(first, scheduler.due(first), 3);
		expect(second.interval).toBe(10);
		expect(scheduler.due(second)).toBe(START + 14 * DAY_MS);
	});
});

describe('Leitner boxes', () => {
	test('Good moves up one box, Easy two, Hard stays, Again goes back to the first', () => {
		const moves: [Grade, number][] = [
			[3, 1],
			[3, 2],
			[3, 3],
			[1, 1],
			[4, 3],
			[2, 3],
			[3, 4],
			[4, 6],
			[4, 7],
			[3, 7]
		];
		let box: number | undefined;
		for (const [grade, expected] of moves) {
			box = leitnerBox(box, grade);
			expect(box).toBe(expected);
		}
		expect(leitnerBox(undefined, 2)).toBe(1);
		expect(leitnerBox(undefined, 4)).toBe(2);
	});

	test('box n is due after 1, 2, 4 … 64 days', () => {
		const scheduler = leitner();
		let state = scheduler.next(undefined, START, 3);
		const intervals = [(scheduler.due(state) - START) / DAY_MS];
		for (let i = 0; i < 7; i++) {
			const now = scheduler.due(state);
			state = scheduler.next(state, now, 3);
			intervals.push((scheduler.due(state) - now) / DAY_MS);
		}
		expect(intervals).toEqual([1, 2, 4, 8, 16, 32, 64, 64]);
	});
});
