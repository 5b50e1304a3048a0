// Figures: a number with its unit ("97 %", "plus de 20 millions de tonnes", "25 km²", "18 mois",
// "3 000 milliards de dollars", "1,5", "$2 billion"), French and English number formats, and
// small numbers written in words before a unit ("dix-huit mois").
import type { Lang, Span } from './types';

export interface FigureMention extends Span {
	value: number;
	unit: string;
}

const UNITS_FR = [
	'%',
	'pour cent',
	'km²',
	'km2',
	'kilomètres carrés',
	'kilomètres',
	'km',
	'mètres cubes',
	'm³',
	'mètres',
	'hectares',
	'tonnes',
	'barils',
	'habitants',
	'personnes',
	'emplois',
	'salariés',
	'soldats',
	'morts',
	'victimes',
	'réfugiés',
	'dollars',
	'euros',
	'yuans',
	'roubles',
	'livres sterling',
	'francs CFA',
	'yens',
	'roupies',
	'mois',
	'ans',
	'années',
	'jours',
	'semaines',
	'heures',
	'MW',
	'GW',
	'TWh',
	'kWh',
	'mégawatts',
	'gigawatts',
	'milliers',
	'sièges',
	'voix'
];
const UNITS_EN = [
	'%',
	'percent',
	'per cent',
	'square kilometres',
	'square kilometers',
	'km²',
	'km',
	'kilometres',
	'kilometers',
	'miles',
	'hectares',
	'tonnes',
	'tons',
	'barrels',
	'people',
	'inhabitants',
	'jobs',
	'troops',
	'dollars',
	'euros',
	'yuan',
	'months',
	'years',
	'days',
	'weeks',
	'hours',
	'MW',
	'GW',
	'TWh',
	'seats',
	'votes'
];
const SCALES: Record<string, number> = {
	mille: 1e3,
	millier: 1e3,
	milliers: 1e3,
	million: 1e6,
	millions: 1e6,
	milliard: 1e9,
	milliards: 1e9,
	thousand: 1e3,
	billion: 1e9,
	billions: 1e9,
	trillion: 1e12,
	trillions: 1e12
};
const WORD_NUMBERS: Record<string, number> = {
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	six: 6,
	sept: 7,
	huit: 8,
	neuf: 9,
	dix: 10,
	onze: 11,
	douze: 12,
	treize: 13,
	quatorze: 14,
	quinze: 15,
	seize: 16,
	'dix-sept': 17,
	'dix-huit': 18,
	'dix-neuf': 19,
	vingt: 20,
	trente: 30,
	quarante: 40,
	cinquante: 50,
	soixante: 60,
	cent: 100,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six_: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	eighteen: 18,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	hundred: 100
};

const alternation = (words: readonly string[]) =>
	[...words]
		.sort((a, b) => b.length - a.length)
		.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
		.join('|');

const SPACE = '[ \\u00a0\\u202f\\u2009]';
const NUMBER = {
	fr: `\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?`,
	en: `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`
};
const CURRENCY_BEFORE = { $: 'dollars', '€': 'euros', '£': 'livres sterling' } as Record<
	string,
	string
>;

function patterns(lang: Lang): RegExp {
	const units = alternation(lang === 'en' ? UNITS_EN : UNITS_FR);
	const scales = alternation(Object.keys(SCALES));
	const words = alternation(Object.keys(WORD_NUMBERS).map((w) => w.replace(/_$/, '')));
	const of = lang === 'en' ? '' : "(?:\\s+(?:de|d['’])\\s*)?";
	return new RegExp(
		`(?<![\\p{L}\\d,.+-])([$€£]\\s?)?(${NUMBER[lang]}|${words})(?:${SPACE}*(${scales}))?(?:${of}${SPACE}*(${units}))?(?![\\p{L}\\d]|\\.\\d|,\\d)`,
		'giu'
	);
}
const compiled = new Map<Lang, RegExp>();

function parseNumber(text: string, lang: Lang): number {
	const word = WORD_NUMBERS[text.toLowerCase()] ?? WORD_NUMBERS[`${text.toLowerCase()}_`];
	if (word !== undefined) {
		return word;
	}
	const digits =
		lang === 'fr'
			? text.replace(/[ \u00a0\u202f\u2009]/g, '').replace(',', '.')
			: text.replace(/,/g, '');
	return Number(digits);
}

/** Every number with a unit or a scale (a bare number is rarely worth a card). */
export function findFigures(text: string, lang: Lang, skip: readonly Span[]): FigureMention[] {
	let re = compiled.get(lang);
	if (!re) {
		re = patterns(lang);
		compiled.set(lang, re);
	}
	const found: FigureMention[] = [];
	for (const match of text.matchAll(re)) {
		const [whole, currency, number, scale, unit] = match;
		const isWord = /^\p{L}/u.test(number as string);
		if ((!unit && !scale && !currency) || (isWord && !unit)) {
			continue;
		}
		const start = match.index;
		const end = start + whole.trimEnd().length;
		if (skip.some((s) => start < s.end && s.start < end)) {
			continue;
		}
		const value = parseNumber(number as string, lang);
		if (!Number.isFinite(value)) {
			continue;
		}
		// A year alone before "ans" is an age or a duration; 1990 with no unit is a year.
		if (!unit && !currency && /^\d{4}$/.test(number as string)) {
			continue;
		}
		const parts = [
			scale?.toLowerCase(),
			unit ? (unit === 'km2' ? 'km²' : unit.replace(/\s+/g, ' ')) : undefined
		];
		if (currency) {
			parts.push(CURRENCY_BEFORE[currency.trim()]);
		}
		const written = parts.filter(Boolean).join(lang === 'fr' && scale && unit ? ' de ' : ' ');
		found.push({
			start,
			end,
			value,
			unit: written.replace(/ de ([aeiouéh])/i, " d'$1")
		});
	}
	return found;
}
