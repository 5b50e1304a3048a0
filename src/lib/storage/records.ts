// What storage reads back is checked before the app trusts it: a value from IndexedDB may come
// from an older version, another tab, or a damaged database.
import * as v from 'valibot';
import type { CardState } from '../domain/card-state';
import type { Review } from '../domain/reviews';
import { DeckMetaSchema, FactSchema } from '../domain/facts';
import { CardStateSchema, ReviewSchema, Time } from '../domain/progress-schemas';
import type { UserDeck } from './progress-store';

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
