// The deck compiler: typed facts in, cards of many kinds out. Pure and deterministic: each card's
// randomness is seeded by its own id, so editing one fact never reshuffles another's cards.
import { cardId, type Card, type CompiledDeck } from './cards';
import { capitalize, cardPhrases, type CardPhrases } from './card-phrases';
import {
	compareFactDates,
	dateAnswerVariants,
	dateWithPreposition,
	factDateKey,
	formatFactDate,
	parseFactDate,
	shiftFactDate,
	type FactDate
} from './dates';
import { countryCandidates, nearDates, nearNumbers, pickDistractors } from './distractors';
import type {
	DeckMeta,
	EventFact,
	Fact,
	FigureFact,
	GroupFact,
	PersonFact,
	PlaceFact,
	Pools,
	QaFact,
	QuoteFact,
	ResourceFact
} from './facts';
import { createRandom, type Random } from './random';
import { foldText } from './text';

const DISTRACTORS = 3;
/** Typed answers longer than this are unfair to type; such facts get no typed card. */
const TYPED_MAX_LENGTH = 40;

interface Context {
	deck: DeckMeta;
	facts: readonly Fact[];
	pools: Pools;
	say: CardPhrases;
	people: Map<string, PersonFact>;
	figures: Map<string, FigureFact>;
}

type CardOmit<K extends PropertyKey> = Card extends infer C
	? C extends Card
		? Omit<C, K>
		: never
	: never;
/** A card before the compiler adds what every card shares (id, fact, tags, source…). */
type Draft = CardOmit<'id' | 'deckId' | 'factId' | 'template' | 'tags' | 'source' | 'explanation'>;

export function compileDeck(deck: DeckMeta, facts: readonly Fact[], pools: Pools): CompiledDeck {
	const context: Context = {
		deck,
		facts,
		pools,
		say: cardPhrases(deck.lang),
		people: new Map(
			facts.filter((f): f is PersonFact => f.kind === 'person').map((f) => [f.id, f])
		),
		figures: new Map(
			facts.filter((f): f is FigureFact => f.kind === 'figure').map((f) => [f.id, f])
		)
	};
	return {
		format: 1,
		deck,
		facts: [...facts],
		cards: facts.flatMap((fact) => cardsOfFact(fact, context))
	};
}

/** Every card one fact gives. */
export function cardsOfFact(fact: Fact, context: Context): Card[] {
	const explanation = explainFact(fact, context);
	const make = (
		template: string,
		build: (random: Random) => Draft | undefined
	): Card | undefined => {
		const id = cardId(context.deck.id, fact.id, `${fact.kind}.${template}`);
		const draft = build(createRandom(id));
		if (!draft) {
			return undefined;
		}
		return {
			...draft,
			id,
			deckId: context.deck.id,
			factId: fact.id,
			template: `${fact.kind}.${template}`,
			tags: fact.tags ?? [],
			source: fact.source,
			explanation
		} as Card;
	};
	const templates = TEMPLATES[fact.kind] as Record<
		string,
		(fact: Fact, context: Context, random: Random) => Draft | undefined
	>;
	return Object.entries(templates)
		.map(([name, build]) => make(name, (random) => build(fact, context, random)))
		.filter((card): card is Card => card !== undefined);
}

function choice(
	prompt: string,
	answer: string,
	distractors: string[],
	random: Random,
	kind: 'choice' | 'odd-one-out' = 'choice'
): Draft | undefined {
	if (distractors.length < DISTRACTORS) {
		return undefined;
	}
	const choices = random.shuffle([answer, ...distractors]);
	return { kind, prompt, answer, choices, correct: choices.indexOf(answer) };
}

function trueFalse(
	random: Random,
	answerIfFalse: string,
	trueStatement: string,
	falseStatement: string | undefined
): Draft {
	const truth = falseStatement === undefined || random.next() < 0.5;
	return {
		kind: 'truefalse',
		prompt: truth ? trueStatement : (falseStatement as string),
		truth,
		answer: truth ? trueStatement : answerIfFalse
	};
}

function typed(
	prompt: string,
	answer: string,
	accepted: string[],
	strict = false
): Draft | undefined {
	const shortest = Math.min(...[answer, ...accepted].map((a) => a.length));
	if (shortest > TYPED_MAX_LENGTH) {
		return undefined;
	}
	return { kind: 'typed', prompt, answer, accepted, strict };
}

function uniqueBy<T>(
	facts: readonly Fact[],
	kind: Fact['kind'],
	key: (fact: T) => string,
	value: string
) {
	return (
		facts.filter((f) => f.kind === kind && foldText(key(f as T)) === foldText(value)).length === 1
	);
}

function eventDate(fact: EventFact): FactDate {
	return parseFactDate(fact.date) as FactDate;
}

function formatNumber(value: number, unit: string | undefined, lang: string): string {
	const number = new Intl.NumberFormat(lang).format(value);
	return unit ? `${number}\u00a0${unit}` : number;
}

function personName(context: Context, id: string): string {
	return context.people.get(id)?.name ?? id;
}

/** One sentence that states the whole fact: shown after every answer. */
export function explainFact(
	fact: Fact,
	context: Pick<Context, 'deck' | 'say' | 'people' | 'figures'>
): string {
	const lang = context.deck.lang;
	const say = context.say;
	switch (fact.kind) {
		case 'event': {
			const where = fact.where ? ` (${fact.where})` : '';
			return `${capitalize(formatFactDate(eventDate(fact), lang))}${where} : ${fact.what}.`;
		}
		case 'person':
			return say.isStatement(fact.name, fact.role);
		case 'resource': {
			const figure = fact.figure ? context.figures.get(fact.figure) : undefined;
			const extra = [
				fact.uses,
				figure && `${formatNumber(figure.value, figure.unit, lang)} : ${figure.measures}`
			]
				.filter(Boolean)
				.join(' ; ');
			return `${say.holdsStatement(fact.name, say.listJoin(fact.holders))}${extra ? ` ${capitalize(extra)}.` : ''}`;
		}
		case 'figure':
			return say.figureStatement(formatNumber(fact.value, fact.unit, lang), fact.measures);
		case 'place':
			return `${say.placeStatement(fact.name, fact.country)}${fact.note ? ` ${capitalize(fact.note)}.` : ''}`;
		case 'quote':
			return say.saidStatement(personName(context as Context, fact.who), fact.gist);
		case 'group':
			return `${capitalize(fact.name)} : ${say.listJoin(fact.members)}.${fact.description ? ` ${capitalize(fact.description)}.` : ''}`;
		case 'qa':
			return `${fact.question} ${capitalize(fact.answer)}.`;
	}
}

const event = {
	'what-from-date': (fact: EventFact, c: Context): Draft | undefined => {
		// Two events on the same date would make this question ambiguous.
		if (
			!uniqueBy<EventFact>(
				c.facts,
				'event',
				(f) => factDateKey(eventDate(f)),
				factDateKey(eventDate(fact))
			)
		) {
			return undefined;
		}
		return {
			kind: 'flashcard',
			prompt: c.say.whatHappened(dateWithPreposition(eventDate(fact), c.deck.lang)),
			answer: capitalize(fact.what)
		};
	},
	'date-from-what': (fact: EventFact, c: Context): Draft => ({
		kind: 'flashcard',
		prompt: c.say.whenDid(fact.what),
		answer: formatFactDate(eventDate(fact), c.deck.lang)
	}),
	'date-choice': (fact: EventFact, c: Context, random: Random) => {
		const date = eventDate(fact);
		const wrong = nearDates(date, DISTRACTORS, random).map((d) => formatFactDate(d, c.deck.lang));
		return choice(c.say.whenDid(fact.what), formatFactDate(date, c.deck.lang), wrong, random);
	},
	'date-typed': (fact: EventFact, c: Context) => {
		const date = eventDate(fact);
		return typed(
			c.say.typeTheDate(fact.what),
			formatFactDate(date, c.deck.lang),
			dateAnswerVariants(date),
			true
		);
	},
	'date-truefalse': (fact: EventFact, c: Context, random: Random) => {
		const date = eventDate(fact);
		const lang = c.deck.lang;
		const statement = (d: FactDate) => `${capitalize(dateWithPreposition(d, lang))}, ${fact.what}.`;
		const shifted = shiftFactDate(date, (random.int(5) + 1) * (random.next() < 0.5 ? -1 : 1));
		return trueFalse(random, statement(date), statement(date), statement(shifted));
	},
	timeline: (fact: EventFact, c: Context, random: Random): Draft | undefined => {
		const overlaps = (a: FactDate, b: FactDate) =>
			factDateKey(a).startsWith(factDateKey(b)) || factDateKey(b).startsWith(factDateKey(a));
		const target = 3 + random.int(3);
		const chosen: EventFact[] = [fact];
		const others = c.facts.filter((f): f is EventFact => f.kind === 'event' && f.id !== fact.id);
		for (const other of random.shuffle(others)) {
			if (
				chosen.length < target &&
				chosen.every((e) => !overlaps(eventDate(e), eventDate(other)))
			) {
				chosen.push(other);
			}
		}
		if (chosen.length < 3) {
			return undefined;
		}
		const ordered = [...chosen].sort((a, b) => compareFactDates(eventDate(a), eventDate(b)));
		const items = ordered.map((e) => ({
			label: capitalize(e.what),
			date: formatFactDate(eventDate(e), c.deck.lang)
		}));
		let shown = random.shuffle(items.map((_, i) => i));
		if (shown.every((value, i) => value === i)) {
			shown = [...shown.slice(1), shown[0] as number];
		}
		return {
			kind: 'order',
			prompt: c.say.timeline,
			answer: items.map((item) => `${item.date} : ${item.label}`).join(' → '),
			items,
			shown
		};
	}
};

function otherPeople(fact: { id?: string }, c: Context): PersonFact[] {
	return [...c.people.values()].filter((p) => p.id !== fact.id);
}

const person = {
	'role-from-name': (fact: PersonFact, c: Context): Draft => ({
		kind: 'flashcard',
		prompt: c.say.whoIs(fact.name),
		answer: capitalize(fact.role)
	}),
	'name-from-role': (fact: PersonFact, c: Context): Draft | undefined =>
		uniqueBy<PersonFact>(c.facts, 'person', (f) => f.role, fact.role)
			? { kind: 'flashcard', prompt: c.say.whoIs(fact.role), answer: fact.name }
			: undefined,
	'name-choice': (fact: PersonFact, c: Context, random: Random) => {
		if (!uniqueBy<PersonFact>(c.facts, 'person', (f) => f.role, fact.role)) {
			return undefined;
		}
		const wrong = pickDistractors(
			[fact.name, ...(fact.variants ?? [])],
			otherPeople(fact, c).map((p) => p.name),
			c.pools.people.map((p) => p.name),
			DISTRACTORS,
			random
		);
		return choice(c.say.whoIs(fact.role), fact.name, wrong, random);
	},
	'name-typed': (fact: PersonFact, c: Context) =>
		typed(c.say.typeTheName(fact.role), fact.name, fact.variants ?? []),
	'role-truefalse': (fact: PersonFact, c: Context, random: Random) => {
		const [otherRole] = pickDistractors(
			[fact.role],
			otherPeople(fact, c).map((p) => p.role),
			c.pools.people.map((p) => p.role),
			1,
			random
		);
		return trueFalse(
			random,
			c.say.isStatement(fact.name, fact.role),
			c.say.isStatement(fact.name, fact.role),
			otherRole && c.say.isStatement(fact.name, otherRole)
		);
	}
};

function deckCountries(c: Context): string[] {
	return c.facts.flatMap((f) =>
		f.kind === 'place'
			? [f.country]
			: f.kind === 'resource'
				? f.holders
				: f.kind === 'person' && f.country
					? [f.country]
					: []
	);
}

function wrongCountries(
	answer: readonly string[],
	c: Context,
	random: Random,
	count = DISTRACTORS
) {
	const { preferred, others } = countryCandidates(answer[0] as string, c.pools, deckCountries(c));
	return pickDistractors(answer, preferred, others, count, random);
}

const resource = {
	'holders-from-resource': (fact: ResourceFact, c: Context): Draft => ({
		kind: 'flashcard',
		prompt: c.say.whichCountryHolds(fact.name),
		answer: c.say.listJoin(fact.holders)
	}),
	'resource-from-holder': (fact: ResourceFact, c: Context): Draft | undefined => {
		const holder = fact.holders[0] as string;
		const shared = c.facts.some(
			(f) => f.kind === 'resource' && f.id !== fact.id && f.holders.includes(holder)
		);
		return shared
			? undefined
			: { kind: 'flashcard', prompt: c.say.whichResourceOf(holder, fact.uses), answer: fact.name };
	},
	'holder-choice': (fact: ResourceFact, c: Context, random: Random) => {
		const holder = fact.holders[0] as string;
		return choice(
			c.say.whichCountryHolds(fact.name),
			holder,
			wrongCountries(fact.holders, c, random),
			random
		);
	},
	'resource-choice': (fact: ResourceFact, c: Context, random: Random) => {
		const holder = fact.holders[0] as string;
		const sameHolder = c.facts.flatMap((f) =>
			f.kind === 'resource' && f.holders.includes(holder) ? [f.name] : []
		);
		const deckResources = c.facts.flatMap((f) =>
			f.kind === 'resource' && !sameHolder.includes(f.name) ? [f.name] : []
		);
		const wrong = pickDistractors(sameHolder, deckResources, c.pools.minerals, DISTRACTORS, random);
		return choice(c.say.whichResourceOf(holder), fact.name, wrong, random);
	},
	'resource-typed': (fact: ResourceFact, c: Context) => {
		const holder = fact.holders[0] as string;
		const shared = c.facts.some(
			(f) => f.kind === 'resource' && f.id !== fact.id && f.holders.includes(holder)
		);
		return shared ? undefined : typed(c.say.whichResourceOf(holder, fact.uses), fact.name, []);
	},
	'holder-truefalse': (fact: ResourceFact, c: Context, random: Random) => {
		const [other] = wrongCountries(fact.holders, c, random, 1);
		const real = c.say.holdsStatement(fact.name, fact.holders[0] as string);
		return trueFalse(
			random,
			c.say.holdsStatement(fact.name, c.say.listJoin(fact.holders)),
			real,
			other && c.say.holdsStatement(fact.name, other)
		);
	}
};

const figure = {
	'value-from-measure': (fact: FigureFact, c: Context): Draft => ({
		kind: 'flashcard',
		prompt: c.say.howMuch(fact.measures),
		answer: formatNumber(fact.value, fact.unit, c.deck.lang)
	}),
	'measure-from-value': (fact: FigureFact, c: Context): Draft | undefined => {
		const value = formatNumber(fact.value, fact.unit, c.deck.lang);
		return uniqueBy<FigureFact>(
			c.facts,
			'figure',
			(f) => formatNumber(f.value, f.unit, c.deck.lang),
			value
		)
			? { kind: 'flashcard', prompt: c.say.whatMeasures(value), answer: capitalize(fact.measures) }
			: undefined;
	},
	'value-choice': (fact: FigureFact, c: Context, random: Random) => {
		const lang = c.deck.lang;
		const wrong = nearNumbers(fact.value, fact.unit, DISTRACTORS, random).map((n) =>
			formatNumber(n, fact.unit, lang)
		);
		return choice(
			c.say.howMuch(fact.measures),
			formatNumber(fact.value, fact.unit, lang),
			wrong,
			random
		);
	},
	'value-typed': (fact: FigureFact, c: Context) => {
		const plain = String(fact.value);
		const accepted = [plain, new Intl.NumberFormat(c.deck.lang).format(fact.value)];
		if (fact.unit) {
			accepted.push(`${plain} ${fact.unit}`, `${plain}${fact.unit}`);
		}
		return typed(
			c.say.howMuch(fact.measures),
			formatNumber(fact.value, fact.unit, c.deck.lang),
			accepted,
			true
		);
	},
	'value-truefalse': (fact: FigureFact, c: Context, random: Random) => {
		const lang = c.deck.lang;
		const [other] = nearNumbers(fact.value, fact.unit, 1, random);
		const statement = (n: number) =>
			c.say.figureStatement(formatNumber(n, fact.unit, lang), fact.measures);
		return trueFalse(
			random,
			statement(fact.value),
			statement(fact.value),
			other === undefined ? undefined : statement(other)
		);
	}
};

const place = {
	'country-from-place': (fact: PlaceFact, c: Context): Draft => ({
		kind: 'flashcard',
		prompt: c.say.whichCountryIsPlace(fact.name),
		answer: fact.country
	}),
	'capital-from-country': (fact: PlaceFact, c: Context): Draft | undefined =>
		fact.placeKind === 'capital'
			? { kind: 'flashcard', prompt: c.say.capitalOf(fact.country), answer: fact.name }
			: undefined,
	'country-choice': (fact: PlaceFact, c: Context, random: Random) =>
		choice(
			c.say.whichCountryIsPlace(fact.name),
			fact.country,
			wrongCountries([fact.country], c, random),
			random
		),
	'capital-typed': (fact: PlaceFact, c: Context) =>
		fact.placeKind === 'capital'
			? typed(c.say.capitalOf(fact.country), fact.name, fact.variants ?? [])
			: undefined,
	'country-truefalse': (fact: PlaceFact, c: Context, random: Random) => {
		const [other] = wrongCountries([fact.country], c, random, 1);
		const statement = (country: string) => c.say.placeStatement(fact.name, country);
		return trueFalse(
			random,
			statement(fact.country),
			statement(fact.country),
			other && statement(other)
		);
	}
};

const quote = {
	'who-from-gist': (fact: QuoteFact, c: Context): Draft => ({
		kind: 'flashcard',
		prompt: c.say.whoSaid(fact.gist),
		answer: personName(c, fact.who)
	}),
	'who-choice': (fact: QuoteFact, c: Context, random: Random) => {
		const speaker = c.people.get(fact.who);
		const name = personName(c, fact.who);
		const wrong = pickDistractors(
			[name, ...(speaker?.variants ?? [])],
			otherPeople({ id: fact.who }, c).map((p) => p.name),
			c.pools.people.map((p) => p.name),
			DISTRACTORS,
			random
		);
		return choice(c.say.whoSaid(fact.gist), name, wrong, random);
	},
	'who-typed': (fact: QuoteFact, c: Context) =>
		typed(
			c.say.whoSaid(fact.gist),
			personName(c, fact.who),
			c.people.get(fact.who)?.variants ?? []
		),
	'who-truefalse': (fact: QuoteFact, c: Context, random: Random) => {
		const name = personName(c, fact.who);
		const [other] = pickDistractors(
			[name],
			otherPeople({ id: fact.who }, c).map((p) => p.name),
			c.pools.people.map((p) => p.name),
			1,
			random
		);
		return trueFalse(
			random,
			c.say.saidStatement(name, fact.gist),
			c.say.saidStatement(name, fact.gist),
			other && c.say.saidStatement(other, fact.gist)
		);
	}
};

function outsiders(fact: GroupFact, c: Context, random: Random, count: number): string[] {
	const isCountries = fact.members.some((m) =>
		c.pools.countries.some((p) => foldText(p.name) === foldText(m))
	);
	if (isCountries) {
		const regions = new Set(
			c.pools.countries
				.filter((p) => fact.members.some((m) => foldText(m) === foldText(p.name)))
				.map((p) => p.region)
		);
		const near = c.pools.countries.filter((p) => regions.has(p.region)).map((p) => p.name);
		return pickDistractors(
			fact.members,
			near,
			[...deckCountries(c), ...c.pools.countries.map((p) => p.name)],
			count,
			random
		);
	}
	const sameKind = c.facts.flatMap((f) =>
		f.kind === 'group' && f.id !== fact.id ? f.members : []
	);
	return pickDistractors(fact.members, sameKind, [], count, random);
}

const group = {
	'members-from-name': (fact: GroupFact, c: Context): Draft => ({
		kind: 'flashcard',
		prompt: c.say.membersOf(fact.name),
		answer: c.say.listJoin(fact.members)
	}),
	'not-a-member': (fact: GroupFact, c: Context, random: Random) => {
		const [outsider] = outsiders(fact, c, random, 1);
		if (outsider === undefined || fact.members.length < DISTRACTORS) {
			return undefined;
		}
		return choice(
			c.say.notAMemberOf(fact.name),
			outsider,
			random.sample(fact.members, DISTRACTORS),
			random,
			'odd-one-out'
		);
	},
	'member-truefalse': (fact: GroupFact, c: Context, random: Random) => {
		const member = random.pick(fact.members);
		const [outsider] = outsiders(fact, c, random, 1);
		return trueFalse(
			random,
			`${c.say.memberStatement(member, fact.name)} (${capitalize(fact.name)} : ${c.say.listJoin(fact.members)})`,
			c.say.memberStatement(member, fact.name),
			outsider && c.say.memberStatement(outsider, fact.name)
		);
	}
};

const qa = {
	answer: (fact: QaFact): Draft => ({
		kind: 'flashcard',
		prompt: fact.question,
		answer: capitalize(fact.answer)
	}),
	'answer-typed': (fact: QaFact) =>
		typed(fact.question, capitalize(fact.answer), fact.variants ?? [])
};

const TEMPLATES = { event, person, resource, figure, place, quote, group, qa };
