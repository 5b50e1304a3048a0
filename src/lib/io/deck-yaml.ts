// Reads decks written in YAML: parses, validates against the deck format, and reports every
// problem at once as "file:line:column: message". Takes texts, not paths: the build script and
// the browser (editor, imports) share it.
import { isCollection, isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import * as v from 'valibot';
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

interface ParsedFile {
	path: string;
	doc: Document.Parsed;
	lines: LineCounter;
}

function parse(file: TextFile, errors: string[]): ParsedFile {
	const lines = new LineCounter();
	const doc = parseDocument(file.text, {
		lineCounter: lines,
		prettyErrors: false,
		uniqueKeys: true
	});
	for (const error of [...doc.errors, ...doc.warnings]) {
		const pos = lines.linePos(error.pos[0]);
		errors.push(`${file.path}:${pos.line}:${pos.col}: ${error.message.split('\n')[0]}`);
	}
	return { path: file.path, doc, lines };
}

/** Where the key that ends `path` is written, when it exists: "wat:" rather than its value. */
function keyOffset(file: ParsedFile, path: readonly (string | number)[]): number | undefined {
	const parentPath = path.slice(0, -1);
	const parent = parentPath.length ? file.doc.getIn(parentPath, true) : file.doc.contents;
	if (!isMap(parent)) {
		return undefined;
	}
	const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
	return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

/**
 * "file:line:col: message" for a path into the file's data, at the deepest node that exists;
 * `atKey` points at the last key itself (an unknown field) rather than at its value.
 */
function locate(
	file: ParsedFile,
	path: readonly (string | number)[],
	message: string,
	atKey = false
): string {
	const offsetOfKey = atKey && path.length > 0 ? keyOffset(file, path) : undefined;
	if (offsetOfKey !== undefined) {
		const pos = file.lines.linePos(offsetOfKey);
		return `${file.path}:${pos.line}:${pos.col}: ${message}`;
	}
	let offset = 0;
	for (let depth = path.length; depth >= 0; depth--) {
		const node = depth === 0 ? file.doc.contents : file.doc.getIn(path.slice(0, depth), true);
		const range = (node as { range?: [number, number, number] } | null)?.range;
		if (range) {
			offset = range[0];
			break;
		}
	}
	const pos = file.lines.linePos(offset);
	return `${file.path}:${pos.line}:${pos.col}: ${message}`;
}

export function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
	return (issue.path ?? []).map((item) => item.key as string | number);
}

export function describeIssue(issue: v.BaseIssue<unknown>, prefix: (string | number)[]): string {
	const path = [...prefix, ...issuePath(issue)];
	const field = path.filter((key) => typeof key === 'string').at(-1);
	if (issue.input === undefined && issue.kind === 'schema' && field !== undefined) {
		return `"${field}" is missing`;
	}
	return field === undefined ? issue.message : `${field}: ${issue.message}`;
}

/** Validates one piece of a file against a schema; every issue becomes a located error. */
function validate<S extends v.GenericSchema>(
	schema: S,
	value: unknown,
	file: ParsedFile,
	prefix: (string | number)[],
	errors: string[]
): v.InferOutput<S> | undefined {
	const result = v.safeParse(schema, value);
	if (result.success) {
		return result.output;
	}
	for (const issue of result.issues) {
		const path = [...prefix, ...issuePath(issue)];
		// An unknown field is a key the schema does not know: point at the key, not its value.
		const unknownKey = issue.type === 'strict_object' && issue.expected === 'never';
		errors.push(locate(file, path, describeIssue(issue, prefix), unknownKey));
	}
	return undefined;
}

export function readPools(file: TextFile): { pools?: Pools; errors: string[] } {
	const errors: string[] = [];
	const parsed = parse(file, errors);
	const pools = errors.length
		? undefined
		: validate(PoolsSchema, parsed.doc.toJS(), parsed, [], errors);
	return { pools, errors };
}

/** Reads, validates and compiles one deck; on any problem, every error and no deck. */
export function readDeck(source: DeckSource, pools: Pools): DeckReading {
	const errors: string[] = [];
	const deckFile = parse(source.deck, errors);
	const meta: DeckMeta | undefined = deckFile.doc.errors.length
		? undefined
		: validate(DeckMetaSchema, deckFile.doc.toJS(), deckFile, [], errors);

	const files = new Map<string, ParsedFile>();
	const facts: LocatedFact[] = [];
	for (const text of source.facts) {
		const file = parse(text, errors);
		files.set(file.path, file);
		if (file.doc.errors.length) {
			continue;
		}
		const data: unknown = file.doc.toJS();
		if (!Array.isArray(data) || !isCollection(file.doc.contents)) {
			errors.push(locate(file, [], 'a fact file must be a YAML list of facts ("- kind: …")'));
			continue;
		}
		data.forEach((item, index) => {
			const fact = validate(FactSchema, item, file, [index], errors);
			if (fact) {
				facts.push({ file: file.path, index, fact });
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
