// One study session: the current card, answering, grading, undo and the end-of-session summary.
// The next card is shown only once the grade is written (or kept safe in memory).
import type { AnswerVerdict } from '$lib/domain/answer';
import type { Card, CompiledDeck } from '$lib/domain/cards';
import { gradeAnswer } from '$lib/domain/grading';
import { afterAnswer, nextCardId, type StudyQueue } from '$lib/domain/queue';
import type { Review } from '$lib/domain/reviews';
import { isLeech, type CardState, type Grade } from '$lib/domain/card-state';
import { progress } from './progress.svelte';
import { scheduler } from './scheduling.svelte';

export type Phase = 'loading' | 'question' | 'answered' | 'done' | 'error';

interface Step {
	review: Review;
	card: Card;
	queue: StudyQueue;
	shown: number;
	correct: boolean;
}

export class StudySession {
	phase = $state<Phase>('loading');
	card = $state<Card>();
	/** For objective cards: how the answer was judged, and what was given. */
	verdict = $state<AnswerVerdict>();
	given = $state<string>();
	suggested = $state<Grade>();
	/** True while a grade is being written: buttons wait. */
	saving = $state(false);
	error = $state<string>();
	leech = $state(false);
	queue = $state<StudyQueue>({ reviews: [], fresh: [], learning: [] });
	studied = $state(0);
	correct = $state(0);
	startedAt = 0;
	finishedAt = $state(0);
	nextDue = $state<number>();

	readonly deck: CompiledDeck;
	// Read on demand (preview, next card), never rendered: no need for a reactive map.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#states = new Map<string, CardState>();
	#cards: Map<string, Card>;
	#shownAt = 0;
	#history: Step[] = [];
	#dayEnd = 0;
	#clock: () => number;

	remaining = $derived(
		this.queue.reviews.length + this.queue.fresh.length + this.queue.learning.length
	);
	canUndo = $state(false);

	/** Set to study exactly these cards (e.g. a quiz's misses), outside the daily limits. */
	readonly only: string[] | undefined;

	constructor(deck: CompiledDeck, options: { only?: string[]; clock?: () => number } = {}) {
		this.deck = deck;
		this.only = options.only;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built once, never changed
		this.#cards = new Map(deck.cards.map((card) => [card.id, card]));
		this.#clock = options.clock ?? Date.now;
	}

	async start(): Promise<void> {
		try {
			const now = this.#clock();
			const { queue, states, dayEnd } = await progress.queue(this.deck, now);
			this.queue = this.only
				? { reviews: [], fresh: this.only.filter((id) => this.#cards.has(id)), learning: [] }
				: queue;
			this.#states = states;
			this.#dayEnd = dayEnd;
			this.startedAt = now;
			this.#advance();
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			this.phase = 'error';
		}
	}

	state(cardId: string): CardState | undefined {
		return this.#states.get(cardId);
	}

	/** The due time each grade would give the current card. */
	preview(): Record<Grade, number> | undefined {
		return this.card
			? scheduler().preview(this.#states.get(this.card.id), this.#clock())
			: undefined;
	}

	/** Flashcards: show the back. */
	reveal(): void {
		if (this.phase === 'question' && this.card?.kind === 'flashcard') {
			this.phase = 'answered';
		}
	}

	/** Objective cards: judge the answer and suggest a grade the learner may override. */
	answer(verdict: AnswerVerdict, given: string): void {
		if (this.phase !== 'question' || !this.card) {
			return;
		}
		this.verdict = verdict;
		this.given = given;
		this.suggested = gradeAnswer(verdict, this.#clock() - this.#shownAt, this.card);
		this.phase = 'answered';
	}

	async rate(grade: Grade): Promise<void> {
		const card = this.card;
		if (this.phase !== 'answered' || !card || this.saving) {
			return;
		}
		this.saving = true;
		try {
			const now = this.#clock();
			const { review, state } = await progress.grade(
				card,
				grade,
				now - this.#shownAt,
				'study',
				now,
				this.#states.get(card.id),
				scheduler()
			);
			this.#history.push({
				review,
				card,
				queue: $state.snapshot(this.queue),
				shown: this.studied,
				correct: grade > 1
			});
			this.canUndo = true;
			if (!state) {
				throw new Error('A study answer always gives the card a state.');
			}
			this.#states.set(card.id, state);
			this.queue = afterAnswer(this.queue, card.id, state, this.#dayEnd);
			this.studied += 1;
			if (grade > 1) {
				this.correct += 1;
			}
			this.leech = grade === 1 && isLeech(state);
			this.#advance();
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.saving = false;
		}
	}

	async undo(): Promise<void> {
		const step = this.#history.pop();
		if (!step || this.saving) {
			return;
		}
		this.saving = true;
		try {
			await progress.undo(step.review);
			if (step.review.previous) {
				this.#states.set(step.card.id, step.review.previous);
			} else {
				this.#states.delete(step.card.id);
			}
			this.queue = step.queue;
			this.studied = step.shown;
			if (step.correct) {
				this.correct -= 1;
			}
			this.#show(step.card);
		} catch (error) {
			this.#history.push(step);
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.canUndo = this.#history.length > 0;
			this.saving = false;
		}
	}

	/** Suspends the current card: it leaves the queue until unsuspended. */
	async suspend(): Promise<void> {
		const card = this.card;
		if (!card) {
			return;
		}
		await progress.setSuspended(card.id, true);
		const without = (ids: string[]) => ids.filter((id) => id !== card.id);
		this.queue = {
			reviews: without(this.queue.reviews),
			fresh: without(this.queue.fresh),
			learning: without(this.queue.learning)
		};
		this.#advance();
	}

	#advance(): void {
		const now = this.#clock();
		const id = nextCardId(this.queue, this.#states, now, this.studied);
		const card = id ? this.#cards.get(id) : undefined;
		if (!card) {
			this.card = undefined;
			this.phase = 'done';
			this.finishedAt = now;
			// One pass, no spread: a deck of 100,000 states would overflow Math.min's arguments.
			let next: number | undefined;
			for (const state of this.#states.values()) {
				if (state.due > now && (next === undefined || state.due < next)) {
					next = state.due;
				}
			}
			this.nextDue = next;
			return;
		}
		this.#show(card);
	}

	#show(card: Card): void {
		this.card = card;
		this.verdict = undefined;
		this.given = undefined;
		this.suggested = undefined;
		this.phase = 'question';
		this.#shownAt = this.#clock();
	}
}
