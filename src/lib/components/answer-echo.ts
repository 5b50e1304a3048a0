// What the learner answered and what was right, as feedback and quiz corrections echo them.
import type { AnswerVerdict } from '$lib/domain/answer';
import type { Card } from '$lib/domain/cards';
import { m } from '$lib/i18n';

export interface Echo {
	text: string;
	/** The deck's language for its own words; undefined for the interface's. */
	lang?: string;
}

/** "Vrai" or "Faux" as the true/false buttons say it, in the interface language. */
export function truthEcho(value: boolean): Echo {
	return { text: value ? m.app_true() : m.app_false() };
}

/**
 * The learner's answer: a true/false one in the words of the buttons it was given with, any other
 * in the deck's language. True or false is read from the verdict, not from `given`: quizzes saved
 * before the interface worded it hold the deck's "Vrai" or "True".
 */
export function answerEcho(card: Card, verdict: AnswerVerdict, given: string, lang: string): Echo {
	if (card.kind === 'truefalse') {
		return truthEcho(verdict === 'exact' ? card.truth : !card.truth);
	}
	return { text: given, lang };
}

/** The right answer: true or false in the interface language, any other in the deck's. */
export function rightAnswerEcho(card: Card, lang: string): Echo {
	return card.kind === 'truefalse' ? truthEcho(card.truth) : { text: card.answer, lang };
}
