// What storage reads back is checked before the app trusts it: a value from IndexedDB may come
// from an older version, another tab, or a damaged database.
import * as v from 'valibot';
import type { CardState } from '../domain/scheduler';
import type { Review } from '../domain/reviews';
import { DeckMetaSchema, FactSchema } from '../domain/facts';
import type { UserDeck } from './progress-store';

const Grade = v.picklist([1, 2, 3, 4]);
const Time = v.pipe(v.number(), v.finite());

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
	rating: Grade,
	previous: v.optional(CardStateSchema),
	answerMs: Time,
	mode: v.picklist(['study', 'quiz']),
	unscheduled: v.optional(v.literal(true))
});

const UserDeckSchema = v.object({
	deck: DeckMetaSchema,
	facts: v.array(FactSchema),
	updatedAt: Time,
	copiedFrom: v.optional(v.string())
});

export function readUserDeck(value: unknown): UserDeck | undefined {
	const result = v.safeParse(UserDeckSchema, value);
	return result.success ? result.output : undefined;
}

export function readCardState(value: unknown): CardState | undefined {
	const result = v.safeParse(CardStateSchema, value);
	return result.success ? (result.output as CardState) : undefined;
}

export function readReview(value: unknown): Review | undefined {
	const result = v.safeParse(ReviewSchema, value);
	return result.success ? (result.output as Review) : undefined;
}
