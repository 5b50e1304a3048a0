// A quiz in progress: its questions, the answers given so far (saved as they come, so a reload
// resumes it), the timer, and the answers written to the review log in mode "quiz".
import { cardsWithIds, type Card, type CompiledDeck } from '$lib/domain/cards';
import { gradeAnswer } from '$lib/domain/grading';
import { judgeResponse, type Judgement, type Response } from '$lib/domain/judge';
import {
	missedQuestions,
	quizAnswerCounts,
	scoreQuiz,
	selectQuestions,
	type QuizAnswer,
	type QuizOptions
} from '$lib/domain/quiz';
import { progress } from './progress.svelte';
import { scheduler } from './scheduling.svelte';

export interface SavedQuiz {
	options: QuizOptions;
	questionIds: string[];
	answers: QuizAnswer[];
	startedAt: number;
	finishedAt?: number;
}

const key = (deckId: string) => `quiz:${deckId}`;

export class QuizRun {
	saved = $state() as SavedQuiz;
	/** The judgement of the question just answered, until the learner moves on. */
	judgement = $state<Judgement>();
	response = $state<Response>();
	now = $state(Date.now());
	readonly deck: CompiledDeck;
	/** Set once in the constructor; the deriveds below read it lazily, after that. */
	questions: Card[] = [];
	#shownAt = Date.now();
	#ticker: ReturnType<typeof setInterval> | undefined;

	/** The question on screen: it moves on when the learner asks for the next one. */
	index = $state(0);
	done = $derived(this.saved.finishedAt !== undefined);
	current = $derived(this.done ? undefined : this.questions[this.index]);
	score = $derived(scoreQuiz(this.questions, this.saved.answers));
	remainingMs = $derived(
		this.saved.options.timeLimit
			? Math.max(0, this.saved.startedAt + this.saved.options.timeLimit * 1000 - this.now)
			: undefined
	);

	private constructor(deck: CompiledDeck, saved: SavedQuiz) {
		this.deck = deck;
		this.saved = saved;
		this.questions = cardsWithIds(deck.cards, saved.questionIds);
		this.index = saved.answers.length;
		this.#tick();
	}

	/** The quiz left unfinished on this deck, if any. */
	static async resume(deck: CompiledDeck): Promise<QuizRun | undefined> {
		const store = await progress.store();
		const saved = (await store.getMeta(key(deck.deck.id))) as SavedQuiz | undefined;
		return saved && !saved.finishedAt && Array.isArray(saved.questionIds)
			? new QuizRun(deck, saved)
			: undefined;
	}

	static async start(deck: CompiledDeck, options: QuizOptions, now = Date.now()): Promise<QuizRun> {
		const saved: SavedQuiz = {
			options,
			questionIds: selectQuestions(deck.cards, options),
			answers: [],
			startedAt: now
		};
		const run = new QuizRun(deck, saved);
		await run.#save();
		return run;
	}

	async answer(response: Response): Promise<void> {
		const card = this.current;
		if (!card || this.judgement) {
			return;
		}
		const now = Date.now();
		const ms = now - this.#shownAt;
		const judgement = judgeResponse(card, response);
		this.response = response;
		this.judgement = judgement;
		const store = await progress.store();
		const state = await store.cardState(card.id);
		const counts = quizAnswerCounts(
			progress.settings.quizRule,
			judgement.verdict !== 'wrong',
			state?.due,
			now
		);
		await progress.grade(
			card,
			gradeAnswer(judgement.verdict, ms, card),
			ms,
			'quiz',
			now,
			state,
			counts ? scheduler() : undefined
		);
		this.saved.answers.push({
			cardId: card.id,
			verdict: judgement.verdict,
			given: judgement.given,
			ms
		});
		await this.#save();
	}

	async next(): Promise<void> {
		this.judgement = undefined;
		this.response = undefined;
		this.#shownAt = Date.now();
		this.index = this.saved.answers.length;
		if (this.index >= this.questions.length) {
			await this.finish();
		}
	}

	async finish(): Promise<void> {
		if (this.saved.finishedAt === undefined) {
			this.saved.finishedAt = Date.now();
			clearInterval(this.#ticker);
			await this.#save();
		}
	}

	/** The cards answered wrong (or left unanswered). */
	missed(): string[] {
		return missedQuestions(this.questions, this.saved.answers);
	}

	stop(): void {
		clearInterval(this.#ticker);
	}

	#tick(): void {
		if (!this.saved.options.timeLimit || this.saved.finishedAt) {
			return;
		}
		this.#ticker = setInterval(() => {
			this.now = Date.now();
			if (this.remainingMs === 0) {
				void this.finish();
			}
		}, 1000);
	}

	async #save(): Promise<void> {
		const store = await progress.store();
		await store.setMeta(key(this.deck.deck.id), $state.snapshot(this.saved));
	}
}
