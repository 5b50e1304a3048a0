// FSRS-6 scheduling through ts-fsrs. The only module that imports ts-fsrs (it patches
// Date.prototype on import); everything else speaks in CardState, plain data with times in ms
// (card-state.ts, which pages that never schedule, such as the home page, import instead).
import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating,
	State,
	StrategyMode,
	type Card as FsrsCard,
	type Grade as FsrsGrade
} from 'ts-fsrs';
import {
	DEFAULT_SCHEDULER_SETTINGS,
	NEW,
	RETENTION_RANGE,
	type CardState,
	type Grade,
	type MemoryState,
	type SchedulerSettings
} from './card-state';

export * from './card-state';

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
	if (!full.fuzz) {
		// The seed only feeds the fuzz: without it, no seed (a string made for every answer).
		engine.useStrategy(StrategyMode.SEED, () => '');
	}
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
