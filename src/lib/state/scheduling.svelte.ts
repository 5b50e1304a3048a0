// The FSRS scheduler for the learner's settings, apart from progress.svelte.ts so that pages that
// never schedule (the home page) load no scheduling code: ts-fsrs is 7 KB of gzip.
import { createScheduler, REVIEW, type Scheduler } from '$lib/domain/scheduler';
import { progress } from './progress.svelte';

let current: { key: string; scheduler: Scheduler } | undefined;

/** The scheduler for the current settings, made again only when they change. */
export function scheduler(): Scheduler {
	const settings = $state.snapshot(progress.settings.scheduler);
	const key = JSON.stringify(settings);
	if (current?.key !== key) {
		current = { key, scheduler: createScheduler(settings) };
	}
	return current.scheduler;
}

/**
 * Roughly how many reviews a day the collection asks for at a desired retention: each card in
 * review comes back about once per interval it would get for a "Correct" now, plus the new
 * cards of the day and their learning steps.
 */
export async function expectedDailyReviews(retention: number, now = Date.now()): Promise<number> {
	const store = await progress.store();
	const scheduler = createScheduler({ ...progress.settings.scheduler, retention, fuzz: false });
	let perDay = 0;
	for (const state of (await store.cardStates()).values()) {
		if (state.state === REVIEW) {
			const next = scheduler.next(state, Math.max(now, state.due), 3);
			perDay += 1 / Math.max(1, next.scheduledDays);
		}
	}
	const steps = progress.settings.scheduler.learningSteps.length;
	return Math.round(perDay + progress.settings.limits.newPerDay * (1 + steps));
}
