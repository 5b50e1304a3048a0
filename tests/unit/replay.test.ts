import { describe, expect, test } from 'vitest';
import { reviewId, type Review } from '../../src/lib/domain/reviews';
import { replayReviews } from '../../src/lib/domain/replay';
import {
	createScheduler,
	DEFAULT_SCHEDULER_SETTINGS,
	type Grade
} from '../../src/lib/domain/scheduler';
import { decodeLog, encodeLog, type LogColumns } from '../../src/lib/storage/review-log';
import { decodeStates, statesOf, type StateRecords } from '../../src/lib/storage/state-buckets';
import { divide, replayLog } from '../../src/lib/state/replay';
import { replayer, type ReplayMessage } from '../../src/lib/state/replay-part';

const T0 = Date.UTC(2026, 1, 2, 9, 0);
const DAY = 86_400_000;
const settings = DEFAULT_SCHEDULER_SETTINGS;

/** 600 answers to 40 cards over 60 days, some of them quiz answers that move no schedule. */
function history(): Review[] {
	const reviews: Review[] = [];
	for (let i = 0; i < 600; i++) {
		const cardId = `deck/fact-${i % 40}/t${i % 3}`;
		const time = T0 + i * 2_400_000;
		reviews.push({
			id: reviewId(time, cardId, `r${i}`),
			cardId,
			deckId: 'deck',
			time,
			rating: (((i * 7) % 4) + 1) as Grade,
			answerMs: 3_000,
			mode: i % 11 === 0 ? 'quiz' : 'study',
			...(i % 11 === 0 ? { unscheduled: true as const } : {})
		});
	}
	return reviews;
}

describe('rebuilding the states from the log in parts', () => {
	const reviews = history();
	const log = [
		decodeLog(encodeLog(reviews.slice(0, 250)))!,
		decodeLog(encodeLog(reviews.slice(250)))!
	];
	const expected = replayReviews(reviews, createScheduler(settings));
	/** The log in two batches, as the store hands it over. */
	const read = async (take: (chunks: readonly LogColumns[]) => void) => {
		take(log.slice(0, 1));
		take(log.slice(1));
		return 'read';
	};
	const statesOfRecords = (records: StateRecords) =>
		statesOf(records.map(({ bucket }) => decodeStates(bucket)!));

	test('each card’s answers go to one share; the shares replayed give the whole replay', () => {
		const shares = divide(log, 3);
		const parts = shares.map((share) => {
			const part = replayer(settings);
			part.add(share);
			return part.records();
		});
		const cardsOf = parts.map((part) => [...statesOfRecords(part).keys()]);
		expect(new Set(cardsOf.flat()).size).toBe(cardsOf.flat().length);
		expect(parts.every((part) => part.length > 0)).toBe(true);
		// A part's cards fill buckets of their own: the parts' buckets are written side by side.
		const keys = parts.flatMap((part) => part.map(({ key }) => key.join('/')));
		expect(new Set(keys).size).toBe(keys.length);
		expect(statesOfRecords(parts.flat())).toEqual(expected);
		// Unscheduled answers are left out of every share.
		const answers = shares.reduce((sum, share) => sum + share.times.length, 0);
		expect(answers).toBe(reviews.filter((r) => !r.unscheduled).length);
	});

	test('replayLog, here without workers, gives the replay of the log read in batches', async () => {
		for (const parts of [1, 3]) {
			const { records, read: result } = await replayLog(read, settings, { parts });
			expect(statesOfRecords(records)).toEqual(expected);
			expect(result).toBe('read');
		}
		const empty = await replayLog(async () => undefined, settings);
		expect(empty.records).toEqual([]);
	});

	test('in workers, each fed its part batch by batch; a failed worker’s part is replayed here', async () => {
		// Workers as the page sees them, running the worker's part here; the second one fails.
		const started: FakeWorker[] = [];
		const startWorker = () => {
			const worker = new FakeWorker(started.length === 1);
			started.push(worker);
			return worker as unknown as Worker;
		};
		// The history again and again, 100 days apart: 40 batches, over 20,000 answers.
		const batches = Array.from({ length: 40 }, (_, k) =>
			reviews.map((r) => ({ ...r, id: `${k}:${r.id}`, time: r.time + k * 100 * DAY }))
		);
		const { records } = await replayLog(
			async (take) => {
				for (const batch of batches) {
					take([decodeLog(encodeLog(batch))!]);
				}
			},
			settings,
			{ startWorker, parts: 2 }
		);
		// Started once the answers read passed the threshold (20,000), then fed every batch.
		expect(started).toHaveLength(2);
		expect(started[0]!.received).toBe(40 + 1);
		expect(started.every((worker) => worker.terminated)).toBe(true);
		expect(statesOfRecords(records)).toEqual(
			replayReviews(batches.flat(), createScheduler(settings))
		);
	});
});

/** A stand-in for a Web Worker running replay.worker.ts's part in this thread. */
class FakeWorker {
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: (() => void) | null = null;
	onmessageerror: (() => void) | null = null;
	received = 0;
	terminated = false;
	#part: ReturnType<typeof replayer> | undefined;

	constructor(private readonly fails: boolean) {}

	postMessage(message: ReplayMessage): void {
		this.received += 1;
		const copy = structuredClone(message);
		queueMicrotask(() => {
			if (this.fails) {
				this.onerror?.();
			} else if (copy) {
				this.#part ??= replayer(copy.settings);
				this.#part.add(copy.share);
			} else {
				this.onmessage?.({ data: this.#part?.records() ?? [] } as MessageEvent);
			}
		});
	}

	terminate(): void {
		this.terminated = true;
	}
}
