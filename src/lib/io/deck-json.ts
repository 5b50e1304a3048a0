// A deck as one file, to export, share and import back: a YAML or JSON document
// { format: revise-deck, version: 1, deck, facts } holding what a deck folder holds (deck.yaml and
// facts/*.yaml). It is validated by the same schemas as the deck folders, errors located.
import { stringify } from 'yaml';
import {
	checkReferences,
	DeckMetaSchema,
	EMPTY_POOLS,
	FactSchema,
	type DeckMeta,
	type Fact,
	type LocatedFact,
	type Pools
} from '../domain/facts';
import { compileDeck } from '../domain/generate';
import { formatNumber, m } from '../i18n';
import { describeLocated } from './deck-problems';
import { failure, type ImportResult } from './import-result';
import { fileSizeError, stripDangerousKeys } from './limits';
import {
	atPosition,
	locate,
	parseLocated,
	validateAt,
	type DataPath,
	type LocatedDocument,
	type LocatedProblem
} from './yaml-located';

export const DECK_FILE_FORMAT = 'revise-deck';
export const DECK_FILE_VERSION = 1;

export interface DeckFile {
	format: typeof DECK_FILE_FORMAT;
	version: typeof DECK_FILE_VERSION;
	deck: DeckMeta;
	facts: Fact[];
}

export type DeckFileType = 'yaml' | 'json';

export function deckFile(deck: DeckMeta, facts: readonly Fact[]): DeckFile {
	return { format: DECK_FILE_FORMAT, version: DECK_FILE_VERSION, deck, facts: [...facts] };
}

/** The deck as the text of one file; `importDeckFile` reads it back to the same deck and facts. */
export function exportDeckFile(
	deck: DeckMeta,
	facts: readonly Fact[],
	type: DeckFileType = 'yaml'
) {
	const data = deckFile(deck, facts);
	return type === 'json' ? `${JSON.stringify(data, null, '\t')}\n` : stringify(data);
}

/** "asie-centrale-diplomatie.revise.yaml": the extension says what imports it. */
export function deckFileName(deck: DeckMeta, type: DeckFileType = 'yaml'): string {
	return `${deck.id}.revise.${type}`;
}

const TOP_KEYS = new Set(['format', 'version', 'deck', 'facts']);

/** "file:line:column: message" for a message of the envelope's own. */
function at(file: LocatedDocument, path: DataPath, message: string, atKey = false): string {
	return atPosition(locate(file, path, atKey), message);
}

/** The envelope's own checks; true when deck and facts can be validated. */
function checkEnvelope(data: unknown, file: LocatedDocument, errors: string[]): boolean {
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		errors.push(at(file, [], m.import_deck_not_revise()));
		return false;
	}
	const record = data as Record<string, unknown>;
	if (record.format !== DECK_FILE_FORMAT) {
		errors.push(at(file, ['format'], m.import_deck_not_revise()));
		return false;
	}
	if (record.version !== DECK_FILE_VERSION) {
		const version = JSON.stringify(record.version);
		const message = m.import_deck_unknown_version({ version, supported: DECK_FILE_VERSION });
		errors.push(at(file, ['version'], message));
	}
	for (const key of Object.keys(record).filter((key) => !TOP_KEYS.has(key))) {
		errors.push(at(file, [key], m.import_deck_unknown_key({ key }), true));
	}
	if (record.deck === undefined) {
		errors.push(at(file, [], m.import_deck_missing_deck()));
	}
	if (!Array.isArray(record.facts)) {
		errors.push(at(file, ['facts'], m.import_deck_facts_not_list()));
	}
	return record.deck !== undefined && Array.isArray(record.facts);
}

const worded = (problems: readonly LocatedProblem[]) =>
	problems.map((problem) => describeLocated(problem));

/**
 * Reads a deck file (YAML or JSON): every problem at once as "file:line:col: message", or the
 * compiled deck. Prototype-pollution keys are dropped, with a note.
 */
export function importDeckFile(
	text: string,
	fileName: string,
	pools: Pools = EMPTY_POOLS
): ImportResult {
	// A text is at least as many bytes as characters: this refuses every text over the limit.
	const tooBig = fileSizeError(text.length, fileName);
	if (tooBig) {
		return failure(tooBig);
	}
	if (!text.trim()) {
		return failure(m.import_file_empty({ fileName }));
	}
	const parsing: LocatedProblem[] = [];
	const file = parseLocated(fileName, text, parsing);
	const errors = worded(parsing);
	if (file.doc.errors.length) {
		return failure(...errors);
	}
	const dropped: string[] = [];
	const data = stripDangerousKeys(file.doc.toJS({ maxAliasCount: 100 }), dropped);
	if (!checkEnvelope(data, file, errors)) {
		return failure(...errors);
	}
	const { deck, facts: items } = data as { deck: unknown; facts: unknown[] };
	const problems: LocatedProblem[] = [];
	const meta = validateAt(DeckMetaSchema, deck, file, ['deck'], problems);
	const facts: LocatedFact[] = [];
	items.forEach((item, index) => {
		const fact = validateAt(FactSchema, item, file, ['facts', index], problems);
		if (fact) {
			facts.push({ file: fileName, index, fact });
		}
	});
	if (meta) {
		for (const issue of checkReferences(meta, facts)) {
			problems.push({ at: locate(file, ['facts', ...issue.path]), problem: issue });
		}
	}
	errors.push(...worded(problems));
	if (!meta || errors.length) {
		return failure(...errors);
	}
	if (facts.length === 0) {
		return failure(at(file, ['facts'], m.import_deck_no_facts()));
	}
	const notes = dropped.length
		? [
				m.import_deck_dangerous_keys({
					count: formatNumber(dropped.length),
					keys: dropped.join(', ')
				})
			]
		: [];
	const compiled = compileDeck(
		meta,
		facts.map((f) => f.fact),
		pools
	);
	return { ok: true, compiled, skipped: [], notes };
}
