import { describe, expect, test } from 'vitest';
import { reviewId, type Review } from '../../src/lib/domain/reviews';
import { createScheduler } from '../../src/lib/domain/scheduler';
import {
	chunksOf,
	decodeLog,
	encodeLog,
	isScheduled,
	logKey,
	reviewsOf,
	withoutReview,
	withReviews
} from '../../src/lib/storage/review-log';

const scheduler = createScheduler({ fuzz: false });
const T0 = Date.UTC(2026, 1, 2, 9, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;

function review(time: number, cardId: string, extra: Partial<Review> = {}): Review {
	return {
		id: reviewId(time, cardId, `n${time % 1000}`),
		cardId,
		deckId: cardId.split('/')[0] as string,
		time,
		rating: 3,
		answerMs: 4_200,
		mode: 'study',
		...extra
	};
}

/** Every kind of review a log holds: first answers, later ones, quiz answers, odd ids, decks. */
const first = scheduler.next(undefined, T0, 3);
const reviews: Review[] = [
	review(T0, 'a/f1/t'),
	review(T0 + MINUTE, 'a/f1/t', { rating: 1, previous: first }),
	review(T0 + 2 * MINUTE, 'b/f2/t', { mode: 'quiz', unscheduled: true, rating: 4 }),
	review(T0 + 3 * MINUTE, 'a/f3/t', { id: 'an id from another app', answerMs: 0 }),
	review(T0 + 4 * MINUTE, 'a/f1/t', { previous: { ...first, lastReview: undefined } })
].map((r) => {
	if (r.previous && r.previous.lastReview === undefined) {
		delete r.previous.lastReview;
	}
	return r;
});

const read = (value: unknown) => decodeLog(structuredClone(value));

describe('the review log in chunks', () => {
	test('encoding then decoding gives back every review, field for field', () => {
		const chunk = read(encodeLog(reviews));
		expect(chunk).toBeDefined();
		expect(reviewsOf(chunk!)).toEqual(reviews);
		expect(reviews.map((_, i) => isScheduled(chunk!, i))).toEqual([true, true, false, true, true]);
		expect(reviewsOf(read(encodeLog([]))!)).toEqual([]);
	});

	test('reviews are kept one chunk per UTC day, in log order within it', () => {
		const late = review(T0 + DAY + MINUTE, 'a/f1/t');
		const early = review(T0 + DAY, 'a/f9/t');
		const chunks = chunksOf([...reviews, late, early]);
		expect([...chunks.keys()]).toEqual([logKey(T0), logKey(T0) + 1]);
		const next = withReviews(undefined, chunks.get(logKey(T0) + 1)!);
		expect(reviewsOf(read(next)!)).toEqual([early, late]);
	});

	test('adding keeps log order and never duplicates; removing takes one review out', () => {
		const base = read(encodeLog(reviews.slice(1)))!;
		const added = withReviews(base, [reviews[0]!, reviews[2]!]);
		expect(reviewsOf(read(added)!)).toEqual(reviews);
		const without = withoutReview(read(added)!, reviews[3]!.id);
		expect(reviewsOf(read(without)!)).toEqual(reviews.filter((_, i) => i !== 3));
		expect(withoutReview(read(encodeLog([reviews[0]!]))!, reviews[0]!.id)).toBeUndefined();
	});

	test('a damaged chunk is not read', () => {
		const good = encodeLog(reviews);
		const damaged = [
			{ ...good, time: new Float64Array(2) },
			{ ...good, rating: Uint8Array.from([3, 3, 7, 3, 3]) },
			{ ...good, deck: Uint16Array.from([0, 0, 5, 0, 0]) },
			{ ...good, cardIds: 'a/f1/t' },
			{ ...good, previous: {} },
			{ ...good, ids: 12 },
			[],
			undefined
		];
		for (const value of damaged) {
			expect(decodeLog(value)).toBeUndefined();
		}
	});
});
