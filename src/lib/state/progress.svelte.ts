// Joins the progress store and the decks for the UI: settings, today's queue of a deck, and
// grade writes that are never lost (kept in memory and retried when a write fails). The
// scheduler is in scheduling.svelte.ts, which the pages that grade load.
import { openProgressStore, stateAt, StorageWriteError, type ProgressStore } from '$lib/storage';
import type { Card, CompiledDeck, QueueCard } from '$lib/domain/cards';
import { buildQueue, locate, queueCounts, type StudyQueue } from '$lib/domain/queue';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '$lib/domain/settings';
import { reviewId, type Review, type ReviewMode } from '$lib/domain/reviews';
import type { CardState, Grade } from '$lib/domain/card-state';
import type { Scheduler } from '$lib/domain/scheduler';
import { dayStart, nextDayStart } from '$lib/domain/study-day';
import { m } from '$lib/i18n';

interface PendingGrade {
	review: Omit<Review, 'previous'>;
	next: (previous: CardState | undefined) => CardState | undefined;
}

export function localTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

class Progress {
	/** Set when a write failed: what the learner should know. */
	problem = $state<string>();
	/** Answers not yet on disk. */
	pendingCount = $state(0);
	/** False when IndexedDB was refused and progress lives in memory only. */
	durable = $state(true);
	/** Set when damaged data was found: the states may be recomputed from the log. */
	repairable = $state(false);
	/** Changes when every card state was recomputed: pages showing counts read them again. */
	revision = $state(0);
	#pending: PendingGrade[] = [];
	#store: Promise<ProgressStore> | undefined;
	settings = $state<Settings>(DEFAULT_SETTINGS);
	#retryTimer: ReturnType<typeof setInterval> | undefined;

	store(): Promise<ProgressStore> {
		this.#store ??= openProgressStore().then(async ({ store, durable }) => {
			this.durable = durable;
			if (!durable) {
				this.problem = m.storage_refused();
			}
			// What the store finds unreadable is set aside, not lost, but the learner is told.
			store.onCorrupt = () => {
				this.problem ??= m.storage_damaged();
				this.repairable = true;
			};
			this.settings = readSettings(await store.getMeta('settings'));
			return store;
		});
		return this.#store;
	}

	async reloadSettings(): Promise<void> {
		this.settings = readSettings(await (await this.store()).getMeta('settings'));
	}

	async saveSettings(settings: Settings): Promise<void> {
		const store = await this.store();
		await store.setMeta('settings', $state.snapshot(settings));
		this.settings = settings;
	}

	/** Today's queue for a deck, built from its states' columns. */
	async plan(deckId: string, cards: readonly QueueCard[], now: number, timeZone = localTimeZone()) {
		const store = await this.store();
		const dayEnd = nextDayStart(now, timeZone);
		const [buckets, reviewsToday, suspended] = await Promise.all([
			store.deckStates(deckId),
			store.reviewsSince(dayStart(now, timeZone)),
			this.suspended()
		]);
		for (const pending of this.#pending) {
			reviewsToday.push({ ...pending.review });
		}
		const queue: StudyQueue = buildQueue({
			cards,
			studied: buckets,
			reviewsToday,
			suspended,
			now,
			dayEnd,
			limits: this.settings.limits
		});
		return { queue, dayEnd, buckets };
	}

	/** Today's queue for a deck, with the full states of the cards in it. */
	async queue(deck: CompiledDeck, now: number, timeZone = localTimeZone()) {
		const { queue, dayEnd, buckets } = await this.plan(deck.deck.id, deck.cards, now, timeZone);
		const found = locate(buckets, deck.cards, [...queue.reviews, ...queue.learning]);
		const states = new Map(
			[...found].map(([id, [part, index]]) => [id, stateAt(buckets[part]!, index)] as const)
		);
		return { queue, states, dayEnd };
	}

	async suspended(): Promise<Set<string>> {
		const store = await this.store();
		const ids = await store.getMeta('suspended');
		return new Set(
			Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
		);
	}

	async setSuspended(cardId: string, suspended: boolean): Promise<void> {
		const store = await this.store();
		const ids = await this.suspended();
		if (suspended) {
			ids.add(cardId);
		} else {
			ids.delete(cardId);
		}
		await store.setMeta('suspended', [...ids]);
	}

	/**
	 * Records an answer. Resolves once it is on disk, with the review and the card's new state;
	 * if the disk refuses it, the answer is kept in memory, retried, and `problem` says so.
	 * `scheduler` moves the card's schedule (see scheduling.svelte.ts); without one, the answer
	 * is logged and leaves the schedule as it was (a quiz answer, by the quiz rule).
	 */
	async grade(
		card: Card,
		grade: Grade,
		answerMs: number,
		mode: ReviewMode,
		now: number,
		knownState: CardState | undefined,
		scheduler: Scheduler | undefined
	): Promise<{ review: Review; state: CardState | undefined; saved: boolean }> {
		const store = await this.store();
		const review: Omit<Review, 'previous'> = {
			id: reviewId(now, card.id),
			cardId: card.id,
			deckId: card.deckId,
			time: now,
			rating: grade,
			answerMs: Math.round(answerMs),
			mode
		};
		if (!scheduler) {
			review.unscheduled = true;
		}
		const next = (previous: CardState | undefined) =>
			scheduler ? scheduler.next(previous, now, grade) : previous;
		await this.flush();
		try {
			const saved = await store.grade({ review, next });
			void this.#askPersistence(store);
			return { ...saved, saved: true };
		} catch (error) {
			if (!(error instanceof StorageWriteError)) {
				throw error;
			}
			this.#pending.push({ review, next });
			this.pendingCount = this.#pending.length;
			this.problem = m.storage_answer_kept({ reason: error.message });
			this.#retryTimer ??= setInterval(() => void this.flush(), 15_000);
			const state = next(knownState);
			return {
				review: knownState ? { ...review, previous: knownState } : review,
				state,
				saved: false
			};
		}
	}

	/** Writes the answers kept in memory, oldest first. */
	async flush(): Promise<void> {
		if (this.#pending.length === 0) {
			return;
		}
		const store = await this.store();
		while (this.#pending.length > 0) {
			const pending = this.#pending[0] as PendingGrade;
			try {
				await store.grade(pending);
			} catch {
				return;
			}
			this.#pending.shift();
			this.pendingCount = this.#pending.length;
		}
		this.problem = undefined;
		clearInterval(this.#retryTimer);
		this.#retryTimer = undefined;
	}

	async undo(review: Review): Promise<void> {
		const index = this.#pending.findIndex((p) => p.review.id === review.id);
		if (index >= 0) {
			this.#pending.splice(index, 1);
			this.pendingCount = this.#pending.length;
			return;
		}
		await (await this.store()).undo(review);
	}

	async #askPersistence(store: ProgressStore): Promise<void> {
		if ((await store.getMeta('persisted')) !== undefined || !navigator.storage?.persist) {
			return;
		}
		const persisted = await navigator.storage.persist();
		await store.setMeta('persisted', persisted);
	}
}

export const progress = new Progress();

/** Due, new and learning counts of a deck for today, as the home page shows them. */
export async function deckCounts(
	deckId: string,
	cards: readonly QueueCard[],
	now = Date.now()
): Promise<{ due: number; fresh: number; learning: number }> {
	return queueCounts((await progress.plan(deckId, cards, now)).queue);
}

/** Whether the browser keeps our data under storage pressure, and how much is used. */
export async function storageStatus(): Promise<{
	persisted: boolean | undefined;
	usage?: number;
	quota?: number;
}> {
	const manager = navigator.storage;
	const persisted = manager?.persisted ? await manager.persisted() : undefined;
	const estimate = manager?.estimate ? await manager.estimate() : undefined;
	return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

export async function requestPersistence(): Promise<boolean> {
	return (await navigator.storage?.persist?.()) ?? false;
}
