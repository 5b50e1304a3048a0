// Term / definition lists (CSV, TSV, Quizlet's export) as a deck of `qa` facts: each row is a
// question (the term) and its answer (the definition). Rows that cannot be read are skipped and
// named by line; a quote left open refuses the file, since everything after it would be lost.
import type { QaFact } from '../domain/facts';
import { m } from '../i18n';
import { idAllocator, idFromText } from './ids';
import {
	failure,
	finishImport,
	importedDeckMeta,
	type ImportOptions,
	type ImportResult,
	type SkippedItem
} from './import-result';
import { at, fileSizeError } from './limits';
import { parseCsvRows, type CsvRow } from './csv-rows';

export interface CsvOptions extends ImportOptions {
	/** Whether the first row names the columns; guessed from its words when absent or 'auto'. */
	header?: boolean | 'auto';
}

const DELIMITER_NAMES: Record<string, () => string> = {
	',': m.import_csv_delimiter_comma,
	';': m.import_csv_delimiter_semicolon,
	'\t': m.import_csv_delimiter_tab
};

// Column names a first row may hold, folded: lower case, no accents.
const HEADER_WORDS = new Set([
	'term',
	'terme',
	'terms',
	'termes',
	'mot',
	'mots',
	'word',
	'question',
	'questions',
	'recto',
	'front',
	'definition',
	'definitions',
	'reponse',
	'reponses',
	'answer',
	'answers',
	'verso',
	'back',
	'traduction',
	'translation',
	'sens',
	'meaning'
]);

function fold(text: string): string {
	return text
		.trim()
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '');
}

function looksLikeHeader(row: CsvRow | undefined): boolean {
	const [term, definition] = row?.cells ?? [];
	return (
		term !== undefined &&
		definition !== undefined &&
		HEADER_WORDS.has(fold(term)) &&
		HEADER_WORDS.has(fold(definition))
	);
}

/** Why a row gives no fact, or its term and definition. */
function readRow(row: CsvRow): { reason: string } | { term: string; definition: string } {
	if (row.quoteError) {
		return { reason: m.import_csv_bad_quotes() };
	}
	const cells = row.cells.map((cell) => cell.trim());
	// A trailing separator ("terme;définition;") adds an empty column that is no mistake.
	while (cells.length > 2 && cells.at(-1) === '') {
		cells.pop();
	}
	if (cells.length === 1) {
		return { reason: m.import_csv_one_column() };
	}
	if (cells.length > 2) {
		return { reason: m.import_csv_column_count({ count: cells.length }) };
	}
	const [term = '', definition = ''] = cells;
	if (!term && !definition) {
		return { reason: m.import_csv_both_empty() };
	}
	if (!term) {
		return { reason: m.import_csv_term_empty() };
	}
	if (!definition) {
		return { reason: m.import_csv_definition_empty() };
	}
	return { term, definition };
}

/** Reads a CSV or TSV text (BOM, CRLF and the separator handled) into a deck of `qa` facts. */
export function importCsv(text: string, options: CsvOptions): ImportResult {
	const tooBig = fileSizeError(text.length, options.fileName);
	if (tooBig) {
		return failure(tooBig);
	}
	const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (!clean.trim()) {
		return failure(m.import_file_empty({ fileName: options.fileName }));
	}
	const notes: string[] = [];
	let parsed = parseCsvRows(clean);
	const open = parsed.rows.find((row) => row.quoteError === 'missing');
	if (open && parsed.delimiter === '\t') {
		// Quizlet's export never quotes: a quote in it is text.
		parsed = parseCsvRows(clean, false);
		notes.push(m.import_csv_quotes_as_text());
	} else if (open) {
		return failure(at(m.import_csv_line({ line: open.line }), m.import_csv_unclosed_quote()));
	}
	const { rows, delimiter } = parsed;
	notes.push(m.import_csv_delimiter_note({ name: DELIMITER_NAMES[delimiter]?.() ?? delimiter }));
	const header =
		options.header === undefined || options.header === 'auto'
			? looksLikeHeader(rows[0])
			: options.header;
	if (header && rows[0]) {
		const cells = rows[0].cells.join(' / ');
		notes.push(m.import_csv_header_note({ line: rows[0].line, cells }));
	}
	const meta = importedDeckMeta(options, 'Import');
	const nextId = idAllocator();
	const skipped: SkippedItem[] = [];
	const built: { where: string; fact: QaFact }[] = [];
	for (const row of header ? rows.slice(1) : rows) {
		const where = m.import_csv_line({ line: row.line });
		const read = readRow(row);
		if ('reason' in read) {
			skipped.push({ where, reason: read.reason });
			continue;
		}
		const fact: QaFact = {
			kind: 'qa',
			id: nextId(idFromText(read.term)),
			source: 'import',
			question: read.term,
			answer: read.definition
		};
		built.push({ where, fact });
	}
	return finishImport(meta, built, skipped, notes, options.pools);
}
