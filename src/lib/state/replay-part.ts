// One share of a replay (see replay.ts), run in a worker or, failing one, on the page.
import { replayAnswers } from '$lib/domain/reviews';
import { createScheduler, type CardState, type SchedulerSettings } from '$lib/domain/scheduler';
import { splitStrings } from '$lib/storage/columns';

/** A share of the log: the scheduled answers to some cards, in log order. */
export interface ReplayJob {
	settings: SchedulerSettings;
	/** Card ids, joined (one string is cloned in one copy; an array, string by string). */
	cardIds: string;
	times: Float64Array;
	ratings: Uint8Array;
}

export function replayPart(job: ReplayJob): Map<string, CardState> {
	return replayAnswers(
		splitStrings(job.cardIds),
		job.times,
		job.ratings,
		createScheduler(job.settings)
	);
}
