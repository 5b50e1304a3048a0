// Rebuilding every card state from the review log, split across Web Workers: a card's states
// depend on its own answers only, so the log is divided by card and each worker replays its
// share with the app's scheduler (ts-fsrs: 16–24 µs an answer in Chromium 156, so 16–24 s for
// a million answers on one core). Where workers are missing or fail, the replay runs here.
import type { SchedulerSettings } from '$lib/domain/card-state';
import {
	bucketOf,
	bucketsOf,
	isScheduled,
	joinStrings,
	type LogColumns,
	type StateRecords
} from '$lib/storage';
import { replayPart, type ReplayJob } from './replay-part';

/** Below this many answers, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 20_000;

/** The log's scheduled answers, divided into `parts` shares by card (by its states bucket). */
export function divide(
	log: readonly LogColumns[],
	parts: number,
	settings: SchedulerSettings
): ReplayJob[] {
	const shares = Array.from({ length: parts }, () => ({
		ids: [] as string[],
		times: [] as number[],
		ratings: [] as number[]
	}));
	for (const chunk of log) {
		chunk.cardIds.forEach((cardId, i) => {
			if (isScheduled(chunk, i)) {
				const share = shares[bucketOf(cardId) % parts] as (typeof shares)[number];
				share.ids.push(cardId);
				share.times.push(chunk.time[i] as number);
				share.ratings.push(chunk.rating[i] as number);
			}
		});
	}
	return shares.map((share) => ({
		settings,
		cardIds: joinStrings(share.ids),
		times: Float64Array.from(share.times),
		ratings: Uint8Array.from(share.ratings)
	}));
}

/** The app's replay worker, as Vite builds it. */
function replayWorker(): Worker {
	return new Worker(new URL('./replay.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Every card state the log gives with these scheduler settings, in the buckets they are stored
 * in: each worker's cards fill buckets of their own (a share is a set of buckets), so the page
 * only writes them. `startWorker` is for a page that is not the app's (the benchmark's) to give
 * the built worker.
 */
export async function replayLog(
	log: readonly LogColumns[],
	settings: SchedulerSettings,
	startWorker: () => Worker = replayWorker
): Promise<StateRecords> {
	const answers = log.reduce((sum, chunk) => sum + chunk.ids.length, 0);
	const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
	const workers =
		typeof Worker === 'undefined' || answers < WORKER_THRESHOLD ? 1 : Math.min(4, cores);
	const shares = divide(log, workers, settings);
	if (workers === 1) {
		return bucketsOf(replayPart(shares[0] as ReplayJob));
	}
	return (await Promise.all(shares.map((share) => inWorker(share, startWorker)))).flat();
}

function inWorker(job: ReplayJob, startWorker: () => Worker): Promise<StateRecords> {
	return new Promise((resolve) => {
		const worker = startWorker();
		const done = (records: () => StateRecords) => {
			worker.onmessage = worker.onerror = worker.onmessageerror = null;
			worker.terminate();
			resolve(records());
		};
		worker.onmessage = (event: MessageEvent<StateRecords>) =>
			done(() => (Array.isArray(event.data) ? event.data : bucketsOf(replayPart(job))));
		// A worker that cannot start or fails: the same replay, here.
		worker.onerror = worker.onmessageerror = () => done(() => bucketsOf(replayPart(job)));
		// Copied, not transferred: the job is still whole if it must run here.
		worker.postMessage(job);
	});
}
