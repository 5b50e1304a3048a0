// Reads decks written in YAML: parses, validates against the deck format, and reports every
// problem at once as "file:line:column: message" (positions from yaml-located.ts). Takes texts,
// not paths: the build script and the browser (editor, imports) share it.
import { isCollection } from 'yaml';
import { locate, parseLocated, validateAt, type LocatedDocument } from './yaml-located';
import { compileDeck } from '../domain/generate';
import type { CompiledDeck } from '../domain/cards';
import {
	checkReferences,
	DeckMetaSchema,
	FactSchema,
	PoolsSchema,
	type DeckIssue,
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

export type DeckReading = { ok: true; compiled: CompiledDeck } | { ok: false; errors: string[] };

export function readPools(file: TextFile): { pools?: Pools; errors: string[] } {
	const errors: string[] = [];
	const parsed = parseLocated(file.path, file.text, errors);
	const pools = errors.length
		? undefined
		: validateAt(PoolsSchema, parsed.doc.toJS(), parsed, [], errors);
	return { pools, errors };
}

/** Reads, validates and compiles one deck; on any problem, every error and no deck. */
export function readDeck(source: DeckSource, pools: Pools): DeckReading {
	const errors: string[] = [];
	const deckFile = parseLocated(source.deck.path, source.deck.text, errors);
	const meta: DeckMeta | undefined = deckFile.doc.errors.length
		? undefined
		: validateAt(DeckMetaSchema, deckFile.doc.toJS(), deckFile, [], errors);

	const files = new Map<string, LocatedDocument>();
	const facts: LocatedFact[] = [];
	for (const text of source.facts) {
		const file = parseLocated(text.path, text.text, errors);
		files.set(file.name, file);
		if (file.doc.errors.length) {
			continue;
		}
		const data: unknown = file.doc.toJS();
		if (!Array.isArray(data) || !isCollection(file.doc.contents)) {
			errors.push(locate(file, [], 'a fact file must be a YAML list of facts ("- kind: …")'));
			continue;
		}
		data.forEach((item, index) => {
			const fact = validateAt(FactSchema, item, file, [index], errors);
			if (fact) {
				facts.push({ file: file.name, index, fact });
			}
		});
	}
	if (source.facts.length === 0) {
		errors.push(`${source.deck.path}:1:1: the deck has no fact files (facts/*.yaml)`);
	}
	if (meta) {
		const issues: DeckIssue[] = checkReferences(meta, facts);
		for (const issue of issues) {
			const file = files.get(issue.file);
			errors.push(
				file ? locate(file, issue.path, issue.message) : `${issue.file}: ${issue.message}`
			);
		}
	}
	if (!meta || errors.length) {
		return { ok: false, errors };
	}
	return {
		ok: true,
		compiled: compileDeck(
			meta,
			facts.map((f) => f.fact),
			pools
		)
	};
}
