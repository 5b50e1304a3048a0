// The deck format: a deck's description, its sources and its typed facts, as valibot schemas.
// The same schemas validate YAML at build time, decks in the editor, and imports.
import * as v from 'valibot';
import { isFactDate } from './dates';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const Id = v.pipe(
	v.string('must be a text'),
	v.regex(ID_PATTERN, 'must be lower-case letters, digits and single dashes (e.g. "sommet-2025")')
);
const Text = v.pipe(v.string('must be a text'), v.trim(), v.nonEmpty('must not be empty'));
const TextList = v.pipe(
	v.array(Text, 'must be a list of texts'),
	v.nonEmpty('must list at least one item')
);
const FactDateText = v.pipe(
	v.string('must be a quoted date: "2025", "2025-11" or "2025-11-06"'),
	v.regex(
		/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/,
		'must be a date written "2025", "2025-11" or "2025-11-06"'
	),
	v.check(isFactDate, 'must be a real date written "2025", "2025-11" or "2025-11-06"')
);
const Tags = v.array(Id, 'must be a list of tags');

export const SourceSchema = v.strictObject(
	{
		id: Id,
		outlet: Text,
		title: Text,
		date: v.optional(FactDateText),
		url: v.optional(
			v.pipe(
				v.string(),
				// Rendered as a link: only web addresses, never javascript: or data: URLs.
				v.regex(/^https?:\/\/[^\s/?#]+\.[^\s]+$/i, 'must be a full web address (https://…)')
			)
		),
		note: v.optional(Text)
	},
	(issue) => `unknown field "${String(issue.input)}" in a source`
);

export const DeckMetaSchema = v.strictObject(
	{
		id: Id,
		title: Text,
		lang: v.pipe(
			v.string(),
			v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as "fr"')
		),
		description: v.optional(Text),
		tags: v.optional(Tags),
		sources: v.pipe(
			v.array(SourceSchema, 'must be a list of sources'),
			v.nonEmpty('must list at least one source')
		)
	},
	(issue) => `unknown field "${String(issue.input)}" in the deck`
);

const common = {
	id: Id,
	source: Id,
	tags: v.optional(Tags)
};

/** "an event", "a person": a fact kind with its English article, for messages. */
function aKind(kind: string): string {
	return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

function factKind<const K extends string, E extends v.ObjectEntries>(kind: K, entries: E) {
	return v.strictObject(
		{ kind: v.literal(kind), ...common, ...entries },
		(issue) => `unknown field "${String(issue.input)}" in ${aKind(kind)} fact`
	);
}

export const EventSchema = factKind('event', {
	date: FactDateText,
	what: Text,
	where: v.optional(Text),
	who: v.optional(v.array(Id, 'must be a list of person ids'))
});

export const PersonSchema = factKind('person', {
	name: Text,
	variants: v.optional(v.array(Text)),
	role: Text,
	country: v.optional(Text),
	organisation: v.optional(Text)
});

export const ResourceSchema = factKind('resource', {
	name: Text,
	holders: TextList,
	figure: v.optional(Id),
	uses: v.optional(Text)
});

export const FigureSchema = factKind('figure', {
	value: v.number('must be a number'),
	unit: v.optional(v.string()),
	measures: Text
});

export const PLACE_KINDS = ['capital', 'city', 'mine', 'region', 'building', 'country'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PlaceSchema = factKind('place', {
	name: Text,
	variants: v.optional(v.array(Text)),
	placeKind: v.picklist(PLACE_KINDS, `must be one of: ${PLACE_KINDS.join(', ')}`),
	country: Text,
	note: v.optional(Text)
});

export const QuoteSchema = factKind('quote', {
	who: Id,
	when: v.optional(FactDateText),
	gist: Text
});

export const GroupSchema = factKind('group', {
	name: Text,
	description: v.optional(Text),
	members: v.pipe(TextList, v.minLength(2, 'must list at least two members'))
});

export const QaSchema = factKind('qa', {
	question: Text,
	answer: Text,
	variants: v.optional(v.array(Text))
});

export const FACT_KINDS = [
	'event',
	'person',
	'resource',
	'figure',
	'place',
	'quote',
	'group',
	'qa'
] as const;

export const FactSchema = v.variant(
	'kind',
	[
		EventSchema,
		PersonSchema,
		ResourceSchema,
		FigureSchema,
		PlaceSchema,
		QuoteSchema,
		GroupSchema,
		QaSchema
	],
	(issue) =>
		issue.input === undefined
			? 'is missing'
			: `unknown fact kind ${JSON.stringify(issue.input)}: use one of ${FACT_KINDS.join(', ')}`
);

export const FactListSchema = v.array(FactSchema, 'a fact file must be a YAML list of facts');

export const PoolsSchema = v.strictObject({
	countries: v.array(v.strictObject({ name: Text, region: Id })),
	people: v.array(v.strictObject({ name: Text, role: Text })),
	minerals: v.array(Text)
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type DeckMeta = v.InferOutput<typeof DeckMetaSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type FactKind = Fact['kind'];
export type EventFact = v.InferOutput<typeof EventSchema>;
export type PersonFact = v.InferOutput<typeof PersonSchema>;
export type ResourceFact = v.InferOutput<typeof ResourceSchema>;
export type FigureFact = v.InferOutput<typeof FigureSchema>;
export type PlaceFact = v.InferOutput<typeof PlaceSchema>;
export type QuoteFact = v.InferOutput<typeof QuoteSchema>;
export type GroupFact = v.InferOutput<typeof GroupSchema>;
export type QaFact = v.InferOutput<typeof QaSchema>;
export type Pools = v.InferOutput<typeof PoolsSchema>;

export const EMPTY_POOLS: Pools = { countries: [], people: [], minerals: [] };

/** A problem found in a deck: where (path into the file's data) and what. */
export interface DeckIssue {
	file: string;
	path: (string | number)[];
	message: string;
}

/** A fact with the file and list position it was read from, for error messages. */
export interface LocatedFact {
	file: string;
	index: number;
	fact: Fact;
}

/** Checks what a schema cannot: unique ids, known sources, people and figures that exist. */
export function checkReferences(meta: DeckMeta, facts: readonly LocatedFact[]): DeckIssue[] {
	const issues: DeckIssue[] = [];
	const sources = new Set(meta.sources.map((s) => s.id));
	const byId = new Map<string, LocatedFact>();
	for (const located of facts) {
		const { fact, file, index } = located;
		const first = byId.get(fact.id);
		if (first) {
			issues.push({
				file,
				path: [index, 'id'],
				message: `duplicate fact id "${fact.id}" (first used in ${first.file})`
			});
		} else {
			byId.set(fact.id, located);
		}
		if (!sources.has(fact.source)) {
			issues.push({
				file,
				path: [index, 'source'],
				message: `unknown source "${fact.source}": the deck's sources are ${[...sources].join(', ')}`
			});
		}
	}
	const expectKind = (ref: string, kind: FactKind, file: string, path: (string | number)[]) => {
		const target = byId.get(ref)?.fact;
		if (!target) {
			issues.push({ file, path, message: `no ${kind} fact with id "${ref}" in this deck` });
		} else if (target.kind !== kind) {
			issues.push({
				file,
				path,
				message: `"${ref}" is ${aKind(target.kind)} fact, not ${aKind(kind)}`
			});
		}
	};
	for (const { fact, file, index } of facts) {
		if (fact.kind === 'event') {
			fact.who?.forEach((ref, i) => expectKind(ref, 'person', file, [index, 'who', i]));
		} else if (fact.kind === 'quote') {
			expectKind(fact.who, 'person', file, [index, 'who']);
		} else if (fact.kind === 'resource' && fact.figure !== undefined) {
			expectKind(fact.figure, 'figure', file, [index, 'figure']);
		} else if (fact.kind === 'person' && !fact.country && !fact.organisation) {
			issues.push({ file, path: [index], message: 'a person needs a country or an organisation' });
		}
	}
	return issues;
}

/** How a card names where its fact comes from: "Title — Outlet". */
export function sourceLabel(sources: readonly Source[], id: string): string {
	const source = sources.find((s) => s.id === id);
	return source ? `${source.title} — ${source.outlet}` : id;
}

/** A fact's short title in lists: its name, its date and event, its question… */
export function factHeadline(fact: Fact): string {
	switch (fact.kind) {
		case 'event':
			return `${fact.date} · ${fact.what}`;
		case 'person':
		case 'resource':
		case 'place':
		case 'group':
			return fact.name;
		case 'figure':
			return `${fact.value}${fact.unit ? ` ${fact.unit}` : ''} · ${fact.measures}`;
		case 'quote':
			return fact.gist;
		case 'qa':
			return fact.question;
	}
}
