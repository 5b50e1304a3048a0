// FSRS-6 scheduling through ts-fsrs. The only module that imports ts-fsrs (it patches
// Date.prototype on import); everything else speaks in CardState, plain data with times in ms.
import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating,
	State,
	type Card as FsrsCard,
	type Grade as FsrsGrade,
	type StepUnit
} from 'ts-fsrs';

/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs's State). */
export type MemoryState = 0 | 1 | 2 | 3;
export const NEW: MemoryState = State.New;
export const LEARNING: MemoryState = State.Learning;
export const REVIEW: MemoryState = State.Review;
export const RELEARNING: MemoryState = State.Relearning;

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

function toFsrs(state: CardState): FsrsCard {
	return {
		due: new Date(state.due),
		stability: state.stability,
		difficulty: state.difficulty,
		elapsed_days: 0,
		scheduled_days: state.scheduledDays,
		learning_steps: state.learningSteps,
		reps: state.reps,
		lapses: state.lapses,
		state: state.state as State,
		last_review: state.lastReview === undefined ? undefined : new Date(state.lastReview)
	};
}

function fromFsrs(card: FsrsCard): CardState {
	const state: CardState = {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state as MemoryState
	};
	if (card.last_review) {
		state.lastReview = card.last_review.getTime();
	}
	return state;
}

export interface Scheduler {
	settings: SchedulerSettings;
	newCard(now: number): CardState;
	/** The state after answering `grade` at `now` (a missing state is a new card). */
	next(state: CardState | undefined, now: number, grade: Grade): CardState;
	/** The due time each grade would give, for the buttons' labels. */
	preview(state: CardState | undefined, now: number): Record<Grade, number>;
	/** The probability of recalling the card at `now`. */
	retrievability(state: CardState, now: number): number;
}

export function createScheduler(settings: Partial<SchedulerSettings> = {}): Scheduler {
	const full = { ...DEFAULT_SCHEDULER_SETTINGS, ...settings };
	const retention = Math.min(RETENTION_RANGE.max, Math.max(RETENTION_RANGE.min, full.retention));
	const engine = fsrs(
		generatorParameters({
			request_retention: retention,
			maximum_interval: full.maximumInterval,
			enable_fuzz: full.fuzz,
			enable_short_term: true,
			learning_steps: full.learningSteps,
			relearning_steps: full.relearningSteps
		})
	);
	const newCard = (now: number) => fromFsrs(createEmptyCard(new Date(now)));
	return {
		settings: { ...full, retention },
		newCard,
		next(state, now, grade) {
			const card = toFsrs(state ?? newCard(now));
			return fromFsrs(engine.next(card, new Date(now), grade as FsrsGrade).card);
		},
		preview(state, now) {
			const preview = engine.repeat(toFsrs(state ?? newCard(now)), new Date(now));
			return {
				1: preview[Rating.Again].card.due.getTime(),
				2: preview[Rating.Hard].card.due.getTime(),
				3: preview[Rating.Good].card.due.getTime(),
				4: preview[Rating.Easy].card.due.getTime()
			};
		},
		retrievability(state, now) {
			if (state.state === NEW) {
				return 0;
			}
			return engine.get_retrievability(toFsrs(state), new Date(now), false);
		}
	};
}
