// A card's memory as the app stores it, and the scheduler's settings: plain data, with no
// scheduling code (scheduler.ts has it, through ts-fsrs), for the modules that only read states.
import type { StepUnit } from 'ts-fsrs';

/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** 0 new, 1 learning, 2 review, 3 relearning: ts-fsrs's State (a unit test checks they agree). */
export type MemoryState = 0 | 1 | 2 | 3;
export const NEW: MemoryState = 0;
export const LEARNING: MemoryState = 1;
export const REVIEW: MemoryState = 2;
export const RELEARNING: MemoryState = 3;

/** What the app stores of a card's memory: serialisable, times in ms since the epoch. */
export interface CardState {
	due: number;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	state: MemoryState;
	lastReview?: number;
}

export interface SchedulerSettings {
	/** Desired retention, 0.70–0.97. */
	retention: number;
	learningSteps: StepUnit[];
	relearningSteps: StepUnit[];
	maximumInterval: number;
	fuzz: boolean;
}

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
	retention: 0.9,
	learningSteps: ['1m', '10m'],
	relearningSteps: ['10m'],
	maximumInterval: 36500,
	fuzz: true
};

export const RETENTION_RANGE = { min: 0.7, max: 0.97 } as const;

/** Lapses at which a card becomes a leech: the learner is told, as Anki does. */
export const LEECH_LAPSES = 8;

export function isLeech(state: CardState | undefined): boolean {
	return (state?.lapses ?? 0) >= LEECH_LAPSES;
}
