// Date expressions at every precision the press uses: "13 mars 2025", "le 13 mars", "mercredi 2
// avril", "en juin 2025", "en octobre", "l'automne 2022", "depuis 1992", "entre 2019 et 2022", and
// their English forms. Day dates come from chrono-node (its French and English parsers); what it
// does not read (months, seasons, years, ranges) is read here. A date without its year takes the
// article's, else the nearest date that has one, and says so (`yearGuessed`).
import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import { MONTHS_EN, MONTHS_FR, MONTH_VARIANTS_FR, SEASONS_EN, SEASONS_FR } from './data/time';
import { fold } from './text';
import type { Lang, Span } from './types';

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention extends Span {
	year?: number;
	month?: number;
	day?: number;
	precision: DatePrecision;
	/** The year was not written: taken from the article's date or the nearest full date. */
	yearGuessed: boolean;
	/** "entre 2019 et 2022": the last year of the range. */
	until?: number;
	/** "l'automne 2022": the season, kept for the event's wording. */
	season?: string;
	/** "en octobre dernier", "last October": the most recent one before the article. */
	past?: boolean;
	/** "depuis 1992", "since 1992". */
	since?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The deck format's date string: "2025", "2025-04" or "2025-04-02". */
export function dateText(date: DateMention): string | undefined {
	if (date.year === undefined) {
		return undefined;
	}
	if (date.precision === 'year' || date.month === undefined) {
		return String(date.year);
	}
	if (date.precision === 'month' || date.day === undefined) {
		return `${date.year}-${pad(date.month)}`;
	}
	return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

const MONTH_NUMBER = new Map<string, number>([
	...MONTHS_FR.map((m, i) => [fold(m), i + 1] as const),
	...MONTHS_EN.map((m, i) => [fold(m), i + 1] as const),
	...Object.entries(MONTH_VARIANTS_FR)
]);
const MONTH_WORDS = [...MONTH_NUMBER.keys()].join('|');
const SEASON_WORDS = [...Object.keys(SEASONS_FR), ...Object.keys(SEASONS_EN)].map(fold).join('|');
const YEAR = '(1[5-9]\\d\\d|20\\d\\d|2100)';
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
const NOT_A_QUANTITY =
	'(?!\\s*(?:%|\\d|,\\d|km|tonnes|dollars|euros|habitants|millions|milliards))';

/** Patterns over the folded text (lower case, no accents, "-" as a space). */
const PATTERNS: {
	re: RegExp;
	read: (m: RegExpExecArray) => Omit<DateMention, keyof Span | 'yearGuessed'>;
}[] = [
	{
		// entre 2019 et 2022, between 2019 and 2022, de 2019 a 2022, from 2019 to 2022
		re: new RegExp(
			`${B}(?:entre|between|de|from)\\s+${YEAR}\\s+(?:et|and|a|to|until)\\s+${YEAR}${E}`,
			'gu'
		),
		read: (m) => ({ year: Number(m[1]), until: Number(m[2]), precision: 'year' })
	},
	{
		// l'automne 2022, au printemps 2024, in the autumn of 2022, spring 2024
		re: new RegExp(
			`${B}(?:(?:a|au|en|des|depuis|in|during|since|by)\\s+)?(?:l'|le\\s+|the\\s+)?(${SEASON_WORDS})\\s+(?:de\\s+|of\\s+)?${YEAR}${E}`,
			'gu'
		),
		read: (m) => ({ year: Number(m[2]), season: m[1], precision: 'year' })
	},
	{
		// en juin 2025, au mois de juin 2025, September 2024, in September 2024
		re: new RegExp(
			`${B}(?:(?:en|au mois d'|au mois de|d'ici|des|depuis|fin|debut|mi|jusqu'en|in|by|since|from|until|early|late|mid)\\s*)?(${MONTH_WORDS})\\s+(?:of\\s+)?${YEAR}${E}`,
			'gu'
		),
		read: (m) => ({
			year: Number(m[2]),
			month: MONTH_NUMBER.get(m[1] as string),
			precision: 'month'
		})
	},
	{
		// en octobre, au mois d'avril, en octobre dernier, in October, last October
		re: new RegExp(
			`${B}(?:(?:(?:en|au mois d'|au mois de|des|depuis|fin|debut|mi|in|since|until|early|late|mid)\\s*)(${MONTH_WORDS})(?:\\s+(dernier|prochain))?|(?:last|next)\\s+(${MONTH_WORDS}))${E}(?!\\s+\\d)`,
			'gu'
		),
		read: (m) => ({
			month: MONTH_NUMBER.get((m[1] ?? m[3]) as string),
			past: m[2] === 'dernier' || (m[3] !== undefined && m[0].startsWith('last')),
			precision: 'month'
		})
	},
	{
		// depuis 1992, en 2025, d'ici 2030, since 1992, in 2019, by 2030
		re: new RegExp(
			`${B}(depuis|des|en|d'ici|jusqu'en|avant|apres|in|since|by|until|before|after|during)\\s+(?:l'an(?:nee)?\\s+|the\\s+year\\s+)?${YEAR}${E}${NOT_A_QUANTITY}`,
			'gu'
		),
		read: (m) => ({
			year: Number(m[2]),
			since: m[1] === 'depuis' || m[1] === 'since',
			precision: 'year'
		})
	}
];

const overlaps = (a: Span, list: readonly Span[]) =>
	list.some((b) => a.start < b.end && b.start < a.end);

/** Day dates from chrono-node, with their year only when written. */
function dayDates(text: string, lang: Lang): DateMention[] {
	const parser = lang === 'en' ? chronoEn : chronoFr;
	const found: DateMention[] = [];
	for (const result of parser.parse(text, new Date(2000, 0, 1))) {
		const { start } = result;
		const written = result.text;
		// chrono also reads "hier", "à 10h", "dans 18 mois": keep dates with a day and a month.
		if (!start.isCertain('day') || !start.isCertain('month') || !/\d/.test(written)) {
			continue;
		}
		if (
			!new RegExp(MONTH_WORDS, 'u').test(fold(written)) &&
			!/\d{1,2}[./]\d{1,2}[./]\d{4}/.test(written)
		) {
			continue;
		}
		let begin = result.index;
		const lead = /(?:\b(?:le|du|au|on|the|dès|depuis|since|by)\s+)$/i.exec(
			text.slice(Math.max(0, begin - 8), begin)
		);
		if (lead) {
			begin -= lead[0].length;
		}
		const rest = /^\s+(?:dernier|last)\b/i.exec(text.slice(result.index + written.length));
		found.push({
			start: begin,
			end: result.index + written.length + (rest?.[0].length ?? 0),
			day: start.get('day') ?? undefined,
			month: start.get('month') ?? undefined,
			year: start.isCertain('year') ? (start.get('year') ?? undefined) : undefined,
			precision: 'day',
			yearGuessed: false,
			past: rest !== null
		});
	}
	return found;
}

function parseArticleDate(date: string | undefined) {
	const match = date ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date) : null;
	return match
		? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3] ?? 1) }
		: undefined;
}

/** Every date expression of the text, in order, each with a year when one can be found. */
export function findDates(
	text: string,
	lang: Lang,
	articleDate?: string,
	folded = fold(text)
): DateMention[] {
	const dates = dayDates(text, lang);
	for (const { re, read } of PATTERNS) {
		for (const match of folded.matchAll(re)) {
			const span = { start: match.index, end: match.index + match[0].length };
			if (!overlaps(span, dates)) {
				dates.push({ ...span, ...read(match as RegExpExecArray), yearGuessed: false });
			}
		}
	}
	dates.sort((a, b) => a.start - b.start);
	const article = parseArticleDate(articleDate);
	const withYear = dates.filter((d) => d.year !== undefined);
	for (const date of dates) {
		if (date.year !== undefined) {
			continue;
		}
		date.yearGuessed = true;
		if (article) {
			date.year = article.year;
			const after =
				(date.month ?? 0) > article.month ||
				(date.month === article.month && (date.day ?? 0) > article.day);
			if (date.past && after) {
				date.year -= 1;
			}
			continue;
		}
		// The nearest date that has its year, preferring one before (the press writes the full
		// date first, then "le 6 novembre").
		let best: DateMention | undefined;
		let bestDistance = Infinity;
		for (const other of withYear) {
			const distance =
				other.start < date.start ? date.start - other.end : (other.start - date.end) * 1.5;
			if (distance < bestDistance) {
				best = other;
				bestDistance = distance;
			}
		}
		date.year = best?.year;
	}
	return dates.filter((d) => d.year !== undefined);
}
