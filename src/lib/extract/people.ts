// People: a title with its country or organisation next to a name, either way round ("le
// président kazakh Kassym-Jomart Tokaïev", "Sadyr Japarov, président du Kirghizistan",
// "Australian Prime Minister Anthony Albanese"), merged with their later mentions ("M. Japarov",
// "Tokaïev") into one person each.
import { ofCountry, type Country } from './data/countries';
import type { Organisation } from './data/organisations';
import { COURTESY, TITLES, type Title } from './data/roles';
import type { Mention } from './gazetteer';
import { escapeRegExp, fold, sentenceAt, type Sentence } from './text';
import type { Lang, Span } from './types';

export interface Person {
	key: string;
	name: string;
	surname: string;
	role: string;
	country?: Country;
	org?: Organisation;
	confidence: number;
	/** Where the person is introduced with a role, then every later mention. */
	spans: Span[];
	sentence: string;
	/** The title alone ("président"), for a counterpart's role and for "le président" later. */
	title: string;
	/** The role without its country, for "son homologue": "ministre des Affaires étrangères". */
	roleBase: string;
}

const WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}'’]+)*";
const PARTICLES = '(?:von|van|der|den|de|da|di|dos|das|del|bin|ben|ibn|al|el|ter)';
const NAME = `${WORD}(?:\\s+(?:${PARTICLES}\\s+){0,2}${WORD}){0,3}`;
const NOT_NAMES = new Set(
	[
		'le',
		'la',
		'les',
		'l',
		'un',
		'une',
		'ce',
		'cette',
		'ces',
		'son',
		'sa',
		'ses',
		'leur',
		'the',
		'a',
		'an',
		'this',
		'his',
		'her',
		'their',
		'il',
		'elle',
		'he',
		'she',
		'mais',
		'et',
		'or',
		'and',
		'but',
		'selon',
		'pour',
		'lors',
		'depuis',
		'after',
		'on',
		'in',
		'en',
		'au',
		'aux',
		'à',
		'de',
		'du',
		'des'
	].map(fold)
);
const QUALIFIERS_FR = [
	'fédéral',
	'fédérale',
	'européen',
	'européenne',
	'intérimaire',
	'sortant',
	'sortante',
	'élu',
	'élue',
	'adjoint',
	'adjointe',
	'délégué',
	'déléguée',
	'actuel',
	'actuelle',
	'nouveau',
	'nouvelle'
];

/** A title matched whatever the case of each word's first letter. */
function flexible(text: string): string {
	return text
		.split(' ')
		.map(
			(word) => `[${word[0]?.toUpperCase()}${word[0]?.toLowerCase()}]${escapeRegExp(word.slice(1))}`
		)
		.join('\\s+');
}

let titleRe: Map<Lang, RegExp> | undefined;
function titlePattern(lang: Lang): RegExp {
	titleRe ??= new Map(
		(['fr', 'en'] as const).map((l) => [
			l,
			new RegExp(
				`(?<![\\p{L}\\d])(?:${TITLES.filter((t) => t.lang === l)
					.map((t) => flexible(t.text))
					.join('|')})(?![\\p{L}\\d'’-])`,
				'gu'
			)
		])
	);
	return titleRe.get(lang) as RegExp;
}
const titleOf = (text: string, lang: Lang): Title | undefined =>
	TITLES.find((t) => t.lang === lang && fold(t.text) === fold(text).replace(/\s+/g, ' '));

function cleanName(
	raw: string,
	mentionsAt: (start: number) => Mention | undefined,
	start: number
): string {
	const words = raw.split(/\s+/);
	let offset = start;
	const kept: string[] = [];
	for (const word of words) {
		const at = raw.indexOf(word, offset - start) + start;
		offset = at + word.length;
		if (mentionsAt(at) || /^\p{Lu}{2,}$/u.test(word)) {
			break;
		}
		kept.push(word);
	}
	while (kept.length > 0 && new RegExp(`^${PARTICLES}$`).test(kept[kept.length - 1] as string)) {
		kept.pop();
	}
	return kept.join(' ');
}

function titleCase(title: string, lang: Lang): string {
	if (lang === 'en') {
		return title;
	}
	const lower = title.toLowerCase();
	return /^premi[eè]re? ministre/.test(lower) ? lower[0]?.toUpperCase() + lower.slice(1) : lower;
}

function countryPhrase(country: Country, lang: Lang): string {
	if (lang === 'fr') {
		return ofCountry(country);
	}
	const the =
		country.plural || /^(United|Democratic|Czech|Central African|Dominican)/.test(country.en);
	return `of ${the ? 'the ' : ''}${country.en}`;
}

interface RoleRead {
	end: number;
	country?: Country;
	org?: Organisation;
	orgPhrase?: string;
	parts: string[];
}

/** Reads what follows a title: qualifiers, then "de/du/des/à…" complements. */
function readRole(
	text: string,
	from: number,
	lang: Lang,
	mentionAt: (start: number) => Mention | undefined
): RoleRead {
	const read: RoleRead = { end: from, parts: [] };
	const demonymOrQualifier = new RegExp(`^\\s+(\\p{Ll}[\\p{Ll}'’-]+)`, 'u');
	for (let i = 0; i < 3; i++) {
		const match = demonymOrQualifier.exec(text.slice(read.end, read.end + 40));
		if (!match) {
			break;
		}
		const at = read.end + match[0].length - (match[1] as string).length;
		const mention = mentionAt(at);
		if (mention?.entity.type === 'country' && mention.entity.demonym) {
			read.country ??= mention.entity.country;
			read.end = mention.end;
		} else if (QUALIFIERS_FR.includes(match[1] as string)) {
			if (/^européen/.test(match[1] as string)) {
				read.org ??= { fr: 'Union européenne', en: 'European Union', aliases: [] };
			}
			read.parts.push(match[1] as string);
			read.end += match[0].length;
		} else {
			break;
		}
	}
	const preposition =
		lang === 'fr'
			? /^\s+(de la|de l['’]|du|des|de|d['’]|à la|à l['’]|au|aux)\s*/u
			: /^\s+(of the|of|for)\s+/u;
	for (let i = 0; i < 2; i++) {
		const prep = preposition.exec(text.slice(read.end, read.end + 12));
		if (!prep) {
			break;
		}
		const at = read.end + prep[0].length;
		const mention = mentionAt(at);
		if (mention?.entity.type === 'country' && !mention.entity.demonym && !read.country) {
			read.country = mention.entity.country;
			read.end = mention.end;
			continue;
		}
		if (mention?.entity.type === 'org' && !read.country) {
			read.org = mention.entity.org;
			read.orgPhrase = text.slice(read.end, mention.end).trim();
			read.end = mention.end;
			continue;
		}
		const phrase = new RegExp(
			`^${WORD}(?:\\s+\\p{Ll}+(?:ères?|ées?|ales?|aux|iennes?|aines?|iques?|elles?|éennes?|éens?|enne|aises?|oises?|unis|unies|eure|ieur|ieure|ior))*`,
			'u'
		).exec(text.slice(at, at + 60));
		if (!phrase || mentionAt(at)) {
			break;
		}
		read.parts.push(text.slice(read.end, at + phrase[0].length).trim());
		read.end = at + phrase[0].length;
	}
	return read;
}

export interface PeopleFound {
	people: Person[];
	/** A person's id for an offset where they are mentioned (name, surname, "M. X"). */
	mentions: { span: Span; person: Person }[];
	/** "le président américain" with no name: for quotes and events, the person it most likely is. */
	titleMentions: { span: Span; title: string; country?: Country }[];
}

export function findPeople(
	text: string,
	sentences: readonly Sentence[],
	mentions: readonly Mention[],
	lang: Lang
): PeopleFound {
	const byStart = new Map(mentions.map((m) => [m.start, m]));
	const mentionAt = (start: number) => byStart.get(start);
	const people = new Map<string, Person>();
	const titleMentions: PeopleFound['titleMentions'] = [];
	const nameAfter = new RegExp(`^,?\\s*(${NAME})`, 'u');
	const nameBefore = new RegExp(`(${NAME}),\\s*(?:(?:le|la|l['’]|the)\\s*)?$`, 'u');
	const countryBefore = new RegExp(`(?:'s|’s)?\\s+$`, 'u');
	let previous: Person | undefined;
	for (const match of text.matchAll(titlePattern(lang))) {
		const title = titleOf(match[0], lang);
		if (!title) {
			continue;
		}
		const sentence = sentenceAt(sentences, match.index);
		let role = readRole(text, match.index + match[0].length, lang, mentionAt);
		// English puts the country first: "Australian Prime Minister", "Japan's foreign minister".
		if (lang === 'en' && !role.country) {
			const before = text.slice(Math.max(0, match.index - 40), match.index);
			const tail = countryBefore.exec(before);
			const startOfTail = match.index - (tail?.[0].length ?? 0);
			const m = mentions.find((x) => x.end === startOfTail);
			if (m?.entity.type === 'country') {
				role = { ...role, country: m.entity.country };
			}
		}
		const after = nameAfter.exec(text.slice(role.end, role.end + 80));
		let name: string | undefined;
		let nameStart = 0;
		let introduced: Span;
		if (after && !NOT_NAMES.has(fold((after[1] as string).split(/\s/)[0] as string))) {
			nameStart = role.end + after[0].length - (after[1] as string).length;
			name = cleanName(after[1] as string, mentionAt, nameStart);
			introduced = { start: match.index, end: nameStart + name.length };
		} else {
			const before = nameBefore.exec(text.slice(Math.max(0, match.index - 80), match.index));
			const candidate = before?.[1];
			if (
				candidate &&
				candidate.split(/\s+/).length >= 2 &&
				!NOT_NAMES.has(fold(candidate.split(/\s/)[0] as string))
			) {
				nameStart = match.index - (before?.[0].length ?? 0);
				name = cleanName(candidate, mentionAt, nameStart);
				introduced = { start: nameStart, end: role.end };
			} else {
				introduced = { start: match.index, end: role.end };
			}
		}
		if (!name || mentionAt(nameStart) || !/^\p{Lu}/u.test(name)) {
			titleMentions.push({ span: introduced, title: fold(match[0]), country: role.country });
			continue;
		}
		let confidence = 0.9;
		let country = role.country;
		const org =
			role.org ??
			(/europe/.test(fold(match[0]))
				? { fr: 'Union européenne', en: 'European Union', aliases: [] }
				: undefined);
		let base = [titleCase(match[0], lang), ...role.parts].join(' ');
		if (title.counterpart) {
			const model = previous && previous.key !== fold(name) ? previous : undefined;
			base = model ? model.roleBase : lang === 'fr' ? 'dirigeant' : 'leader';
			confidence = model ? 0.75 : 0.5;
		}
		if (!country && !org && sentence) {
			// No country next to the title: the country of the sentence, if it names one.
			const near = mentions.find(
				(m) =>
					m.start >= sentence.start &&
					m.end <= sentence.end &&
					(m.entity.type === 'country' || m.entity.type === 'place')
			);
			if (near?.entity.type === 'country' || near?.entity.type === 'place') {
				country = near.entity.country;
				confidence = 0.6;
			}
		}
		if (!country && !org) {
			continue;
		}
		if (title.weak && !title.counterpart) {
			confidence -= 0.2;
		}
		const roleText = country
			? `${base} ${countryPhrase(country, lang)}`
			: role.orgPhrase && !base.includes(role.orgPhrase)
				? `${base} ${role.orgPhrase}`
				: base;
		const words = name.split(/\s+/);
		const person: Person = {
			key: fold(name),
			name,
			surname: words[words.length - 1] as string,
			role: roleText,
			country,
			org: country ? undefined : org,
			confidence,
			spans: [introduced],
			sentence: sentence?.text ?? '',
			title: fold(title.text),
			roleBase: base
		};
		const same = [...people.values()].find(
			(p) =>
				p.key === person.key ||
				(words.length === 1 && fold(p.surname) === person.key) ||
				(p.name.split(/\s+/).length === 1 && fold(person.surname) === p.key)
		);
		if (!same) {
			people.set(person.key, person);
			previous = person;
		} else {
			if (person.name.length > same.name.length) {
				same.name = person.name;
				same.key = person.key;
				same.surname = person.surname;
			}
			if (person.confidence > same.confidence) {
				Object.assign(same, {
					role: person.role,
					country: person.country,
					org: person.org,
					confidence: person.confidence,
					title: person.title,
					roleBase: person.roleBase
				});
			}
			same.spans.push(introduced);
			previous = same;
		}
	}
	const list = [...people.values()];
	return { people: list, mentions: laterMentions(text, list), titleMentions };
}

/** Every place a person is named: full name, surname alone, "M. Surname". */
function laterMentions(text: string, people: readonly Person[]): PeopleFound['mentions'] {
	const found: PeopleFound['mentions'] = [];
	const surnameCount = new Map<string, number>();
	for (const p of people) {
		surnameCount.set(p.surname, (surnameCount.get(p.surname) ?? 0) + 1);
	}
	const courtesy = COURTESY.map(escapeRegExp).join('|');
	for (const person of people) {
		const forms = [escapeRegExp(person.name)];
		if (
			person.surname !== person.name &&
			surnameCount.get(person.surname) === 1 &&
			person.surname.length > 2
		) {
			forms.push(`(?:(?:${courtesy})\\s+)?${escapeRegExp(person.surname)}`);
		}
		const re = new RegExp(`(?<![\\p{L}\\d-])(?:${forms.join('|')})(?![\\p{L}\\d-])`, 'gu');
		for (const match of text.matchAll(re)) {
			const span = { start: match.index, end: match.index + match[0].length };
			found.push({ span, person });
			if (!person.spans.some((s) => s.start <= span.start && span.end <= s.end)) {
				person.spans.push(span);
			}
		}
	}
	for (const person of people) {
		person.spans.sort((a, b) => a.start - b.start);
	}
	return found.sort((a, b) => a.span.start - b.span.start);
}
