// The deck format: a deck's description, its sources and its typed facts, as valibot schemas.
// The same schemas validate YAML at build time, decks in the editor, and imports. Problems are
// data, in no language: src/lib/io/deck-problems.ts words them.
import * as v from 'valibot';
import { isFactDate } from './dates';

/**
 * The format's own rules, given as the message of the check that enforces each: an issue's
 * `message` names the rule it breaks (with its `type`, `expected`, `received` and `requirement`
 * as valibot sets them). A check without one is worded from its type: a text, a number, a list…
 * The `*-fields` rules name what a strict object is, for its unknown fields.
 */
export const FORMAT_RULES = [
	'id',
	'quoted-date',
	'date-format',
	'real-date',
	'web-address',
	'language-tag',
	'text-list',
	'tags',
	'person-ids',
	'sources',
	'place-kind',
	'two-members',
	'fact-kind',
	'deck-fields',
	'source-fields',
	'fact-fields'
] as const;
export type FormatRule = (typeof FORMAT_RULES)[number];

const rule = (name: FormatRule) => name;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const Id = v.pipe(v.string(), v.regex(ID_PATTERN, rule('id')));
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty());
const TextList = v.pipe(v.array(Text, rule('text-list')), v.nonEmpty());
const FactDateText = v.pipe(
	v.string(rule('quoted-date')),
	v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, rule('date-format')),
	v.check(isFactDate, rule('real-date'))
);
const Tags = v.array(Id, rule('tags'));

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
				v.regex(/^https?:\/\/[^\s/?#]+\.[^\s]+$/i, rule('web-address'))
			)
		),
		note: v.optional(Text)
	},
	rule('source-fields')
);

export const DeckMetaSchema = v.strictObject(
	{
		id: Id,
		title: Text,
		lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, rule('language-tag'))),
		description: v.optional(Text),
		tags: v.optional(Tags),
		sources: v.pipe(v.array(SourceSchema, rule('sources')), v.nonEmpty(rule('sources')))
	},
	rule('deck-fields')
);

const common = {
	id: Id,
	source: Id,
	tags: v.optional(Tags)
};

function factKind<const K extends string, E extends v.ObjectEntries>(kind: K, entries: E) {
	return v.strictObject({ kind: v.literal(kind), ...common, ...entries }, rule('fact-fields'));
}

export const EventSchema = factKind('event', {
	date: FactDateText,
	what: Text,
	where: v.optional(Text),
	who: v.optional(v.array(Id, rule('person-ids')))
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
	value: v.number(),
	unit: v.optional(v.string()),
	measures: Text
});

export const PLACE_KINDS = ['capital', 'city', 'mine', 'region', 'building', 'country'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PlaceSchema = factKind('place', {
	name: Text,
	variants: v.optional(v.array(Text)),
	placeKind: v.picklist(PLACE_KINDS, rule('place-kind')),
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
	members: v.pipe(TextList, v.minLength(2, rule('two-members')))
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
	rule('fact-kind')
);

export const FactListSchema = v.array(FactSchema);

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

/** What checkReferences finds, as data (src/lib/io/deck-problems.ts words it). */
export type ReferenceProblem =
	| { code: 'duplicate-id'; id: string; firstFile: string }
	| { code: 'unknown-source'; source: string; sources: string[] }
	| { code: 'no-such-fact'; id: string; kind: FactKind }
	| { code: 'wrong-kind'; id: string; kind: FactKind; actual: FactKind }
	| { code: 'person-without-place' };

/** A problem found in a deck: where (the file, the path into its data) and what. */
export type DeckIssue = ReferenceProblem & { file: string; path: (string | number)[] };

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
				code: 'duplicate-id',
				id: fact.id,
				firstFile: first.file
			});
		} else {
			byId.set(fact.id, located);
		}
		if (!sources.has(fact.source)) {
			issues.push({
				file,
				path: [index, 'source'],
				code: 'unknown-source',
				source: fact.source,
				sources: [...sources]
			});
		}
	}
	const expectKind = (ref: string, kind: FactKind, file: string, path: (string | number)[]) => {
		const target = byId.get(ref)?.fact;
		if (!target) {
			issues.push({ file, path, code: 'no-such-fact', id: ref, kind });
		} else if (target.kind !== kind) {
			issues.push({ file, path, code: 'wrong-kind', id: ref, kind, actual: target.kind });
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
			issues.push({ file, path: [index], code: 'person-without-place' });
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
