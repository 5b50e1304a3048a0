// Dates of facts, with their precision (year, month or day), as teachers write them: "2025-11-06".

export type DatePrecision = 'year' | 'month' | 'day';

export interface FactDate {
	year: number;
	month?: number;
	day?: number;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; undefined when it is not a real calendar date. */
export function parseFactDate(text: string): FactDate | undefined {
	const match = DATE_PATTERN.exec(text);
	if (!match) {
		return undefined;
	}
	const year = Number(match[1]);
	const month = match[2] === undefined ? undefined : Number(match[2]);
	const day = match[3] === undefined ? undefined : Number(match[3]);
	if (month !== undefined && (month < 1 || month > 12)) {
		return undefined;
	}
	if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) {
		return undefined;
	}
	return { year, month, day };
}

export function isFactDate(text: string): boolean {
	return parseFactDate(text) !== undefined;
}

export function precisionOf(date: FactDate): DatePrecision {
	return date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2025-11-06" for a day, "2025-11" for a month, "2025" for a year. */
export function factDateKey(date: FactDate): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	if (date.month === undefined) {
		return String(date.year);
	}
	if (date.day === undefined) {
		return `${date.year}-${pad(date.month)}`;
	}
	return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Orders dates by their first moment; a year sorts before its months, a month before its days. */
export function compareFactDates(a: FactDate, b: FactDate): number {
	return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** "6 novembre 2025", "avril 2025", "2025" (in the deck's language). */
export function formatFactDate(date: FactDate, lang: string): string {
	if (date.month === undefined) {
		return String(date.year);
	}
	const utc = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
	const options: Intl.DateTimeFormatOptions =
		date.day === undefined
			? { month: 'long', year: 'numeric', timeZone: 'UTC' }
			: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(lang, options).format(utc);
}

/** The date after a preposition: "le 6 novembre 2025", "en avril 2025", "en 2025". */
export function dateWithPreposition(date: FactDate, lang: string): string {
	const text = formatFactDate(date, lang);
	if (!lang.startsWith('fr')) {
		return date.day === undefined ? `in ${text}` : `on ${text}`;
	}
	return date.day === undefined ? `en ${text}` : `le ${text}`;
}

/** Other ways a learner may type the date: "06/11/2025", "6/11/2025", "11/2025", "2025-11-06". */
export function dateAnswerVariants(date: FactDate): string[] {
	const key = factDateKey(date);
	const pad = (n: number) => String(n).padStart(2, '0');
	if (date.month === undefined) {
		return [key];
	}
	if (date.day === undefined) {
		return [key, `${pad(date.month)}/${date.year}`, `${date.month}/${date.year}`];
	}
	return [
		key,
		`${pad(date.day)}/${pad(date.month)}/${date.year}`,
		`${date.day}/${date.month}/${date.year}`
	];
}

/** Moves a date by `steps` units of its own precision (days, months or years). */
export function shiftFactDate(date: FactDate, steps: number): FactDate {
	if (date.month === undefined) {
		return { year: date.year + steps };
	}
	if (date.day === undefined) {
		const index = date.year * 12 + (date.month - 1) + steps;
		return { year: Math.floor(index / 12), month: (index % 12) + 1 };
	}
	const utc = new Date(Date.UTC(date.year, date.month - 1, date.day + steps));
	return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}
