// Validation errors located in the text they came from, "file:line:column: message", for one YAML
// or JSON document (JSON is YAML, so one parser gives positions for both). Deck folders
// (deck-yaml.ts), one-file decks and the editor all report through these helpers.
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import * as v from 'valibot';

export type DataPath = readonly (string | number)[];

export interface LocatedDocument {
	name: string;
	doc: Document.Parsed;
	lines: LineCounter;
}

/** Parses a text; syntax errors (a truncated file, a duplicate key) are pushed to `errors`. */
export function parseLocated(name: string, text: string, errors: string[]): LocatedDocument {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	for (const error of [...doc.errors, ...doc.warnings]) {
		const pos = lines.linePos(error.pos[0]);
		errors.push(`${name}:${pos.line}:${pos.col}: ${error.message.split('\n')[0]}`);
	}
	return { name, doc, lines };
}

function position(file: LocatedDocument, offset: number): string {
	const pos = file.lines.linePos(offset);
	return `${file.name}:${pos.line}:${pos.col}`;
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

/** "file:line:col: message" at the deepest node of `path` that exists. */
export function locate(file: LocatedDocument, path: DataPath, message: string, atKey = false) {
	const offsetOfKey = atKey && path.length > 0 ? keyOffset(file, path) : undefined;
	if (offsetOfKey !== undefined) {
		return `${position(file, offsetOfKey)}: ${message}`;
	}
	for (let depth = path.length; depth >= 0; depth--) {
		const node = depth === 0 ? file.doc.contents : file.doc.getIn(path.slice(0, depth), true);
		const range = (node as { range?: [number, number, number] } | null)?.range;
		if (range) {
			return `${position(file, range[0])}: ${message}`;
		}
	}
	return `${position(file, 0)}: ${message}`;
}

export function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
	return (issue.path ?? []).map((item) => item.key as string | number);
}

/** "what: is missing", "date: must be a real date…": the field named, as decks:check says it. */
export function describeIssue(issue: v.BaseIssue<unknown>, prefix: DataPath): string {
	const own = issuePath(issue);
	const field = [...(own.length ? own : prefix.slice(-1))]
		.filter((key) => typeof key === 'string')
		.at(-1);
	if (issue.input === undefined && issue.kind === 'schema' && field !== undefined) {
		return `"${field}" is missing`;
	}
	return field === undefined ? issue.message : `${field}: ${issue.message}`;
}

/** Validates the value found at `prefix`; every issue becomes a located error. */
export function validateAt<S extends v.GenericSchema>(
	schema: S,
	value: unknown,
	file: LocatedDocument,
	prefix: DataPath,
	errors: string[]
): v.InferOutput<S> | undefined {
	const result = v.safeParse(schema, value);
	if (result.success) {
		return result.output;
	}
	for (const issue of result.issues) {
		const unknownKey = issue.type === 'strict_object' && issue.expected === 'never';
		errors.push(
			locate(file, [...prefix, ...issuePath(issue)], describeIssue(issue, prefix), unknownKey)
		);
	}
	return undefined;
}
