// The proofreading sheet of a deck: every generated question, in reading order (fact by fact, as
// the teacher wrote them), with its right answer and its wrong answers, as Markdown. The same text
// comes out of `npm run decks:sheet -- <deck>` and the editor's « Feuille de relecture ».
import type { Card, CompiledDeck } from '../domain/cards';
import { deckWarnings, type WarningOptions } from '../domain/deck-warnings';
import { factHeadline, type Fact } from '../domain/facts';
import { m } from '../i18n';
import type { Wording } from './deck-problems';
import { warningText } from './deck-warning-text';

/** What the sheet may say next to a card: a warning of the strict check, already worded. */
export type SheetNotes = ReadonlyMap<string, readonly string[]>;

/** Markdown's own characters in teacher text, escaped so that the sheet reads as written. */
export function markdownText(text: string): string {
	return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

function kindLabel(card: Card, w: Wording): string {
	switch (card.kind) {
		case 'flashcard':
			return m.app_card_kind_flashcard({}, w);
		case 'choice':
			return m.app_card_kind_choice({}, w);
		case 'typed':
			return m.app_card_kind_typed({}, w);
		case 'truefalse':
			return m.app_card_kind_truefalse({}, w);
		case 'order':
			return m.app_card_kind_order({}, w);
		case 'odd-one-out':
			return m.app_card_kind_odd_one_out({}, w);
	}
}

function factKindLabel(fact: Fact, w: Wording): string {
	switch (fact.kind) {
		case 'event':
			return m.app_fact_kind_event({}, w);
		case 'person':
			return m.app_fact_kind_person({}, w);
		case 'resource':
			return m.app_fact_kind_resource({}, w);
		case 'figure':
			return m.app_fact_kind_figure({}, w);
		case 'place':
			return m.app_fact_kind_place({}, w);
		case 'quote':
			return m.app_fact_kind_quote({}, w);
		case 'group':
			return m.app_fact_kind_group({}, w);
		case 'qa':
			return m.app_fact_kind_qa({}, w);
	}
}

const right = (text: string) => `   - ✓ ${markdownText(text)}`;
const wrong = (text: string) => `   - ✗ ${markdownText(text)}`;

/** The lines under a card's question: the right answer first, then every wrong one. */
function answerLines(card: Card, w: Wording): string[] {
	switch (card.kind) {
		case 'choice':
		case 'odd-one-out':
			return [
				right(card.answer),
				...card.choices.filter((_, i) => i !== card.correct).map((choice) => wrong(choice))
			];
		case 'typed': {
			const also = card.accepted.filter((a) => a !== card.answer);
			return [
				right(card.answer),
				...(also.length
					? [`   - ${m.edit_sheet_also_accepted({}, w)} ${also.map(markdownText).join(' · ')}`]
					: [])
			];
		}
		case 'truefalse':
			return card.truth
				? [right(m.app_true({}, w)), wrong(m.app_false({}, w))]
				: [right(`${m.app_false({}, w)} — ${card.answer}`), wrong(m.app_true({}, w))];
		case 'order':
			return card.items.map(
				(item, i) => `   ${i + 1}. ${markdownText(`${item.date} : ${item.label}`)}`
			);
		case 'flashcard':
			return [right(card.answer)];
	}
}

/** The sheet of one deck, in the wording's language (the deck's own text stays as written). */
export function deckSheet(
	deck: CompiledDeck,
	w: Wording = {},
	notes: SheetNotes = new Map()
): string {
	const byFact = new Map<string, Card[]>();
	for (const card of deck.cards) {
		byFact.set(card.factId, [...(byFact.get(card.factId) ?? []), card]);
	}
	const lines = [
		`# ${m.edit_sheet_title({ title: markdownText(deck.deck.title) }, w)}`,
		'',
		m.edit_sheet_summary(
			{ id: deck.deck.id, facts: deck.facts.length, cards: deck.cards.length },
			w
		),
		''
	];
	deck.facts.forEach((fact, index) => {
		const cards = byFact.get(fact.id) ?? [];
		lines.push(
			`## ${index + 1}. ${markdownText(factHeadline(fact))}`,
			'',
			`${factKindLabel(fact, w)} · \`${fact.id}\``,
			''
		);
		if (cards[0]) {
			lines.push(`> ${markdownText(cards[0].explanation)}`, '');
		} else {
			lines.push(m.edit_sheet_no_cards({}, w), '');
		}
		cards.forEach((card, i) => {
			lines.push(`${i + 1}. *${kindLabel(card, w)}* — ${markdownText(card.prompt)}`);
			lines.push(...answerLines(card, w));
			for (const note of notes.get(card.id) ?? []) {
				lines.push(`   - ⚠ ${markdownText(note)}`);
			}
		});
		lines.push('');
	});
	return `${lines.join('\n').trimEnd()}\n`;
}

/** The sheet with the strict check's warnings under the cards they are about. */
export function proofreadingSheet(
	deck: CompiledDeck,
	w: Wording = {},
	options: WarningOptions = {}
): string {
	const notes = new Map<string, string[]>();
	for (const warning of deckWarnings(deck, options)) {
		const key = warning.cardId ?? deck.cards.find((c) => c.factId === warning.factId)?.id ?? '';
		notes.set(key, [...(notes.get(key) ?? []), warningText(warning, w)]);
	}
	return deckSheet(deck, w, notes);
}

/** The language a deck's sheet is worded in: its own when the interface has it. */
export function sheetLocale(lang: string): 'fr' | 'en' {
	return lang.startsWith('fr') ? 'fr' : 'en';
}
