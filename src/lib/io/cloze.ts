// Anki cloze deletions: "{{c1::Paris}} est la capitale de la France" asks one question per cloze
// number, the deletions of that number hidden as "[…]" (or "[hint]" when one is given, as Anki
// shows it) and the others shown as plain text.

// {{c1::answer}} or {{c1::answer::hint}}. Nested clozes are not supported.
const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

export interface ClozeQuestion {
	number: number;
	question: string;
	answer: string;
}

/** One question per cloze number, in number order; none when the text has no cloze. */
export function clozeQuestions(text: string): ClozeQuestion[] {
	const numbers = [...new Set([...text.matchAll(CLOZE)].map((match) => Number(match[1])))];
	return numbers
		.sort((a, b) => a - b)
		.map((number) => {
			const answers: string[] = [];
			const question = text.replace(
				CLOZE,
				(_, n: string, answer: string, hint: string | undefined) => {
					if (Number(n) !== number) {
						return answer;
					}
					answers.push(answer.trim());
					return hint?.trim() ? `[${hint.trim()}]` : '[…]';
				}
			);
			return { number, question: question.trim(), answer: answers.join(', ') };
		});
}
