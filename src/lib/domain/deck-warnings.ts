// The strict check: what a compiled deck may get wrong although every fact is valid. Each warning
// names the card, the fact and, when it can tell, the fact's field the teacher should change.
// Warnings are data; src/lib/io/deck-warning-text.ts words them.
import type { Card, CompiledDeck } from './cards';
import { parseFactDate, type FactDate } from './dates';
import type { Fact } from './facts';
import { foldText } from './text';

export const WARNING_KINDS = [
	'tied-distractor',
	'ambiguous-date',
	'answer-in-question',
	'outside-reference',
	'name-without-grammar',
	'long-typed-answer',
	'answer-punctuation'
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export interface DeckWarning {
	kind: WarningKind;
	factId: string;
	cardId?: string;
	/** The fact's field the text comes from, when it can be told (`holders`, `question`…). */
	field?: string;
	/** What is wrong: the distractor, the date, the answer, the phrase, the name… */
	text: string;
	/** The fact that makes it wrong (the one that ties a distractor, the other event). */
	otherFactId?: string;
}

export interface WarningOptions {
	/**
	 * Whether a name (country, place, group, organisation) carries what the deck's language needs
	 * to be put in a sentence. Without it, names are not checked.
	 */
	hasGrammar?: (name: string, fact: Fact) => boolean;
}

/** Folded for matching, keeping "C5+1" one word apart from "C5". */
function fold(text: string): string {
	return foldText(text.replace(/\+/g, 'plus'));
}

/** Whether `term` appears in `text` as whole words (both folded). */
function mentions(text: string, term: string): boolean {
	return term !== '' && ` ${text} `.includes(` ${term} `);
}

/** Every string a fact holds, with the field it is in. */
function textsOf(fact: Fact): { field: string; text: string }[] {
	const out: { field: string; text: string }[] = [];
	for (const [field, value] of Object.entries(fact)) {
		if (field === 'id' || field === 'kind' || field === 'source' || field === 'tags') {
			continue;
		}
		for (const item of Array.isArray(value) ? value : [value]) {
			if (typeof item === 'string') {
				out.push({ field, text: item });
			}
		}
	}
	return out;
}

/** The field of `fact` whose text holds `snippet` (folded), if one does. */
export function fieldHolding(fact: Fact, snippet: string): string | undefined {
	const wanted = fold(snippet);
	return textsOf(fact).find(({ text }) => mentions(fold(text), wanted))?.field;
}

/** What a fact's cards are about, besides their answer: names of the fact. */
function subjectsOf(fact: Fact): string[] {
	switch (fact.kind) {
		case 'resource':
			return [fact.name, ...fact.holders];
		case 'place':
			return [fact.name, fact.country];
		case 'person':
			return [fact.name];
		case 'group':
			return [fact.name];
		default:
			return [];
	}
}

/** Co-answers: the other holders or members a fact lists beside its answer. */
function coAnswersOf(fact: Fact): string[] {
	return fact.kind === 'resource' ? fact.holders : fact.kind === 'group' ? fact.members : [];
}

function tiedDistractors(card: Card, fact: Fact, deck: CompiledDeck): DeckWarning[] {
	if (card.kind !== 'choice' && card.kind !== 'odd-one-out') {
		return [];
	}
	// An outsider is "wrong" by being tied to the group; every other option, to the subject.
	const suspects =
		card.kind === 'odd-one-out' ? [card.answer] : card.choices.filter((_, i) => i !== card.correct);
	const answer = fold(card.answer);
	const subjects = subjectsOf(fact)
		.map(fold)
		.filter((s) => s !== answer && s !== '');
	const texts = new Map(
		deck.facts.map((f) => [
			f.id,
			textsOf(f)
				.map(({ text }) => fold(text))
				.join(' | ')
		])
	);
	const warnings: DeckWarning[] = [];
	for (const suspect of suspects) {
		const term = fold(suspect);
		if (card.kind === 'choice' && coAnswersOf(fact).some((co) => fold(co) === term)) {
			warnings.push({ kind: 'tied-distractor', factId: fact.id, cardId: card.id, text: suspect });
			continue;
		}
		const tie = deck.facts.find((other) => {
			if (other.id === fact.id) {
				return false;
			}
			const text = texts.get(other.id) ?? '';
			return mentions(text, term) && subjects.some((s) => s !== term && mentions(text, s));
		});
		if (tie) {
			warnings.push({
				kind: 'tied-distractor',
				factId: fact.id,
				cardId: card.id,
				field: fieldHolding(fact, suspect),
				text: suspect,
				otherFactId: tie.id
			});
		}
	}
	return warnings;
}

const MONTHS_FR = [
	'janvier',
	'fevrier',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'aout',
	'septembre',
	'octobre',
	'novembre',
	'decembre'
];
const MONTHS_EN = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];
const MONTH = `(${[...MONTHS_FR, ...MONTHS_EN].join('|')})`;

/** The first date a (folded) question names, at the precision it names it. */
export function dateNamedIn(text: string): FactDate | undefined {
	const folded = fold(text);
	const monthNumber = (name: string) => {
		const index = MONTHS_FR.indexOf(name);
		return (index >= 0 ? index : MONTHS_EN.indexOf(name)) + 1;
	};
	const dayFirst = new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)? ${MONTH} (\\d{4})\\b`).exec(folded);
	if (dayFirst) {
		return {
			year: Number(dayFirst[3]),
			month: monthNumber(dayFirst[2] as string),
			day: Number(dayFirst[1])
		};
	}
	const monthFirst = new RegExp(`\\b${MONTH} (?:(\\d{1,2}) )?(\\d{4})\\b`).exec(folded);
	if (monthFirst) {
		const day = monthFirst[2] === undefined ? undefined : Number(monthFirst[2]);
		return { year: Number(monthFirst[3]), month: monthNumber(monthFirst[1] as string), day };
	}
	const year = /\b(?:en|in) (\d{4})\b/.exec(folded);
	return year ? { year: Number(year[1]) } : undefined;
}

/** Whether `date` falls in `asked`, known at least as precisely as it is asked. */
function fallsIn(date: FactDate, asked: FactDate): boolean {
	if (date.year !== asked.year) {
		return false;
	}
	if (asked.month !== undefined && date.month !== asked.month) {
		return false;
	}
	return asked.day === undefined || date.day === asked.day;
}

function ambiguousDates(card: Card, fact: Fact, deck: CompiledDeck): DeckWarning[] {
	if (card.kind === 'order') {
		const dates = card.items.map((item) => item.date);
		const twice = dates.find((date, i) => dates.indexOf(date) !== i);
		return twice
			? [{ kind: 'ambiguous-date', factId: fact.id, cardId: card.id, field: 'date', text: twice }]
			: [];
	}
	if (fact.kind !== 'event' || card.kind === 'truefalse') {
		return [];
	}
	const asked = dateNamedIn(card.prompt);
	// A question that names the date asks for the event; one that answers with it does not count.
	if (!asked || dateNamedIn(card.answer)) {
		return [];
	}
	const other = deck.facts.find((f) => {
		if (f.kind !== 'event' || f.id === fact.id) {
			return false;
		}
		const date = parseFactDate(f.date);
		return date !== undefined && fallsIn(date, asked);
	});
	return other
		? [
				{
					kind: 'ambiguous-date',
					factId: fact.id,
					cardId: card.id,
					field: 'date',
					text: fact.date,
					otherFactId: other.id
				}
			]
		: [];
}

const NUMBER_WORDS = [
	['zero', 'zero'],
	['un', 'one'],
	['deux', 'two'],
	['trois', 'three'],
	['quatre', 'four'],
	['cinq', 'five'],
	['six', 'six'],
	['sept', 'seven'],
	['huit', 'eight'],
	['neuf', 'nine'],
	['dix', 'ten'],
	['onze', 'eleven'],
	['douze', 'twelve']
];

/** The number an answer is, when it is only a number (with a unit): "5 pays", "97 %". */
function numberOf(answer: string): number | undefined {
	const match = /^(\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?)\s*[\p{L}%]*$/u.exec(answer.trim());
	return match
		? Number((match[1] as string).replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'))
		: undefined;
}

function answerInQuestion(card: Card, fact: Fact): DeckWarning[] {
	if (card.kind !== 'flashcard' && card.kind !== 'choice' && card.kind !== 'typed') {
		return [];
	}
	const prompt = fold(card.prompt);
	const answers = [card.answer, ...(card.kind === 'typed' ? card.accepted : [])];
	const given = answers.find((answer) => {
		const number = numberOf(answer);
		if (number !== undefined) {
			const digits = card.prompt.match(/\d+(?:[.,]\d+)?/g) ?? [];
			const words = NUMBER_WORDS[number] ?? [];
			return (
				digits.some((d) => Number(d.replace(',', '.')) === number) ||
				words.some((word) => mentions(prompt, word))
			);
		}
		const folded = fold(answer);
		return folded.replace(/\s/g, '').length >= 3 && mentions(prompt, folded);
	});
	return given === undefined
		? []
		: [
				{
					kind: 'answer-in-question',
					factId: fact.id,
					cardId: card.id,
					field: fieldHolding(fact, given),
					text: given
				}
			];
}

/** Words that point at something the card does not show: « ces accords », « ce dernier »… */
const POINTING =
	/(?<![\p{L}])(?:ce(?:tte)? derni(?:er|ère)|ces derni(?:ers|ères)|celui-ci|celle-ci|ceux-ci|celles-ci|ledit|ladite|lesdits|lesdites|the latter|the former|(?:ces|cet|cette|these|those|this)\s+[\p{L}’'-]+|ce\s+(?!(?:sont|qui|que|qu|dont|n|ne|soit|fut|sera|serait|était|est|à|faisant)\b)[\p{L}’'-]+)(?![\p{L}])(?!\s*(?:\p{L}+\s*)?:)/giu;
/** « Lequel de ces pays », « Remettez ces événements… »: the options the card shows. */
const POINTING_AT_OPTIONS =
	/^(?:ces|these|those)\s+(?:événements|evenements|propositions|réponses|options|éléments|dates|events|answers|items)$/i;

function outsideReferences(card: Card, fact: Fact): DeckWarning[] {
	const hasOptions = card.kind === 'choice' || card.kind === 'odd-one-out' || card.kind === 'order';
	const texts = [card.prompt, card.answer, ...(card.kind === 'choice' ? card.choices : [])];
	for (const text of texts) {
		for (const match of text.matchAll(POINTING)) {
			const phrase = match[0];
			const before = text.slice(0, match.index);
			if (
				hasOptions &&
				(POINTING_AT_OPTIONS.test(phrase) || /\b(?:de|parmi|of)\s+$/i.test(before))
			) {
				continue;
			}
			return [
				{
					kind: 'outside-reference',
					factId: fact.id,
					cardId: card.id,
					field: fieldHolding(fact, phrase),
					text: phrase
				}
			];
		}
	}
	return [];
}

const FILLER = new Set([
	'de',
	'la',
	'le',
	'les',
	'l',
	'd',
	'du',
	'des',
	'et',
	'a',
	'au',
	'aux',
	'en',
	'un',
	'une',
	'of',
	'the',
	'and',
	'to',
	'in'
]);
/** The longest answer a learner can fairly be asked to type: a name, a date, a short term. */
const TYPED_MAX_WORDS = 4;
const TYPED_MAX_LENGTH = 40;

function longTypedAnswer(card: Card, fact: Fact): DeckWarning[] {
	if (card.kind !== 'typed' || numberOf(card.answer) !== undefined) {
		return [];
	}
	const words = fold(card.answer)
		.split(' ')
		.filter((word) => word !== '' && !FILLER.has(word));
	const long =
		words.length > TYPED_MAX_WORDS ||
		card.answer.length > TYPED_MAX_LENGTH ||
		/[,;:]/.test(card.answer);
	return long
		? [
				{
					kind: 'long-typed-answer',
					factId: fact.id,
					cardId: card.id,
					field: fieldHolding(fact, card.answer),
					text: card.answer
				}
			]
		: [];
}

/** "?." "!." ".." ". ?" ",." in what the compiler writes: a fact text that ends in punctuation. */
const DOUBLED = /(?<!\.)[.?!;:,][\s\u00a0\u202f]?[.?!](?!\.)/u;
const ENDS_IN_PUNCTUATION = /[.,;:!?…]$/u;
/** "D.C.", "U.S.A.": an abbreviation ends in a full stop by right. */
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;

function answerPunctuation(card: Card, fact: Fact): DeckWarning[] {
	// A true/false card's answer is its statement and an order card's its items: sentences.
	const answers =
		card.kind === 'truefalse' || card.kind === 'order'
			? []
			: [
					card.answer,
					...(card.kind === 'choice' || card.kind === 'odd-one-out' ? card.choices : [])
				];
	const ending = answers
		.map((text) => text.trim())
		.find((text) => ENDS_IN_PUNCTUATION.test(text) && !ABBREVIATION.test(text));
	const doubled = [card.prompt, card.explanation, card.answer].find((t) => DOUBLED.test(t));
	if (ending === undefined && doubled === undefined) {
		return [];
	}
	const cut = doubled === undefined ? undefined : DOUBLED.exec(doubled);
	const text =
		ending ?? (doubled as string).slice(Math.max(0, (cut?.index ?? 0) - 30), (cut?.index ?? 0) + 2);
	return [
		{
			kind: 'answer-punctuation',
			factId: fact.id,
			cardId: card.id,
			field: fieldHolding(fact, text),
			text
		}
	];
}

/** Names that go into sentences, with the field they are in. */
function namesOf(fact: Fact): { field: string; name: string }[] {
	switch (fact.kind) {
		case 'resource':
			return fact.holders.map((name) => ({ field: 'holders', name }));
		case 'place':
			return [{ field: 'country', name: fact.country }];
		case 'person':
			return [
				...(fact.country ? [{ field: 'country', name: fact.country }] : []),
				...(fact.organisation ? [{ field: 'organisation', name: fact.organisation }] : [])
			];
		case 'group':
			return [{ field: 'name', name: fact.name }];
		default:
			return [];
	}
}

/** Every warning of a compiled deck, card by card in reading order, then name by name. */
export function deckWarnings(deck: CompiledDeck, options: WarningOptions = {}): DeckWarning[] {
	const facts = new Map(deck.facts.map((f) => [f.id, f]));
	const warnings: DeckWarning[] = [];
	for (const card of deck.cards) {
		const fact = facts.get(card.factId);
		if (!fact) {
			continue;
		}
		warnings.push(
			...tiedDistractors(card, fact, deck),
			...ambiguousDates(card, fact, deck),
			...answerInQuestion(card, fact),
			...outsideReferences(card, fact),
			...longTypedAnswer(card, fact),
			...answerPunctuation(card, fact)
		);
	}
	if (options.hasGrammar) {
		for (const fact of deck.facts) {
			for (const { field, name } of namesOf(fact)) {
				if (!options.hasGrammar(name, fact)) {
					warnings.push({ kind: 'name-without-grammar', factId: fact.id, field, text: name });
				}
			}
		}
	}
	return warnings;
}
