// Validation problems located in the text they came from (file, line, column), for one YAML or
// JSON document (JSON is YAML, so one parser gives positions for both). Deck folders
// (deck-yaml.ts), one-file decks and the editor all report through these helpers. Problems are
// data here; deck-problems.ts words them.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type ErrorCode } from 'yaml';
import * as v from 'valibot';
import type { ReferenceProblem } from '../domain/facts';

export type DataPath = readonly (string | number)[];

/** What is wrong in a deck's text, in no language. */
export type FormatProblem =
	/** The yaml library's own error (a missing bracket, a key written twice…), by its code. */
	| { code: 'syntax'; yaml: ErrorCode }
	/** A value the schemas refuse, and the field it belongs to when there is one. */
	| { code: 'invalid'; issue: v.BaseIssue<unknown>; field?: string }
	| ReferenceProblem
	| { code: 'not-a-fact-list' }
	| { code: 'no-fact-files' };

/** Where a problem is: "file:line:column", counted from 1. */
export interface Position {
	file: string;
	line: number;
	column: number;
}

export interface LocatedProblem {
	at: Position;
	problem: FormatProblem;
}

export interface LocatedDocument {
	name: string;
	doc: Document.Parsed;
	lines: LineCounter;
}

/** "file:line:column: message", the form editors and terminals recognise, in every language. */
export function atPosition(at: Position, message: string): string {
	return `${at.file}:${at.line}:${at.column}: ${message}`;
}

function position(file: LocatedDocument, offset: number): Position {
	const pos = file.lines.linePos(offset);
	return { file: file.name, line: pos.line, column: pos.col };
}

/** Parses a text; syntax errors (a truncated file, a duplicate key) are pushed to `problems`. */
export function parseLocated(
	name: string,
	text: string,
	problems: LocatedProblem[]
): LocatedDocument {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const file = { name, doc, lines };
	for (const error of [...doc.errors, ...doc.warnings]) {
		problems.push({
			at: position(file, error.pos[0]),
			problem: { code: 'syntax', yaml: error.code }
		});
	}
	return file;
}

/** Where the key that ends `path` is written: an unknown field points at "wat:", not its value. */
function keyOffset(file: LocatedDocument, path: DataPath): number | undefined {
	const parentPath = path.slice(0, -1);
	const parent = parentPath.length ? file.doc.getIn(parentPath, true) : file.doc.contents;
	if (!isMap(parent)) {
		return undefined;
	}
	const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
	return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

/** The position of the deepest node of `path` that exists (of its key, with `atKey`). */
export function locate(file: LocatedDocument, path: DataPath, atKey = false): Position {
	const offsetOfKey = atKey && path.length > 0 ? keyOffset(file, path) : undefined;
	if (offsetOfKey !== undefined) {
		return position(file, offsetOfKey);
	}
	for (let depth = path.length; depth >= 0; depth--) {
		const node = depth === 0 ? file.doc.contents : file.doc.getIn(path.slice(0, depth), true);
		const range = (node as { range?: [number, number, number] } | null)?.range;
		if (range) {
			return position(file, range[0]);
		}
	}
	return position(file, 0);
}

export function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
	return (issue.path ?? []).map((item) => item.key as string | number);
}

/** The field an issue is about: the last named key of its path, else of `prefix`. */
export function issueField(issue: v.BaseIssue<unknown>, prefix: DataPath): string | undefined {
	const own = issuePath(issue);
	return [...(own.length ? own : prefix.slice(-1))]
		.filter((key): key is string => typeof key === 'string')
		.at(-1);
}

/** An unknown field is reported at its key; other issues at their value. */
export function isUnknownField(issue: v.BaseIssue<unknown>): boolean {
	return issue.type === 'strict_object' && issue.expected === 'never';
}

/** Validates the value found at `prefix`; every issue becomes a located problem. */
export function validateAt<S extends v.GenericSchema>(
	schema: S,
	value: unknown,
	file: LocatedDocument,
	prefix: DataPath,
	problems: LocatedProblem[]
): v.InferOutput<S> | undefined {
	const result = v.safeParse(schema, value);
	if (result.success) {
		return result.output;
	}
	for (const issue of result.issues) {
		problems.push({
			at: locate(file, [...prefix, ...issuePath(issue)], isUnknownField(issue)),
			problem: { code: 'invalid', issue, field: issueField(issue, prefix) }
		});
	}
	return undefined;
}
