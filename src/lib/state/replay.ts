// Rebuilding every card state from the review log, split across Web Workers: a card's states
// depend on its own answers only, so the log is divided by card and each worker replays its
// part with the app's scheduler (ts-fsrs, through the domain's Replay: about 10 µs an answer
// in Node 20, so about 10 s for a million answers on one core). The workers start on the
// first batches read, so reading and dividing the rest of the log overlap with the replay.
// Where workers are missing or fail, the replay runs here.
import type { SchedulerSettings } from '$lib/domain/card-state';
import {
	bucketOf,
	isScheduled,
	joinStrings,
	type LogColumns,
	type StateRecords
} from '$lib/storage';
import { replayer, type ReplayMessage, type ReplayShare } from './replay-part';

/** Below this many answers, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 20_000;

/** Hands the log's chunks, in log order, batch after batch, to `take`. */
export type LogReader<T> = (take: (chunks: readonly LogColumns[]) => void) => Promise<T>;

/** The scheduled answers of some chunks, divided into `parts` shares by card (by its bucket). */
export function divide(log: readonly LogColumns[], parts: number): ReplayShare[] {
	const total = log.reduce((sum, chunk) => sum + chunk.ids.length, 0);
	const shares = Array.from({ length: parts }, () => ({
		ids: [] as string[],
		times: new Float64Array(total),
		ratings: new Uint8Array(total)
	}));
	for (const chunk of log) {
		for (let i = 0; i < chunk.cardIds.length; i++) {
			if (isScheduled(chunk, i)) {
				const cardId = chunk.cardIds[i] as string;
				const share = shares[bucketOf(cardId) % parts] as (typeof shares)[number];
				share.times[share.ids.length] = chunk.time[i] as number;
				share.ratings[share.ids.length] = chunk.rating[i] as number;
				share.ids.push(cardId);
			}
		}
	}
	return shares.map(({ ids, times, ratings }) => ({
		cardIds: joinStrings(ids),
		times: times.slice(0, ids.length),
		ratings: ratings.slice(0, ids.length)
	}));
}

/** The app's replay worker, as Vite builds it. */
function replayWorker(): Worker {
	return new Worker(new URL('./replay.worker.ts', import.meta.url), { type: 'module' });
}

function defaultParts(): number {
	const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
	return typeof Worker === 'undefined' ? 1 : Math.min(4, cores);
}

/**
 * Every card state the log gives with these scheduler settings, in the buckets they are stored
 * in (a part of the log is a set of buckets, so the parts' buckets are written side by side),
 * with what `read` resolved to. `startWorker` is for a page that is not the app's (the
 * benchmark's) to give the built worker, or for a test.
 */
export async function replayLog<T>(
	read: LogReader<T>,
	settings: SchedulerSettings,
	{ startWorker = replayWorker, parts = defaultParts() } = {}
): Promise<{ records: StateRecords; read: T }> {
	// Each part's shares, kept until the end: to start workers with, or to replay here.
	const kept: ReplayShare[][] = Array.from({ length: parts }, () => []);
	let answers = 0;
	let workers: WorkerPart[] | undefined;
	const result = await read((chunks) => {
		const shares = divide(chunks, parts);
		shares.forEach((share, k) => {
			kept[k]!.push(share);
			workers?.[k]!.add(share);
			answers += share.times.length;
		});
		if (!workers && parts > 1 && answers >= WORKER_THRESHOLD) {
			workers = kept.map((part) => new WorkerPart(settings, startWorker, part));
		}
	});
	const records = workers
		? await Promise.all(workers.map((worker) => worker.finish()))
		: kept.map((part) => replayHere(settings, part));
	return { records: records.flat(), read: result };
}

function replayHere(settings: SchedulerSettings, shares: readonly ReplayShare[]): StateRecords {
	const part = replayer(settings);
	shares.forEach((share) => part.add(share));
	return part.records();
}

/** A worker replaying one part as it is read; the shares stay here too, in case it fails. */
class WorkerPart {
	#worker: Worker;
	#answer: Promise<unknown>;

	constructor(
		private readonly settings: SchedulerSettings,
		startWorker: () => Worker,
		private readonly shares: ReplayShare[]
	) {
		const worker = startWorker();
		this.#worker = worker;
		this.#answer = new Promise((resolve) => {
			worker.onmessage = (event: MessageEvent) => resolve(event.data);
			// A worker that cannot start or fails: its part is replayed here, in finish().
			worker.onerror = worker.onmessageerror = () => resolve(undefined);
		});
		for (const share of shares) {
			this.add(share);
		}
	}

	/** Copied, not transferred: the share is still whole if it must be replayed here. */
	add(share: ReplayShare): void {
		this.#worker.postMessage({ settings: this.settings, share } satisfies ReplayMessage);
	}

	async finish(): Promise<StateRecords> {
		this.#worker.postMessage(undefined satisfies ReplayMessage);
		const answer = await this.#answer;
		this.#worker.terminate();
		return Array.isArray(answer) ? answer : replayHere(this.settings, this.shares);
	}
}
