// Months, week days and seasons, in French and English, as the press writes them.

export const MONTHS_FR = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre'
] as const;

export const MONTHS_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** Spellings without accents that pasted text often has. */
export const MONTH_VARIANTS_FR: Record<string, number> = { fevrier: 2, aout: 8, decembre: 12 };

export const WEEKDAYS_FR = [
	'lundi',
	'mardi',
	'mercredi',
	'jeudi',
	'vendredi',
	'samedi',
	'dimanche'
];
export const WEEKDAYS_EN = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
];

/** Seasons and the month each starts in (northern hemisphere), for ordering only. */
export const SEASONS_FR: Record<string, number> = {
	printemps: 3,
	été: 6,
	automne: 9,
	hiver: 12
};
export const SEASONS_EN: Record<string, number> = {
	spring: 3,
	summer: 6,
	autumn: 9,
	fall: 9,
	winter: 12
};
