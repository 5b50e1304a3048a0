// Article text → suggested facts in the deck format, each with a confidence and the spans of the
// text it comes from. Pure: no DOM, no storage; the editor runs it in a Web Worker.
import type { Fact } from '../domain/facts';
import { ofCountry } from './data/countries';
import { dateText, findDates, type DateMention } from './dates';
import { findFigures } from './figures';
import { countryName, findMentions, type Mention } from './gazetteer';
import { detectLanguage } from './language';
import { findPeople, type Person } from './people';
import { findQuotes } from './quotes';
import { findGroups } from './groups';
import { asClause, fold, sentenceAt, slugId, splitSentences, type Sentence } from './text';
import type { ExtractOptions, ExtractResult, Lang, Span, Suggestion } from './types';

export type { ExtractOptions, ExtractResult, Lang, Span, Suggestion } from './types';

/** Where an article's own text ends: a "Sources" or "Références" heading on its own line. */
const BIBLIOGRAPHY =
	/^[ \t]*(?:Sources?|Références|Bibliographie|References|Further reading)[ \t]*:?[ \t]*$/im;
const USES =
	/(?<![\p{L}])(?:utilisée?s?|employée?s?|indispensables?|essentiel(?:le)?s?|vitale?s?|nécessaires?|sert|servent|servant|used|essential|vital|needed|crucial)\s+(?:à\s+la|à\s+l['’]|à|aux|au|dans\s+les|dans\s+la|dans\s+le|dans|pour|en|in|for|to)\s+[^,.;:()]{3,80}/iu;

class Ids {
	#taken = new Set<string>();
	take(base: string): string {
		let id = slugId(base);
		for (let n = 2; this.#taken.has(id); n++) {
			id = `${slugId(base).slice(0, 36)}-${n}`;
		}
		this.#taken.add(id);
		return id;
	}
}

/** The clause a date or figure sits in, without it: what the card asks about. */
function clauseWithout(sentence: Sentence, span: Span, replacement: string, max = 200): string {
	const relStart = span.start - sentence.start;
	const relEnd = span.end - sentence.start;
	let before = sentence.text.slice(0, relStart);
	let after = sentence.text.slice(relEnd);
	if (before.length + after.length > max) {
		// Keep the clauses next to the span.
		const cuts = [...before.matchAll(/[,;:—–]\s|\s[—–]\s/g)].map((m) => m.index + m[0].length);
		const from = cuts.reverse().find((c) => relStart - c >= 60) ?? 0;
		before = before.slice(from);
		const stop = [...after.matchAll(/[,;:—–]\s|\s[—–]\s/g)]
			.map((m) => m.index)
			.find((c) => c + before.length >= 80);
		after = stop !== undefined ? after.slice(0, stop) : after;
		if (before.length + after.length > max) {
			after = after.slice(0, Math.max(0, max - before.length)).replace(/\s+\S*$/, '');
		}
	}
	if (/,\s*$/.test(before) && /^\s*,/.test(after)) {
		before = before.replace(/,\s*$/, '');
		after = after.replace(/^\s*,/, '');
	}
	return `${before}${replacement}${after}`;
}

export function extractFacts(input: string, options: ExtractOptions = {}): ExtractResult {
	const cut = BIBLIOGRAPHY.exec(input);
	const text = cut ? input.slice(0, cut.index) : input;
	const detected = detectLanguage(text);
	const lang: Lang | 'other' = options.lang ?? detected;
	const source = options.source ?? 'article';
	const ids = new Ids();
	const folded = fold(text);
	const sentences = splitSentences(text);
	const reading: Lang = lang === 'other' ? 'en' : lang;
	const mentions = lang === 'other' ? [] : findMentions(text, folded);
	let dates = findDates(text, reading, options.date, folded);
	// A dateline ("Rabat, 18 septembre 2024 —") dates the article, and is no event.
	let articleDate = options.date;
	const datelines = new Set<DateMention>();
	for (const date of dates) {
		const sentence = sentenceAt(sentences, date.start);
		if (sentence && date.start < 400 && date.precision === 'day' && !date.yearGuessed) {
			const lead = text.slice(sentence.start, date.start);
			if (/^\p{Lu}[\p{L} '’-]{1,30},\s*$/u.test(lead) || lead.trim() === '') {
				const rest = text.slice(date.end, sentence.end);
				const dash = /^\s*(?:[—–-]\s*|$)/.exec(rest);
				if (dash) {
					articleDate ??= dateText(date);
					datelines.add(date);
					// What follows the dateline is the first sentence, on its own.
					sentence.start = date.end + dash[0].length;
					sentence.text = text.slice(sentence.start, sentence.end);
				}
			}
		}
	}
	if (articleDate && !options.date) {
		const kept = new Set([...datelines].map((d) => d.start));
		dates = findDates(text, reading, articleDate, folded);
		datelines.clear();
		dates.filter((d) => kept.has(d.start)).forEach((d) => datelines.add(d));
	}
	const people =
		lang === 'other'
			? { people: [], mentions: [], titleMentions: [] }
			: findPeople(text, sentences, mentions, lang);
	const suggestions: Suggestion[] = [];
	const personIds = new Map<Person, string>();
	const place = (sentence: Sentence) =>
		mentions.find(
			(m) => m.entity.type === 'place' && m.start >= sentence.start && m.end <= sentence.end
		);
	const nameOf = (m: Mention) =>
		m.entity.type === 'place' ? (reading === 'en' ? m.entity.name.en : m.entity.name.fr) : m.text;
	const keepCapital = (word: string) =>
		mentions.some(
			(m) =>
				m.text.split(/[\s'’]/)[0] === word &&
				m.entity.type !== 'mineral' &&
				(reading === 'en' || !(m.entity.type === 'country' && m.entity.demonym))
		) ||
		people.people.some((p) => p.name.split(/\s+/).includes(word)) ||
		(reading === 'en' && /^(?:I|President|Prime|Minister|King|Queen|Chancellor)$/.test(word));

	// People first: quotes and events refer to them.
	for (const person of people.people) {
		const id = ids.take(person.name);
		personIds.set(person, id);
		const variants = person.surname !== person.name ? [person.surname] : undefined;
		const fact: Fact = {
			kind: 'person',
			id,
			source,
			tags: [reading === 'fr' ? 'dirigeants' : 'leaders'],
			name: person.name,
			...(variants ? { variants } : {}),
			role: person.role,
			...(person.country ? { country: countryName(person.country, reading) } : {}),
			...(person.org && !person.country
				? { organisation: reading === 'en' ? person.org.en : person.org.fr }
				: {})
		};
		suggestions.push({
			fact,
			confidence: person.confidence,
			spans: person.spans,
			sentence: person.sentence
		});
	}

	// Events: each date tied to the sentence it is in.
	const eventKeys = new Set<string>();
	for (const date of dates) {
		const sentence = sentenceAt(sentences, date.start);
		const when = dateText(date);
		if (!sentence || sentence.caption || datelines.has(date) || !when) {
			continue;
		}
		// "en 2025 … au mois d'avril": the year alone adds nothing to the month of the same year.
		const finer = dates.some(
			(d) =>
				d !== date &&
				d.year === date.year &&
				d.precision !== 'year' &&
				date.precision === 'year' &&
				sentenceAt(sentences, d.start) === sentence
		);
		if (finer || eventKeys.has(`${when}@${sentence.index}`)) {
			continue;
		}
		let what = asClause(clauseWithout(sentence, date, ' '), keepCapital)
			.replace(/\s+(?:dernier|last)(?=[\s,.]|$)/u, '')
			.replace(/^(?:ainsi|finalement|cependant|puis|enfin|thus|then|finally)\s*,?\s+/iu, '');
		what = asClause(what, keepCapital);
		if (date.until) {
			what += reading === 'fr' ? ` (jusqu'en ${date.until})` : ` (until ${date.until})`;
		}
		if (what.split(/\s+/).length < 3) {
			continue;
		}
		eventKeys.add(`${when}@${sentence.index}`);
		const where = place(sentence);
		const who = people.mentions
			.filter((m) => m.span.start >= sentence.start && m.span.end <= sentence.end)
			.map((m) => personIds.get(m.person))
			.filter((id, i, all): id is string => !!id && all.indexOf(id) === i);
		const fact: Fact = {
			kind: 'event',
			id: ids.take(`${when}-${what.split(/\s+/).slice(0, 4).join('-')}`),
			source,
			tags: ['dates'],
			date: when,
			what,
			...(where ? { where: nameOf(where) } : {}),
			...(who.length ? { who } : {})
		};
		suggestions.push({
			fact,
			confidence: date.yearGuessed ? 0.55 : 0.8,
			spans: [
				{ start: date.start, end: date.end },
				{ start: sentence.start, end: sentence.end }
			],
			sentence: sentence.text,
			...(date.yearGuessed ? { uncertain: ['year'] } : {})
		});
	}

	// Figures.
	for (const figure of findFigures(text, reading, dates)) {
		const sentence = sentenceAt(sentences, figure.start);
		if (!sentence || sentence.caption) {
			continue;
		}
		const measures = asClause(clauseWithout(sentence, figure, ' … ', 160), keepCapital);
		if (measures.split(/\s+/).length < 3) {
			continue;
		}
		const fact: Fact = {
			kind: 'figure',
			id: ids.take(`${figure.value}-${figure.unit}`),
			source,
			tags: ['chiffres'],
			value: figure.value,
			...(figure.unit ? { unit: figure.unit } : {}),
			measures
		};
		suggestions.push({
			fact,
			confidence: 0.7,
			spans: [figure, { start: sentence.start, end: sentence.end }],
			sentence: sentence.text
		});
	}

	if (lang === 'other') {
		suggestions.push(...bareYears(text, sentences, source, ids));
	} else {
		suggestions.push(
			...resources(text, sentences, mentions, people.mentions, reading, source, ids)
		);
		suggestions.push(...places(text, sentences, mentions, reading, source, ids));
		for (const quote of findQuotes(text, sentences, people)) {
			const who = personIds.get(quote.speaker);
			const sentence = sentenceAt(sentences, quote.start);
			if (!who) {
				continue;
			}
			const fact: Fact = {
				kind: 'quote',
				id: ids.take(`citation-${quote.speaker.surname}`),
				source,
				tags: ['citations'],
				who,
				gist: quote.gist
			};
			suggestions.push({
				fact,
				confidence: quote.confidence,
				spans: [quote, ...quote.speaker.spans.slice(0, 1)],
				sentence: sentence?.text ?? quote.gist
			});
		}
		for (const group of findGroups(text, sentences, mentions, reading)) {
			const fact: Fact = {
				kind: 'group',
				id: ids.take(group.name),
				source,
				tags: [reading === 'fr' ? 'pays' : 'countries'],
				name: group.name,
				members: group.members
			};
			suggestions.push({
				fact,
				confidence: group.confidence,
				spans: group.spans,
				sentence: group.sentence
			});
		}
	}
	return { lang, suggestions, ...(articleDate ? { date: articleDate } : {}) };
}

/** In a language it cannot read, the years it can still see, each with its sentence. */
function bareYears(
	text: string,
	sentences: readonly Sentence[],
	source: string,
	ids: Ids
): Suggestion[] {
	const out: Suggestion[] = [];
	for (const match of text.matchAll(
		/(?<![\p{L}\d.,])(1[5-9]\d\d|20\d\d)(?![\p{L}\d]|\s*%|,\d)/gu
	)) {
		const sentence = sentenceAt(sentences, match.index);
		if (!sentence) {
			continue;
		}
		const what = sentence.text
			.replace(/\s+/g, ' ')
			.replace(/[.!?]+$/, '')
			.slice(0, 200);
		const fact: Fact = {
			kind: 'event',
			id: ids.take(`${match[1]}-${what.slice(0, 20)}`),
			source,
			tags: ['dates'],
			date: match[1] as string,
			what
		};
		out.push({
			fact,
			confidence: 0.3,
			spans: [{ start: match.index, end: match.index + 4 }],
			sentence: sentence.text
		});
	}
	return out;
}

function resources(
	text: string,
	sentences: readonly Sentence[],
	mentions: readonly Mention[],
	personMentions: { span: Span; person: Person }[],
	lang: Lang,
	source: string,
	ids: Ids
): Suggestion[] {
	const byMineral = new Map<string, Mention[]>();
	for (const m of mentions) {
		if (m.entity.type === 'mineral') {
			const k = m.entity.mineral.fr;
			byMineral.set(k, [...(byMineral.get(k) ?? []), m]);
		}
	}
	const out: Suggestion[] = [];
	for (const [, found] of byMineral) {
		const first = found[0] as Mention;
		if (first.entity.type !== 'mineral') {
			continue;
		}
		const mineral = first.entity.mineral;
		const score = new Map<string, number>();
		let uses: string | undefined;
		const seen = new Set<number>();
		for (const m of found) {
			const sentence = sentenceAt(sentences, m.start);
			if (!sentence || seen.has(sentence.index)) {
				continue;
			}
			seen.add(sentence.index);
			for (const c of mentions) {
				if (c.start < sentence.start || c.end > sentence.end || c.entity.type !== 'country') {
					continue;
				}
				// "exportations … vers les États-Unis": where it goes, not who has it.
				const lead = text.slice(Math.max(sentence.start, c.start - 30), c.start);
				if (
					/(?:\bvers|\bto|\binto|dépendance(?:\s+\p{L}+)?\s+(?:des|du|de\s+la|de\s+l['’])|dependence\s+of)\s*(?:les?\s+|la\s+|l['’]|the\s+)?$/iu.test(
						lead
					)
				) {
					continue;
				}
				// "Japan imports … from China": the importer does not hold it.
				if (
					/^\s+(?:imports?|importe|importent|dépend|dépendent|depends)\b/iu.test(
						text.slice(c.end, c.end + 14)
					)
				) {
					continue;
				}
				const name = countryName(c.entity.country, lang);
				score.set(name, (score.get(name) ?? 0) + (c.entity.demonym ? 0.5 : 1));
			}
			if (/\b(?:son pays|its country|his country|her country)\b/iu.test(sentence.text)) {
				for (const pm of personMentions) {
					if (pm.span.start >= sentence.start && pm.span.end <= sentence.end && pm.person.country) {
						const name = countryName(pm.person.country, lang);
						score.set(name, (score.get(name) ?? 0) + 2);
					}
				}
			}
			const use = USES.exec(text.slice(m.end, sentence.end));
			const between = use ? { start: m.end, end: m.end + use.index } : undefined;
			const otherMineral =
				between &&
				mentions.some(
					(o) =>
						o.entity.type === 'mineral' &&
						o !== m &&
						o.start >= between.start &&
						o.start < between.end
				);
			if (use && !otherMineral) {
				uses ??= use[0].trim();
			}
		}
		const best = Math.max(0, ...score.values());
		const holders = [...score.entries()]
			.filter(([, s]) => s > best / 2)
			.sort((a, b) => b[1] - a[1])
			.slice(0, 3)
			.map(([name]) => name);
		if (holders.length === 0) {
			continue;
		}
		const name = lang === 'en' ? mineral.en : mineral.fr;
		const fact: Fact = {
			kind: 'resource',
			id: ids.take(name),
			source,
			tags: [lang === 'fr' ? 'minerais' : 'minerals'],
			name,
			holders,
			...(uses ? { uses } : {})
		};
		const sentence = sentenceAt(sentences, first.start);
		out.push({
			fact,
			confidence: holders.length === 1 ? 0.7 : 0.55,
			spans: found.map((m) => ({ start: m.start, end: m.end })),
			sentence: sentence?.text ?? ''
		});
	}
	return out;
}

function places(
	text: string,
	sentences: readonly Sentence[],
	mentions: readonly Mention[],
	lang: Lang,
	source: string,
	ids: Ids
): Suggestion[] {
	const byName = new Map<string, Mention[]>();
	for (const m of mentions) {
		if (m.entity.type === 'place') {
			const k = m.entity.name.fr;
			byName.set(k, [...(byName.get(k) ?? []), m]);
		}
	}
	const out: Suggestion[] = [];
	for (const [, found] of byName) {
		const first = found[0] as Mention;
		if (first.entity.type !== 'place') {
			continue;
		}
		const { name, country, placeKind } = first.entity;
		const own = lang === 'en' ? name.en : name.fr;
		const other = lang === 'en' ? name.fr : name.en;
		const countryText = countryName(country, lang);
		const fact: Fact = {
			kind: 'place',
			id: ids.take(own),
			source,
			tags: [lang === 'fr' ? 'pays' : 'places'],
			name: own,
			...(other !== own ? { variants: [other] } : {}),
			placeKind,
			country: countryText,
			...(placeKind === 'capital'
				? {
						note:
							lang === 'fr'
								? `capitale ${ofCountry(country)}`
								: `capital of ${/^(?:United|Democratic|Czech)/.test(country.en) || country.plural ? 'the ' : ''}${countryText}`
					}
				: {})
		};
		const sentence = sentenceAt(sentences, first.start);
		out.push({
			fact,
			confidence: placeKind === 'capital' ? 0.8 : 0.7,
			spans: found.map((m) => ({ start: m.start, end: m.end })),
			sentence: sentence?.text ?? ''
		});
	}
	return out;
}
