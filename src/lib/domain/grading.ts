// From an answer to a grade: objective cards grade themselves; flashcards are self-graded.
import type { AnswerVerdict } from './answer';
import type { Card } from './cards';
import type { Grade } from './card-state';

/** Answers slower than this are right but "hard". */
export function slowAfterMs(card: Card): number {
	switch (card.kind) {
		case 'typed':
			return 25_000;
		case 'order':
			return 40_000;
		default:
			return 15_000;
	}
}

/** wrong → Again, right → Good, right but close (a typo) or slow → Hard. */
export function gradeAnswer(verdict: AnswerVerdict, answerMs: number, card: Card): Grade {
	if (verdict === 'wrong') {
		return 1;
	}
	if (verdict === 'close' || answerMs > slowAfterMs(card)) {
		return 2;
	}
	return 3;
}

/** "< 10 min", "10 min", "3 h", "3 j", "2 mois", "1,5 an": the wait until a card is due. */
export function formatInterval(ms: number, lang: string): string {
	const minutes = ms / 60_000;
	const fr = lang.startsWith('fr');
	const number = (n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);
	if (minutes < 1) {
		return fr ? '< 1 min' : '< 1 min';
	}
	if (minutes < 60) {
		return `${Math.round(minutes)} min`;
	}
	const hours = minutes / 60;
	if (hours < 24) {
		return `${Math.round(hours)} h`;
	}
	const days = hours / 24;
	if (days < 30) {
		return fr ? `${Math.round(days)} j` : `${Math.round(days)} d`;
	}
	if (days < 365) {
		return fr ? `${number(days / 30)} mois` : `${number(days / 30)} mo`;
	}
	return fr ? `${number(days / 365)} an${days >= 730 ? 's' : ''}` : `${number(days / 365)} y`;
}
