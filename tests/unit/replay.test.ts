import { describe, expect, test } from 'vitest';
import { replayReviews, reviewId, type Review } from '../../src/lib/domain/reviews';
import {
	createScheduler,
	DEFAULT_SCHEDULER_SETTINGS,
	type Grade
} from '../../src/lib/domain/scheduler';
import { decodeLog, encodeLog } from '../../src/lib/storage/review-log';
import { bucketsOf, decodeStates, statesOf } from '../../src/lib/storage/state-buckets';
import { divide, replayLog } from '../../src/lib/state/replay';
import { replayPart } from '../../src/lib/state/replay-part';

const T0 = Date.UTC(2026, 1, 2, 9, 0);
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

describe('rebuilding the states from the log in shares', () => {
	const reviews = history();
	const log = [
		decodeLog(encodeLog(reviews.slice(0, 250)))!,
		decodeLog(encodeLog(reviews.slice(250)))!
	];
	const expected = replayReviews(reviews, createScheduler(settings));

	test('each card’s answers go to one share, and the shares replayed give the whole replay', () => {
		const shares = divide(log, 3, settings);
		const parts = shares.map((share) => replayPart(share));
		const cardsOf = parts.map((part) => [...part.keys()]);
		expect(new Set(cardsOf.flat()).size).toBe(cardsOf.flat().length);
		// A share's cards fill buckets of their own: the shares' buckets are written side by side.
		const keys = parts.flatMap((part) => bucketsOf(part).map(({ key }) => key.join('/')));
		expect(new Set(keys).size).toBe(keys.length);
		expect(parts.every((part) => part.size > 0)).toBe(true);
		expect(new Map(parts.flatMap((part) => [...part]))).toEqual(expected);
		// Unscheduled answers are left out of every share.
		const answers = shares.reduce((sum, share) => sum + share.times.length, 0);
		expect(answers).toBe(reviews.filter((r) => !r.unscheduled).length);
	});

	test('replayLog (here without workers) gives the replay of the log, in buckets', async () => {
		const states = async (chunks: typeof log) =>
			statesOf((await replayLog(chunks, settings)).map(({ bucket }) => decodeStates(bucket)!));
		expect(await states(log)).toEqual(expected);
		expect(await states([])).toEqual(new Map());
	});
});
