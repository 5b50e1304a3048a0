// The wording of generated cards, in the deck's language (French first, English second).

export interface CardPhrases {
	whatHappened(datePhrase: string): string;
	whenDid(what: string): string;
	typeTheDate(what: string): string;
	timeline: string;
	whoIs(nameOrRole: string): string;
	typeTheName(role: string): string;
	isStatement(name: string, role: string): string;
	whichCountryHolds(resource: string): string;
	whichResourceOf(country: string, uses?: string): string;
	holdsStatement(resource: string, country: string): string;
	howMuch(measures: string): string;
	whatMeasures(value: string): string;
	figureStatement(value: string, measures: string): string;
	whichCountryIsPlace(place: string): string;
	placeStatement(place: string, country: string): string;
	capitalOf(country: string): string;
	whoSaid(gist: string): string;
	saidStatement(who: string, gist: string): string;
	membersOf(group: string): string;
	notAMemberOf(group: string): string;
	memberStatement(member: string, group: string): string;
	listJoin(items: readonly string[]): string;
}

/** French "de" before a name: "du C5", "des pays…", "d’Israël", "de la Chine". */
function de(name: string): string {
	if (/^le /i.test(name)) {
		return `du ${name.slice(3)}`;
	}
	if (/^les /i.test(name)) {
		return `des ${name.slice(4)}`;
	}
	return /^[aeiouyhàâéèêëîïôûœ]/i.test(name) ? `d’${name}` : `de ${name}`;
}

const fr: CardPhrases = {
	whatHappened: (date) => `Que s'est-il passé ${date} ?`,
	whenDid: (what) => `Quand ${what} ?`,
	typeTheDate: (what) => `Écrivez la date : ${what}.`,
	timeline: 'Remettez ces événements dans l’ordre chronologique.',
	whoIs: (x) => `Qui est ${x} ?`,
	typeTheName: (role) => `Écrivez le nom : ${role}.`,
	isStatement: (name, role) => `${name} est ${role}.`,
	whichCountryHolds: (resource) => `Quel pays est associé à cette ressource : ${resource} ?`,
	whichResourceOf: (country, uses) =>
		uses
			? `Quelle ressource est associée à ${country} ? (${uses})`
			: `Quelle ressource est associée à ${country} ?`,
	holdsStatement: (resource, country) => `Ressource « ${resource} » : ${country}.`,
	howMuch: (measures) => `Quel chiffre : ${measures} ?`,
	whatMeasures: (value) => `Que mesure ce chiffre : ${value} ?`,
	figureStatement: (value, measures) => `${value} : ${measures}.`,
	whichCountryIsPlace: (place) => `Dans quel pays se trouve ce lieu : ${place} ?`,
	placeStatement: (place, country) => `${place} se trouve dans ce pays : ${country}.`,
	capitalOf: (country) => `Quelle est la capitale de ce pays : ${country} ?`,
	whoSaid: (gist) => `Qui a exprimé cette idée : ${gist} ?`,
	saidStatement: (who, gist) => `${who} a exprimé cette idée : ${gist}.`,
	membersOf: (group) => `Quels sont les membres ${de(group)} ?`,
	notAMemberOf: (group) => `Lequel n’est pas membre ${de(group)} ?`,
	memberStatement: (member, group) => `${member} : membre ${de(group)}.`,
	listJoin: (items) =>
		items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`
};

const en: CardPhrases = {
	whatHappened: (date) => `What happened ${date}?`,
	whenDid: (what) => `When: ${what}?`,
	typeTheDate: (what) => `Type the date: ${what}.`,
	timeline: 'Put these events in chronological order.',
	whoIs: (x) => `Who is ${x}?`,
	typeTheName: (role) => `Type the name: ${role}.`,
	isStatement: (name, role) => `${name} is ${role}.`,
	whichCountryHolds: (resource) => `Which country goes with this resource: ${resource}?`,
	whichResourceOf: (country, uses) =>
		uses
			? `Which resource goes with ${country}? (${uses})`
			: `Which resource goes with ${country}?`,
	holdsStatement: (resource, country) => `Resource "${resource}": ${country}.`,
	howMuch: (measures) => `What figure: ${measures}?`,
	whatMeasures: (value) => `What does this figure measure: ${value}?`,
	figureStatement: (value, measures) => `${value}: ${measures}.`,
	whichCountryIsPlace: (place) => `In which country is ${place}?`,
	placeStatement: (place, country) => `${place} is in this country: ${country}.`,
	capitalOf: (country) => `What is the capital of ${country}?`,
	whoSaid: (gist) => `Who expressed this idea: ${gist}?`,
	saidStatement: (who, gist) => `${who} expressed this idea: ${gist}.`,
	membersOf: (group) => `Who are the members of ${group}?`,
	notAMemberOf: (group) => `Which one is not a member of ${group}?`,
	memberStatement: (member, group) => `${member} is part of ${group}.`,
	listJoin: (items) =>
		items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
};

export function cardPhrases(lang: string): CardPhrases {
	return lang.startsWith('fr') ? fr : en;
}

/** The first letter in upper case, for a sentence that starts with a fact's text. */
export function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
