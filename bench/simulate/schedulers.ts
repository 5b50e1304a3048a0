// The schedulers the simulation compares, behind one small interface: given a card's state (none
// for a new card), the time and the grade, the next state and when the card is due again.
import { fsrs, generatorParameters, type Card as FsrsCard, type Grade as FsrsGrade } from 'ts-fsrs';
import {
	createScheduler,
	DEFAULT_SCHEDULER_SETTINGS,
	type CardState,
	type Grade
} from '../../src/lib/domain/scheduler';
import { DAY_MS } from './learner';

export interface SimScheduler<S> {
	name: string;
	next(state: S | undefined, now: number, grade: Grade): S;
	due(state: S): number;
}

/**
 * Ours: the app's scheduler with the app's settings and the given desired retention; with
 * `sameDaySteps: false`, without its (re)learning steps (1 and 10 minutes), whose answers cost
 * time that SM-2 and Leitner, by whole days here, do not pay.
 */
export function ours(retention: number, sameDaySteps = true): SimScheduler<CardState> {
	const steps = sameDaySteps ? {} : { learningSteps: [], relearningSteps: [] };
	const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, ...steps, retention });
	return {
		name: sameDaySteps ? 'ours' : 'ours, no same-day steps',
		next: (state, now, grade) => scheduler.next(state, now, grade),
		due: (state) => state.due
	};
}

/**
 * The limit: FSRS-6 told the learner's true parameters, otherwise set up as ours (same steps,
 * fuzz and maximum interval). createScheduler takes no parameters, so this wraps ts-fsrs itself.
 */
export function oracle(w: readonly number[], retention: number): SimScheduler<FsrsCard> {
	const settings = DEFAULT_SCHEDULER_SETTINGS;
	const engine = fsrs(
		generatorParameters({
			w: [...w],
			request_retention: retention,
			maximum_interval: settings.maximumInterval,
			enable_fuzz: settings.fuzz,
			enable_short_term: true,
			learning_steps: settings.learningSteps,
			relearning_steps: settings.relearningSteps
		})
	);
	return {
		name: 'FSRS-6, true parameters',
		next(state, now, grade) {
			const card: FsrsCard = state ?? {
				due: new Date(now),
				stability: 0,
				difficulty: 0,
				elapsed_days: 0,
				scheduled_days: 0,
				learning_steps: 0,
				reps: 0,
				lapses: 0,
				state: 0
			};
			return engine.next(card, new Date(now), grade as FsrsGrade).card;
		},
		due: (state) => state.due.getTime()
	};
}

export interface Sm2State {
	/** Learning until the first Hard, Good or Easy; review after. */
	phase: 'learning' | 'review';
	/** Days. */
	interval: number;
	ease: number;
	due: number;
}

export const SM2 = {
	initialEase: 2.5,
	minimumEase: 1.3,
	graduatingInterval: 1,
	easyInterval: 4,
	hardFactor: 1.2,
	easyBonus: 1.3
} as const;

/**
 * Anki's SM-2 with its default settings, by whole days (no same-day steps, no fuzz, no delay
 * bonus). Learning: Again → 1 day, Hard or Good → 1 day, Easy → 4 days. Review: Again → 1 day
 * and ease −0.20; Hard → ×1.2 and −0.15; Good → ×ease; Easy → ×ease×1.3 and +0.15. As in Anki,
 * Hard gives at least one day more than the interval, Good one more than Hard, Easy one more
 * than Good; the ease never falls below 1.3.
 */
export function sm2Next(state: Omit<Sm2State, 'due'> | undefined, grade: Grade) {
	if (!state || state.phase === 'learning') {
		const ease = state?.ease ?? SM2.initialEase;
		if (grade === 1) {
			return { phase: 'learning' as const, interval: 1, ease };
		}
		const interval = grade === 4 ? SM2.easyInterval : SM2.graduatingInterval;
		return { phase: 'review' as const, interval, ease };
	}
	const { interval, ease } = state;
	const hard = Math.max(Math.round(interval * SM2.hardFactor), interval + 1);
	const good = Math.max(Math.round(interval * ease), hard + 1);
	const easy = Math.max(Math.round(interval * ease * SM2.easyBonus), good + 1);
	const withEase = (next: number, delta: number) => ({
		phase: 'review' as const,
		interval: Math.min(next, 36500),
		ease: Math.max(SM2.minimumEase, Math.round((ease + delta) * 100) / 100)
	});
	return grade === 1
		? withEase(1, -0.2)
		: grade === 2
			? withEase(hard, -0.15)
			: grade === 3
				? withEase(good, 0)
				: withEase(easy, 0.15);
}

export function sm2(): SimScheduler<Sm2State> {
	return {
		name: 'Anki SM-2 (defaults)',
		next(state, now, grade) {
			const next = sm2Next(state, grade);
			return { ...next, due: now + next.interval * DAY_MS };
		},
		due: (state) => state.due
	};
}

export interface LeitnerState {
	/** 1 to the number of boxes. */
	box: number;
	due: number;
}

export const LEITNER_BOXES: readonly number[] = [1, 2, 4, 8, 16, 32, 64];

/**
 * Leitner boxes: box n is reviewed every LEITNER_BOXES[n − 1] days. A new card starts before
 * box 1. Again → box 1, Hard → stays (at least box 1), Good → one box up, Easy → two up.
 */
export function leitnerBox(box: number | undefined, grade: Grade, boxes = LEITNER_BOXES.length) {
	const current = box ?? 0;
	const next = grade === 1 ? 1 : grade === 2 ? Math.max(1, current) : current + grade - 2;
	return Math.min(boxes, next);
}

export function leitner(boxes: readonly number[] = LEITNER_BOXES): SimScheduler<LeitnerState> {
	return {
		name: `Leitner (${boxes.join(', ')} d)`,
		next(state, now, grade) {
			const box = leitnerBox(state?.box, grade, boxes.length);
			return { box, due: now + (boxes[box - 1] as number) * DAY_MS };
		},
		due: (state) => state.due
	};
}
