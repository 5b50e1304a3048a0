// Migrations of the stored data, run in order when the app opens the database. Each takes the
// data from version N-1 to N inside one transaction: a failure leaves the old data as it was.
import { deckOfCard } from '../domain/reviews';

export interface Migration {
	to: number;
	/** Rewrites one stored review of the previous version. */
	review?: (value: Record<string, unknown>) => Record<string, unknown>;
	/** Rewrites one stored card state of the previous version. */
	card?: (key: string, value: Record<string, unknown>) => Record<string, unknown>;
	/** Moves the reviews and card states from a record each into chunks (v5), after the above. */
	chunks?: true;
}

/**
 * v1 (the first prototype's format) stored reviews without their deck and without the mode
 * they were given in: every v1 answer came from a study session.
 */
export const MIGRATIONS: Migration[] = [
	{
		to: 2,
		review: (value) => ({
			...value,
			deckId: typeof value.deckId === 'string' ? value.deckId : deckOfCard(String(value.cardId)),
			mode: value.mode ?? 'study'
		})
	},
	// v3 indexes card states by deck and due time: each state carries its deck.
	{
		to: 3,
		card: (key, value) => ({ ...value, deck: deckOfCard(key) })
	},
	// v4 replaced that index with a compact schedule, which v5 does without: nothing to do now.
	{ to: 4 },
	// v5 keeps the log in daily chunks and the card states in buckets, in columns.
	{ to: 5, chunks: true }
];
