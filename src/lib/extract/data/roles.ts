// Titles and roles that introduce a person, in French and English, longest first when matched.
// `weak` titles name a person only with a country or organisation next to them.

export interface Title {
	text: string;
	lang: 'fr' | 'en';
	weak?: boolean;
	/** "son homologue": the role of the person named just before, in another country. */
	counterpart?: boolean;
}

const FR = `
président|présidente|vice-président|vice-présidente|président fédéral|présidente fédérale
premier ministre|première ministre|vice-premier ministre
ministre|ministre délégué|ministre déléguée|secrétaire d'État
chancelier|chancelière|roi|reine|prince|princesse|émir|sultan|cheikh|pape
secrétaire général|secrétaire générale|haut représentant|haute représentante
commissaire|commissaire européen|commissaire européenne
chef de l'État|cheffe de l'État|chef du gouvernement|cheffe du gouvernement|chef de la diplomatie|cheffe de la diplomatie
ambassadeur|ambassadrice|gouverneur|gouverneure|maire|sénateur|sénatrice|député|députée
directeur général|directrice générale|PDG|patron|patronne|porte-parole|conseiller|conseillère|envoyé spécial|envoyée spéciale
`;
const FR_WEAK = `dirigeant|dirigeante|chef|cheffe|leader|représentant|représentante`;
const EN = `
President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|Minister|Secretary of State
Chancellor|King|Queen|Prince|Emir|Sultan|Pope|Secretary-General|Secretary General|High Representative
Commissioner|Ambassador|Governor|Mayor|Senator|CEO|spokesperson|spokesman|spokeswoman|Defence Minister|Defense Secretary|Trade Minister|Finance Minister
`;
const EN_WEAK = `leader|chief|envoy`;

function list(text: string, lang: 'fr' | 'en', weak = false): Title[] {
	return text
		.trim()
		.split(/[|\n]/)
		.map((t) => ({ text: t.trim(), lang, ...(weak ? { weak } : {}) }));
}

export const TITLES: readonly Title[] = [
	...list(FR, 'fr'),
	...list(FR_WEAK, 'fr', true),
	{ text: 'homologue', lang: 'fr' as const, counterpart: true },
	...list(EN, 'en'),
	...list(EN_WEAK, 'en', true),
	{ text: 'counterpart', lang: 'en' as const, counterpart: true }
].sort((a, b) => b.text.length - a.text.length);

/** Courtesy titles before a surname: "M. Japarov", "Mme Faye", "Mr Albanese". */
export const COURTESY = [
	'M.',
	'Mme',
	'Mlle',
	'MM.',
	'Mr',
	'Mr.',
	'Mrs',
	'Mrs.',
	'Ms',
	'Ms.',
	'Dr',
	'Dr.'
];
