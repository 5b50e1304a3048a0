// The shapes of stored progress (card states and reviews), checked wherever they come from
// outside the running app: IndexedDB (storage) and backup files (backup.ts).
import * as v from 'valibot';

export const Time = v.pipe(v.number(), v.finite());

export const CardStateSchema = v.object({
	due: Time,
	stability: Time,
	difficulty: Time,
	scheduledDays: Time,
	learningSteps: Time,
	reps: v.pipe(v.number(), v.integer()),
	lapses: v.pipe(v.number(), v.integer()),
	state: v.picklist([0, 1, 2, 3]),
	lastReview: v.optional(Time)
});

export const ReviewSchema = v.object({
	id: v.string(),
	cardId: v.string(),
	deckId: v.string(),
	time: Time,
	rating: v.picklist([1, 2, 3, 4]),
	previous: v.optional(CardStateSchema),
	answerMs: Time,
	mode: v.picklist(['study', 'quiz']),
	unscheduled: v.optional(v.literal(true))
});
