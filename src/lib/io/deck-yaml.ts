// Reads decks written in YAML: parses, validates against the deck format, and reports every
// problem at once, located by file, line and column (yaml-located.ts) and worded by the caller
// (deck-problems.ts). Takes texts, not paths, so it does not depend on Node.
import { isCollection } from 'yaml';
import {
	locate,
	parseLocated,
	validateAt,
	type LocatedDocument,
	type LocatedProblem,
	type Position
} from './yaml-located';
import { compileDeck } from '../domain/generate';
import type { CompiledDeck } from '../domain/cards';
import {
	checkReferences,
	DeckMetaSchema,
	FactSchema,
	PoolsSchema,
	type DeckMeta,
	type LocatedFact,
	type Pools
} from '../domain/facts';

export interface TextFile {
	path: string;
	text: string;
}

export interface DeckSource {
	deck: TextFile;
	facts: TextFile[];
}

export type DeckReading =
	| {
			ok: true;
			compiled: CompiledDeck;
			/** Where a fact (or one of its fields) was written, for the strict check's warnings. */
			locateFact: (factId: string, field?: string) => Position | undefined;
	  }
	| { ok: false; problems: LocatedProblem[] };

export function readPools(file: TextFile): { pools?: Pools; problems: LocatedProblem[] } {
	const problems: LocatedProblem[] = [];
	const parsed = parseLocated(file.path, file.text, problems);
	const pools = problems.length
		? undefined
		: validateAt(PoolsSchema, parsed.doc.toJS(), parsed, [], problems);
	return { pools, problems };
}

/** Reads, validates and compiles one deck; on any problem, every problem and no deck. */
export function readDeck(source: DeckSource, pools: Pools): DeckReading {
	const problems: LocatedProblem[] = [];
	const deckFile = parseLocated(source.deck.path, source.deck.text, problems);
	const meta: DeckMeta | undefined = deckFile.doc.errors.length
		? undefined
		: validateAt(DeckMetaSchema, deckFile.doc.toJS(), deckFile, [], problems);

	const files = new Map<string, LocatedDocument>();
	const facts: LocatedFact[] = [];
	for (const text of source.facts) {
		const file = parseLocated(text.path, text.text, problems);
		files.set(file.name, file);
		if (file.doc.errors.length) {
			continue;
		}
		const data: unknown = file.doc.toJS();
		if (!Array.isArray(data) || !isCollection(file.doc.contents)) {
			problems.push({ at: locate(file, []), problem: { code: 'not-a-fact-list' } });
			continue;
		}
		data.forEach((item, index) => {
			const fact = validateAt(FactSchema, item, file, [index], problems);
			if (fact) {
				facts.push({ file: file.name, index, fact });
			}
		});
	}
	if (source.facts.length === 0) {
		const at = { file: source.deck.path, line: 1, column: 1 };
		problems.push({ at, problem: { code: 'no-fact-files' } });
	}
	if (meta) {
		for (const issue of checkReferences(meta, facts)) {
			// Every fact was read from one of `files`.
			const file = files.get(issue.file) as LocatedDocument;
			problems.push({ at: locate(file, issue.path), problem: issue });
		}
	}
	if (!meta || problems.length) {
		return { ok: false, problems };
	}
	const locateFact = (factId: string, field?: string) => {
		const found = facts.find((f) => f.fact.id === factId);
		const file = found && files.get(found.file);
		return found && file ? locate(file, field ? [found.index, field] : [found.index]) : undefined;
	};
	return {
		ok: true,
		locateFact,
		compiled: compileDeck(
			meta,
			facts.map((f) => f.fact),
			pools
		)
	};
}
