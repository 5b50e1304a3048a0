// CSV and TSV rows with the line each starts on, through papaparse: comma, semicolon or tab is
// detected, quoted fields may hold separators and line breaks, and a quote left open is reported.
import Papa from 'papaparse';

export interface CsvRow {
	/** The line the row starts on, from 1. */
	line: number;
	cells: string[];
	/** Papaparse's "MissingQuotes" (a quote never closed) or "InvalidQuotes". */
	quoteError?: 'missing' | 'invalid';
}

export interface CsvRows {
	rows: CsvRow[];
	delimiter: string;
}

/** The 1-based line of each offset, by binary search over the offsets of line breaks. */
function lineFinder(text: string): (offset: number) => number {
	const breaks: number[] = [];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
		breaks.push(i);
	}
	return (offset) => {
		let low = 0;
		let high = breaks.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if ((breaks[mid] as number) < offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low + 1;
	};
}

/**
 * Parses a text whose line breaks are already "\n". `quotes: false` reads quotes as plain text,
 * for Quizlet's tab-separated export, which never quotes.
 */
export function parseCsvRows(text: string, quotes = true): CsvRows {
	const lineAt = lineFinder(text);
	const rows: CsvRow[] = [];
	let delimiter = ',';
	let cursor = 0;
	Papa.parse<string[]>(text, {
		delimitersToGuess: [',', ';', '\t'],
		// A character no text holds: papaparse has no switch to turn quoting off.
		quoteChar: quotes ? '"' : '\u0000',
		skipEmptyLines: 'greedy',
		step: (result) => {
			// The row starts after the previous one and after the blank lines papaparse skipped.
			let start = cursor;
			while (start < text.length && /\s/.test(text.charAt(start))) {
				start++;
			}
			const codes = result.errors.map((error) => error.code);
			const quoteError = codes.includes('MissingQuotes')
				? 'missing'
				: codes.includes('InvalidQuotes')
					? 'invalid'
					: undefined;
			rows.push({ line: lineAt(start), cells: result.data, ...(quoteError && { quoteError }) });
			delimiter = result.meta.delimiter;
			cursor = result.meta.cursor;
		}
	});
	return { rows, delimiter };
}
