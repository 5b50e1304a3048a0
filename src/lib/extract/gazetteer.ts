// Finds the names the extractor knows (countries and their demonyms, organisations, cities and
// buildings, minerals) in a text, by looking up runs of up to five words in maps of folded names.
import { COUNTRIES, type Country } from './data/countries';
import { MINERALS, type Mineral } from './data/minerals';
import { ORGANISATIONS, type Organisation } from './data/organisations';
import { KNOWN_PLACES } from './data/places';
import { fold, key } from './text';
import type { Lang, Span } from './types';

export type PlaceKindFound = 'capital' | 'city' | 'building' | 'region';

export type Entity =
	| { type: 'country'; country: Country; demonym: boolean }
	| { type: 'org'; org: Organisation }
	| { type: 'place'; name: { fr: string; en: string }; country: Country; placeKind: PlaceKindFound }
	| { type: 'mineral'; mineral: Mineral };

export type Mention = Span & { entity: Entity; text: string };

interface Entry {
	entity: Entity;
	/** The exact spelling required (short all-capital acronyms), else a capital first letter. */
	exact?: string;
	capital: boolean;
}

const MAX_WORDS = 5;
const wordKey = (text: string) => key(text).replace(/'/g, ' ').replace(/\s+/g, ' ');

/** French demonyms, written in lower case: "argentine" is not "Argentine" (the country). */
const lowerDemonyms = new Map<string, Entry>();

function buildEntries(): Map<string, Entry> {
	const entries = new Map<string, Entry>();
	const add = (name: string, entry: Entry, override = false) => {
		const k = wordKey(name);
		if (k && (override || !entries.has(k))) {
			entries.set(k, /^[A-Z.]{2,5}$/.test(name) ? { ...entry, exact: name } : entry);
		}
	};
	const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));
	// Names first, then aliases, so that an alias never takes the place of a name.
	for (const country of COUNTRIES) {
		const entity: Entity = { type: 'country', country, demonym: false };
		add(country.fr, { entity, capital: true });
		add(country.en, { entity, capital: true });
	}
	for (const country of COUNTRIES) {
		const entity: Entity = { type: 'country', country, demonym: false };
		country.aliases.forEach((alias) => add(alias, { entity, capital: true }));
		const demonym: Entity = { type: 'country', country, demonym: true };
		for (const adjective of country.demonymFr) {
			for (const form of [adjective, /[sx]$/.test(adjective) ? adjective : `${adjective}s`]) {
				add(form, { entity: demonym, capital: false });
				lowerDemonyms.set(wordKey(form), { entity: demonym, capital: false });
			}
		}
		for (const adjective of country.demonymEn) {
			add(adjective, { entity: demonym, capital: true });
			add(`${adjective}s`, { entity: demonym, capital: true });
		}
	}
	for (const org of ORGANISATIONS) {
		const entity: Entity = { type: 'org', org };
		[org.fr, org.en, ...org.aliases].forEach((name) => add(name, { entity, capital: true }, true));
	}
	for (const country of COUNTRIES) {
		if (country.capital) {
			const entity: Entity = {
				type: 'place',
				name: country.capital,
				country,
				placeKind: 'capital'
			};
			add(country.capital.fr, { entity, capital: true });
			add(country.capital.en, { entity, capital: true });
		}
	}
	for (const place of KNOWN_PLACES) {
		const country = byCode.get(place.country);
		if (country) {
			const entity: Entity = { type: 'place', name: place, country, placeKind: place.kind };
			[place.fr, place.en, ...(place.variants ?? [])].forEach((name) =>
				add(name, { entity, capital: place.kind !== 'building' })
			);
		}
	}
	for (const mineral of MINERALS) {
		if (!mineral.patterns) {
			const entity: Entity = { type: 'mineral', mineral };
			add(mineral.fr, { entity, capital: false });
			add(mineral.en, { entity, capital: false });
		}
	}
	return entries;
}

let entries: Map<string, Entry> | undefined;
let firstWords: Set<string> | undefined;
const patternMinerals = MINERALS.filter((m) => m.patterns).map((mineral) => ({
	mineral,
	pattern: new RegExp(
		`(?<![\\p{L}\\d])(?:${(mineral.patterns ?? []).join('|')})(?![\\p{L}\\d])`,
		'gu'
	)
}));

/** Every known name in the text, longest first where two overlap. */
export function findMentions(text: string, folded = fold(text)): Mention[] {
	entries ??= buildEntries();
	firstWords ??= new Set(
		[...entries.keys(), ...lowerDemonyms.keys()].map((k) => k.split(' ')[0] as string)
	);
	const words: Span[] = [];
	for (const match of folded.matchAll(/[\p{L}\d.]+/gu)) {
		let word = match[0];
		let start = match.index;
		// A full stop ends a word unless it is part of an acronym ("U.S.").
		if (word.endsWith('.') && !/^(?:[a-z]\.)+$/.test(word)) {
			word = word.replace(/\.+$/, '');
		}
		if (word.startsWith('.')) {
			start += 1;
			word = word.slice(1);
		}
		if (word) {
			words.push({ start, end: start + word.length });
		}
	}
	const mentions: Mention[] = [];
	for (let i = 0; i < words.length; i++) {
		const head = words[i] as Span;
		if (!firstWords.has(folded.slice(head.start, head.end))) {
			continue;
		}
		for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
			const first = words[i] as Span;
			const last = words[i + n - 1] as Span;
			const k = folded.slice(first.start, last.end).replace(/'/g, ' ').replace(/\s+/g, ' ');
			const original = text.slice(first.start, last.end);
			const entry =
				(/^\p{Ll}/u.test(original) ? lowerDemonyms.get(k) : undefined) ?? entries.get(k);
			if (!entry) {
				continue;
			}
			if (entry.exact ? original !== entry.exact : entry.capital && !/^\p{Lu}/u.test(original)) {
				continue;
			}
			mentions.push({ start: first.start, end: last.end, entity: entry.entity, text: original });
			i += n - 1;
			break;
		}
	}
	for (const { mineral, pattern } of patternMinerals) {
		for (const match of folded.matchAll(pattern)) {
			const start = match.index;
			const end = start + match[0].length;
			if (!mentions.some((m) => m.start < end && start < m.end)) {
				mentions.push({
					start,
					end,
					entity: { type: 'mineral', mineral },
					text: text.slice(start, end)
				});
			}
		}
	}
	return mentions.sort((a, b) => a.start - b.start);
}

export const countryName = (country: Country, lang: Lang) =>
	lang === 'en' ? country.en : country.fr;
