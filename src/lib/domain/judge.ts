// Judges a learner's response to any objective card, and says what they gave as text.
import { checkAnswer, type AnswerVerdict } from './answer';
import type { Card } from './cards';

export type Response =
	| { kind: 'choice'; index: number }
	| { kind: 'typed'; text: string }
	| { kind: 'truefalse'; value: boolean }
	| { kind: 'order'; order: number[] };

export interface Judgement {
	verdict: AnswerVerdict;
	/**
	 * The response as text, for corrections, in the deck's words. A true/false response is
	 * "true" or "false": the interface says it in its own language, as its buttons do.
	 */
	given: string;
}

export function judgeResponse(card: Card, response: Response): Judgement {
	if ((card.kind === 'choice' || card.kind === 'odd-one-out') && response.kind === 'choice') {
		return {
			verdict: response.index === card.correct ? 'exact' : 'wrong',
			given: card.choices[response.index] ?? ''
		};
	}
	if (card.kind === 'typed' && response.kind === 'typed') {
		return {
			verdict: checkAnswer(response.text, {
				answer: card.answer,
				accepted: card.accepted,
				strict: card.strict
			}),
			given: response.text
		};
	}
	if (card.kind === 'truefalse' && response.kind === 'truefalse') {
		return {
			verdict: response.value === card.truth ? 'exact' : 'wrong',
			given: String(response.value)
		};
	}
	if (card.kind === 'order' && response.kind === 'order') {
		const right =
			response.order.length === card.items.length && response.order.every((item, i) => item === i);
		return {
			verdict: right ? 'exact' : 'wrong',
			given: response.order.map((i) => card.items[i]?.label ?? '?').join(' → ')
		};
	}
	throw new Error(`A ${response.kind} response does not answer a ${card.kind} card`);
}
