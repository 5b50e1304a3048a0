// The learner's settings, with their defaults and bounds. Read back leniently: a bad or missing
// field takes its default, so an old or damaged settings record never blocks the app. The
// interface language is not among them: Paraglide keeps it on the device (see $lib/i18n).
import * as v from 'valibot';
import { DEFAULT_LIMITS, type QueueLimits } from './queue';
import { DEFAULT_SCHEDULER_SETTINGS, RETENTION_RANGE, type SchedulerSettings } from './card-state';

export type Theme = 'system' | 'light' | 'dark';
export type QuizRule = 'due-or-new' | 'always' | 'never';
export type MotionPreference = 'system' | 'reduce';

export interface Settings {
	scheduler: SchedulerSettings;
	limits: QueueLimits;
	quizRule: QuizRule;
	theme: Theme;
	motion: MotionPreference;
}

export const DEFAULT_SETTINGS: Settings = {
	scheduler: DEFAULT_SCHEDULER_SETTINGS,
	limits: DEFAULT_LIMITS,
	quizRule: 'due-or-new',
	theme: 'system',
	motion: 'system'
};

const STEP = /^\d+(?:\.\d+)?[mhd]$/;

const Step = v.pipe(v.string(), v.regex(STEP));
const fields = {
	retention: v.pipe(v.number(), v.minValue(RETENTION_RANGE.min), v.maxValue(RETENTION_RANGE.max)),
	learningSteps: v.pipe(v.array(Step), v.maxLength(10)),
	relearningSteps: v.pipe(v.array(Step), v.maxLength(10)),
	maximumInterval: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(36500)),
	fuzz: v.boolean(),
	newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)),
	reviewsPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99999)),
	quizRule: v.picklist(['due-or-new', 'always', 'never']),
	theme: v.picklist(['system', 'light', 'dark']),
	motion: v.picklist(['system', 'reduce'])
};

function pick<K extends keyof typeof fields, T>(key: K, value: unknown, fallback: T): T {
	const result = v.safeParse(fields[key], value);
	return result.success ? (result.output as T) : fallback;
}

function record(value: unknown): Record<string, unknown> {
	return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Settings from whatever was stored; each bad or missing field takes its default. */
export function readSettings(stored: unknown): Settings {
	const all = record(stored);
	const scheduler = record(all.scheduler);
	const limits = record(all.limits);
	const d = DEFAULT_SETTINGS;
	return {
		scheduler: {
			retention: pick('retention', scheduler.retention, d.scheduler.retention),
			learningSteps: pick('learningSteps', scheduler.learningSteps, d.scheduler.learningSteps),
			relearningSteps: pick(
				'relearningSteps',
				scheduler.relearningSteps,
				d.scheduler.relearningSteps
			),
			maximumInterval: pick(
				'maximumInterval',
				scheduler.maximumInterval,
				d.scheduler.maximumInterval
			),
			fuzz: pick('fuzz', scheduler.fuzz, d.scheduler.fuzz)
		},
		limits: {
			newPerDay: pick('newPerDay', limits.newPerDay, d.limits.newPerDay),
			reviewsPerDay: pick('reviewsPerDay', limits.reviewsPerDay, d.limits.reviewsPerDay)
		},
		quizRule: pick('quizRule', all.quizRule, d.quizRule),
		theme: pick('theme', all.theme, d.theme),
		motion: pick('motion', all.motion, d.motion)
	};
}

/** "1m 10m" → ['1m', '10m']; undefined when a step is not a number with m, h or d. */
export function parseSteps(text: string): SchedulerSettings['learningSteps'] | undefined {
	const steps = text.split(/[\s,;]+/).filter(Boolean);
	return steps.every((step) => STEP.test(step))
		? (steps as SchedulerSettings['learningSteps'])
		: undefined;
}
