// Checking a typed answer: exact, close (a small typo) or wrong, so the scheduler can grade it.
import { editDistance, foldText } from './text';

export type AnswerVerdict = 'exact' | 'close' | 'wrong';

export interface ExpectedAnswer {
	answer: string;
	/** Other accepted spellings and forms. */
	accepted?: readonly string[];
	/** No typo tolerated: numbers, dates, years. */
	strict?: boolean;
}

/** Shortest answer, in letters, on which one typo is still forgiven. */
const TYPO_MIN_LENGTH = 6;

export function checkAnswer(input: string, expected: ExpectedAnswer): AnswerVerdict {
	const given = foldText(input);
	if (given === '') {
		return 'wrong';
	}
	const targets = [expected.answer, ...(expected.accepted ?? [])].map(foldText);
	if (targets.includes(given)) {
		return 'exact';
	}
	for (const target of targets) {
		const strict = expected.strict || /\d/.test(target);
		const letters = target.replace(/[^\p{L}]/gu, '').length;
		if (!strict && letters >= TYPO_MIN_LENGTH && editDistance(given, target, 1) <= 1) {
			return 'close';
		}
	}
	return 'wrong';
}
