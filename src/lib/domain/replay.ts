// Card states derived from the log: every answer replayed, in log order, through the scheduler.
//
// Fuzz (the random spread ts-fsrs gives intervals, so that cards learnt together do not stay
// together) changes when a card is due, never its memory state: stability, difficulty, state,
// steps and counts come out the same with or without it, and an answer reads nothing else of
// the state it starts from (not its due time). So every answer is replayed without fuzz, and
// each card's last one again, with it, from the state before: the same states, without the
// cost of the fuzz generator that ts-fsrs seeds for each answer (a third of its time).
import { compareReviews, type Review } from './reviews';
import { createScheduler, type CardState, type Grade, type Scheduler } from './scheduler';

export class Replay {
	readonly #scheduler: Scheduler;
	readonly #plain: Scheduler;
	/** Each card's slot in the arrays below. */
	readonly #slots = new Map<string, number>();
	/** Each card's state before its last answer so far, and after it (without fuzz). */
	readonly #before: (CardState | undefined)[] = [];
	readonly #after: (CardState | undefined)[] = [];
	/** Each card's last answer so far. */
	readonly #time: number[] = [];
	readonly #grade: Grade[] = [];

	constructor(scheduler: Scheduler) {
		this.#scheduler = scheduler;
		this.#plain = scheduler.settings.fuzz
			? createScheduler({ ...scheduler.settings, fuzz: false })
			: scheduler;
	}

	/** Answers in columns (card, time, rating of each), in log order, none unscheduled. */
	add(cardIds: readonly string[], times: ArrayLike<number>, ratings: ArrayLike<number>): void {
		for (let i = 0; i < cardIds.length; i++) {
			const cardId = cardIds[i] as string;
			let slot = this.#slots.get(cardId);
			if (slot === undefined) {
				slot = this.#after.length;
				this.#slots.set(cardId, slot);
				this.#after.push(undefined);
			}
			const time = times[i] as number;
			const grade = ratings[i] as Grade;
			const before = this.#after[slot];
			this.#before[slot] = before;
			this.#after[slot] = this.#plain.next(before, time, grade);
			this.#time[slot] = time;
			this.#grade[slot] = grade;
		}
	}

	/** Every card's state after the answers added. */
	states(): Map<string, CardState> {
		const states = new Map<string, CardState>();
		for (const [cardId, slot] of this.#slots) {
			states.set(
				cardId,
				this.#plain === this.#scheduler
					? (this.#after[slot] as CardState)
					: this.#scheduler.next(this.#before[slot], this.#time[slot]!, this.#grade[slot]!)
			);
		}
		return states;
	}
}

/** Every card's state, derived from the whole log. */
export function replayReviews(
	reviews: Iterable<Review>,
	scheduler: Scheduler
): Map<string, CardState> {
	const scheduled = [...reviews].filter((r) => !r.unscheduled).sort(compareReviews);
	const replay = new Replay(scheduler);
	replay.add(
		scheduled.map((r) => r.cardId),
		scheduled.map((r) => r.time),
		scheduled.map((r) => r.rating)
	);
	return replay.states();
}
