// A deck as a term / definition CSV, for spreadsheets and other flashcard apps. A `qa` fact is its
// question and answer as written; another fact gives its flashcards' prompts and answers, since a
// two-column file cannot hold a date with its precision or a list of members.
import Papa from 'papaparse';
import { cardsByFact, type CompiledDeck } from '../domain/cards';
import { m } from '../i18n';

export interface CsvExportOptions {
	/** "," by default; ";" suits a spreadsheet in French, "\t" Quizlet. */
	delimiter?: ',' | ';' | '\t';
}

export function exportCsv(compiled: CompiledDeck, options: CsvExportOptions = {}): string {
	const byFact = cardsByFact(compiled.cards);
	// The header row is for the person who opens the file, in their interface language; importCsv
	// recognises it in French and in English.
	const rows: string[][] = [[m.import_csv_export_term(), m.import_csv_export_definition()]];
	for (const fact of compiled.facts) {
		if (fact.kind === 'qa') {
			rows.push([fact.question, fact.answer]);
			continue;
		}
		for (const card of byFact.get(fact.id) ?? []) {
			if (card.kind === 'flashcard') {
				rows.push([card.prompt, card.answer]);
			}
		}
	}
	const csv = Papa.unparse(rows, {
		delimiter: options.delimiter ?? ',',
		newline: '\r\n',
		// Deck text is untrusted: a cell such as "=HYPERLINK(…)" must not run as a spreadsheet
		// formula, so cells starting with = + - @ get a leading quote, as spreadsheets expect.
		escapeFormulae: true
	});
	// The BOM tells spreadsheets the text is UTF-8; importCsv skips it.
	return `\uFEFF${csv}\r\n`;
}

/** "asie-centrale-diplomatie.csv". */
export function csvFileName(compiled: CompiledDeck): string {
	return `${compiled.deck.id}.csv`;
}
