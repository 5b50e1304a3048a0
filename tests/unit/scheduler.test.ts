import { describe, expect, test } from 'vitest';
import { State } from 'ts-fsrs';
import {
	createScheduler,
	DEFAULT_SCHEDULER_SETTINGS,
	isLeech,
	LEARNING,
	LEECH_LAPSES,
	NEW,
	RELEARNING,
	REVIEW,
	type CardState,
	type Grade,
	type Scheduler
} from '../../src/lib/domain/scheduler';

const DAY = 86_400_000;
const START = Date.UTC(2022, 11, 29, 12, 30);

/** Answers `grades` in turn, each exactly when the card falls due; every state on the way. */
function run(scheduler: Scheduler, grades: readonly Grade[], start = START): CardState[] {
	const states: CardState[] = [];
	let state: CardState | undefined;
	let now = start;
	for (const grade of grades) {
		state = scheduler.next(state, now, grade);
		states.push(state);
		now = state.due;
	}
	return states;
}

/** A card taken through learning to the review state, then given `goods` more Goods. */
function reviewCard(scheduler: Scheduler, goods = 0): CardState {
	const states = run(scheduler, [3, 3, ...Array<Grade>(goods).fill(3)]);
	const last = states.at(-1) as CardState;
	expect(last.state).toBe(REVIEW);
	return last;
}

describe('FSRS scheduling (ts-fsrs)', () => {
	test('the published ts-fsrs vector: G,G,G,G,G,G,A,A,G,G,G,G,G gives its intervals', () => {
		// ts-fsrs's own test (short-term on, steps 1m 10m, relearning 10m, retention 0.9, no fuzz).
		const scheduler = createScheduler({ fuzz: false });
		const grades: Grade[] = [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3];
		const states = run(scheduler, grades);
		expect(states.map((s) => s.scheduledDays)).toEqual([
			0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21
		]);
		// The two same-day steps are the 10-minute steps of learning and relearning.
		expect(states[0]?.state).toBe(LEARNING);
		expect((states[0]?.due ?? 0) - START).toBe(10 * 60_000);
		expect(states[6]?.state).toBe(RELEARNING);
		expect(states[6]?.lapses).toBe(1);
		expect(states.at(-1)?.reps).toBe(grades.length);
	});

	test('the defaults are the ones the vector was computed with', () => {
		expect(DEFAULT_SCHEDULER_SETTINGS.retention).toBe(0.9);
		expect(DEFAULT_SCHEDULER_SETTINGS.learningSteps).toEqual(['1m', '10m']);
		expect(DEFAULT_SCHEDULER_SETTINGS.relearningSteps).toEqual(['10m']);
	});

	test('a new card is new and due at once', () => {
		const state = createScheduler().newCard(START);
		expect(state.state).toBe(NEW);
		expect(state.due).toBe(START);
		expect(state.reps).toBe(0);
		// A missing state is a new card.
		const scheduler = createScheduler({ fuzz: false });
		expect(scheduler.next(undefined, START, 3)).toEqual(scheduler.next(state, START, 3));
	});

	test('retention is clamped to 0.70–0.97', () => {
		expect(createScheduler({ retention: 0.5 }).settings.retention).toBe(0.7);
		expect(createScheduler({ retention: 0.99 }).settings.retention).toBe(0.97);
		expect(createScheduler({ retention: 0.85 }).settings.retention).toBe(0.85);
		// And the clamped value is the one scheduling uses.
		const grades: Grade[] = [3, 3, 3, 3, 3];
		const days = (retention: number) =>
			run(createScheduler({ retention, fuzz: false }), grades).map((s) => s.scheduledDays);
		expect(days(0.5)).toEqual(days(0.7));
		expect(days(1)).toEqual(days(0.97));
		expect(days(0.5)).not.toEqual(days(0.97));
	});

	test('a higher retention gives shorter intervals', () => {
		const grades: Grade[] = [3, 3, 3, 3, 3, 3];
		const days = (retention: number) =>
			run(createScheduler({ retention, fuzz: false }), grades).map((s) => s.scheduledDays);
		const low = days(0.8);
		const mid = days(0.9);
		const high = days(0.95);
		// From graduation on (index 1), every interval shrinks as the retention asked for grows.
		for (let i = 1; i < grades.length; i++) {
			expect(mid[i]).toBeLessThan(low[i] as number);
			expect(high[i]).toBeLessThan(mid[i] as number);
		}
	});

	test('preview gives four due times, later for a better grade, as next() would', () => {
		for (const fuzz of [false, true]) {
			const scheduler = createScheduler({ fuzz });
			const state = reviewCard(scheduler, 2);
			const now = state.due;
			const preview = scheduler.preview(state, now);
			expect(preview[1]).toBeGreaterThan(now);
			expect(preview[2]).toBeGreaterThan(preview[1]);
			expect(preview[3]).toBeGreaterThan(preview[2]);
			expect(preview[4]).toBeGreaterThan(preview[3]);
			for (const grade of [1, 2, 3, 4] as const) {
				expect(preview[grade]).toBe(scheduler.next(state, now, grade).due);
			}
		}
	});

	test('with fuzz on, the same answers give the same states (replay is deterministic)', () => {
		const grades: Grade[] = [3, 3, 3, 4, 3, 2, 1, 3, 3, 3];
		const first = run(createScheduler({ fuzz: true }), grades);
		const second = run(createScheduler({ fuzz: true }), grades);
		expect(second).toEqual(first);
		// Fuzz does spread the longer intervals.
		const plain = run(createScheduler({ fuzz: false }), grades);
		expect(first.map((s) => s.scheduledDays)).not.toEqual(plain.map((s) => s.scheduledDays));
	});

	test('retrievability is 0 for a new card and falls as time passes', () => {
		const scheduler = createScheduler({ fuzz: false });
		expect(scheduler.retrievability(scheduler.newCard(START), START)).toBe(0);
		const state = reviewCard(scheduler, 1);
		const atDue = scheduler.retrievability(state, state.due);
		expect(atDue).toBeCloseTo(0.9, 1);
		expect(scheduler.retrievability(state, state.due + 30 * DAY)).toBeLessThan(atDue);
	});

	test(`a card becomes a leech at ${LEECH_LAPSES} lapses`, () => {
		const scheduler = createScheduler({ fuzz: false });
		let state = reviewCard(scheduler, 1);
		expect(isLeech(state)).toBe(false);
		expect(isLeech(undefined)).toBe(false);
		for (let lapse = 1; lapse <= LEECH_LAPSES; lapse++) {
			expect(isLeech(state)).toBe(false);
			state = scheduler.next(state, state.due, 1);
			expect(state.state).toBe(RELEARNING);
			expect(state.lapses).toBe(lapse);
			state = scheduler.next(state, state.due, 3);
			expect(state.state).toBe(REVIEW);
		}
		expect(state.lapses).toBe(LEECH_LAPSES);
		expect(isLeech(state)).toBe(true);
	});
});

describe('the memory states, written without ts-fsrs for the pages that do not schedule', () => {
	test('are ts-fsrs’s own', () => {
		expect([NEW, LEARNING, REVIEW, RELEARNING]).toEqual([
			State.New,
			State.Learning,
			State.Review,
			State.Relearning
		]);
	});
});
