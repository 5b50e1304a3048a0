// Quizzes (Quizlet's "Test"): questions drawn from a deck's objective cards by topic and kind,
// one per fact, in an order reproducible from the quiz's seed; scored with the answer checker.
import type { AnswerVerdict } from './answer';
import type { Card, CardKind } from './cards';
import { createRandom } from './random';

/** What a quiz can ask: objective cards only (a flashcard cannot be scored). */
export type QuizKind = 'choice' | 'typed' | 'truefalse' | 'order';
export const QUIZ_KINDS: readonly QuizKind[] = ['choice', 'typed', 'truefalse', 'order'];

export interface QuizOptions {
	deckId: string;
	/** Topics; empty means every topic. */
	tags: string[];
	/** How many questions; 'all' takes one per fact. */
	count: number | 'all';
	kinds: QuizKind[];
	seed: string;
	/** Optional time limit for the whole quiz, in seconds. */
	timeLimit?: number;
}

function quizKind(kind: CardKind): QuizKind | undefined {
	if (kind === 'odd-one-out') {
		return 'choice';
	}
	return kind === 'flashcard' ? undefined : kind;
}

/** The questions of a quiz: card ids, never two of the same fact, shuffled by the seed. */
export function selectQuestions(cards: readonly Card[], options: QuizOptions): string[] {
	const random = createRandom(`quiz:${options.seed}`);
	const byFact = new Map<string, Card[]>();
	for (const card of cards) {
		const kind = quizKind(card.kind);
		if (card.deckId !== options.deckId || !kind || !options.kinds.includes(kind)) {
			continue;
		}
		if (options.tags.length > 0 && !card.tags.some((tag) => options.tags.includes(tag))) {
			continue;
		}
		byFact.set(card.factId, [...(byFact.get(card.factId) ?? []), card]);
	}
	const onePerFact = [...byFact.values()].map((siblings) => random.pick(siblings));
	const shuffled = random.shuffle(onePerFact).map((card) => card.id);
	return options.count === 'all' ? shuffled : shuffled.slice(0, options.count);
}

export interface QuizAnswer {
	cardId: string;
	verdict: AnswerVerdict;
	given: string;
	ms: number;
}

export interface TopicScore {
	tag: string;
	correct: number;
	total: number;
}

export interface QuizScore {
	correct: number;
	total: number;
	percent: number;
	/** Right answers with a small typo: counted right, shown as such. */
	close: number;
	byTag: TopicScore[];
}

/** Right means exact or close (one small typo); an unanswered question is wrong. */
export function scoreQuiz(questions: readonly Card[], answers: readonly QuizAnswer[]): QuizScore {
	const verdicts = new Map(answers.map((answer) => [answer.cardId, answer.verdict]));
	const topics = new Map<string, TopicScore>();
	let correct = 0;
	let close = 0;
	for (const card of questions) {
		const verdict = verdicts.get(card.id) ?? 'wrong';
		const right = verdict !== 'wrong';
		correct += right ? 1 : 0;
		close += verdict === 'close' ? 1 : 0;
		for (const tag of card.tags) {
			const topic = topics.get(tag) ?? { tag, correct: 0, total: 0 };
			topic.total += 1;
			topic.correct += right ? 1 : 0;
			topics.set(tag, topic);
		}
	}
	const total = questions.length;
	return {
		correct,
		total,
		close,
		percent: total ? Math.round((correct / total) * 100) : 0,
		byTag: [...topics.values()].sort((a, b) => b.total - a.total || a.tag.localeCompare(b.tag))
	};
}

/**
 * Whether a quiz answer moves the card's schedule. By default (Anki's filtered-deck spirit):
 * answers on new or due cards count; a right answer on a card not yet due does not (it would
 * push the card far out after an answer that proved little), a wrong one does.
 */
export function quizAnswerCounts(
	rule: 'due-or-new' | 'always' | 'never',
	right: boolean,
	due: number | undefined,
	now: number
): boolean {
	if (rule === 'always' || rule === 'never') {
		return rule === 'always';
	}
	return due === undefined || due <= now || !right;
}

/** The questions answered wrong or left unanswered, in quiz order. */
export function missedQuestions(
	questions: readonly Card[],
	answers: readonly QuizAnswer[]
): string[] {
	const right = new Set(answers.filter((a) => a.verdict !== 'wrong').map((a) => a.cardId));
	return questions.filter((card) => !right.has(card.id)).map((card) => card.id);
}
