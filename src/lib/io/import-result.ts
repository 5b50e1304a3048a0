// What every importer gives the import page: the compiled deck to preview and import in one step,
// what was left out and why, or only errors and no deck (an import is never half-applied).
import * as v from 'valibot';
import type { CompiledDeck } from '../domain/cards';
import {
	checkReferences,
	DeckMetaSchema,
	EMPTY_POOLS,
	FactSchema,
	type DeckMeta,
	type Fact,
	type Pools
} from '../domain/facts';
import { compileDeck } from '../domain/generate';
import { m } from '../i18n';
import { describeIssue, describeProblem } from './deck-problems';
import { idFromText } from './ids';
import { at } from './limits';
import { issueField } from './yaml-located';

/** How the deck made from a CSV or Anki file is named. */
export interface ImportOptions {
	/** The file's name: the deck's source title, and its default title. */
	fileName: string;
	/** The deck's title; the file name without its extension when absent. */
	title?: string;
	/** The deck's id; a slug of the title when absent. Reuse it to update a deck on re-import. */
	deckId?: string;
	/** Language of the content; "fr" when absent. */
	lang?: string;
	/** Distractor pools for compiling; none when absent (qa facts do not need them). */
	pools?: Pools;
}

/** A row or note left out: "ligne 7", "réponse vide" (in the interface language). */
export interface SkippedItem {
	where: string;
	reason: string;
}

export interface ImportPreview {
	compiled: CompiledDeck;
	skipped: SkippedItem[];
	/** What the page should tell, e.g. "12 fichiers médias ignorés". */
	notes: string[];
}

export type ImportResult = ({ ok: true } & ImportPreview) | { ok: false; errors: string[] };

export function failure(...errors: string[]): ImportResult {
	return { ok: false, errors };
}

export function skippedText(item: SkippedItem): string {
	return at(item.where, item.reason);
}

const issueText = (issue: v.BaseIssue<unknown>) => describeIssue(issue, issueField(issue, []));

/** The deck description of an imported file: one source, the file itself. */
export function importedDeckMeta(options: ImportOptions, outlet: string): DeckMeta {
	const fileName = options.fileName.trim() || m.import_default_file_name();
	const title = options.title?.trim() || fileName.replace(/\.[^.]+$/, '') || fileName;
	return {
		id: options.deckId ?? idFromText(title),
		title,
		lang: options.lang ?? 'fr',
		sources: [{ id: 'import', outlet, title: fileName }]
	};
}

/**
 * Validates the facts an importer built (a row's text may still break a rule of the format) and
 * compiles the deck. Facts that do not validate are skipped with the reason; a deck with no fact
 * left is refused.
 */
export function finishImport(
	meta: DeckMeta,
	built: readonly { where: string; fact: Fact }[],
	skipped: SkippedItem[],
	notes: string[],
	pools: Pools = EMPTY_POOLS
): ImportResult {
	const metaResult = v.safeParse(DeckMetaSchema, meta);
	if (!metaResult.success) {
		const where = m.import_where_deck();
		return failure(...metaResult.issues.map((issue) => at(where, issueText(issue))));
	}
	const facts: Fact[] = [];
	for (const { where, fact } of built) {
		const result = v.safeParse(FactSchema, fact);
		if (result.success) {
			facts.push(result.output);
		} else {
			skipped.push({ where, reason: result.issues.map(issueText).join(', ') });
		}
	}
	const located = facts.map((fact, index) => ({ file: 'import', index, fact }));
	const issues = checkReferences(metaResult.output, located);
	if (issues.length) {
		return failure(...issues.map((issue) => describeProblem(issue)));
	}
	if (facts.length === 0) {
		const reasons = skipped.slice(0, 3).map(skippedText);
		return failure(m.import_no_cards(), ...reasons);
	}
	return { ok: true, compiled: compileDeck(metaResult.output, facts, pools), skipped, notes };
}

/** "42 faits, 96 cartes, 3 éléments ignorés (ligne 7 : réponse vide…)". */
export function summarizeImport(preview: ImportPreview): string {
	const parts: string[] = [
		m.app_fact_count({ count: preview.compiled.facts.length }),
		m.app_card_count({ count: preview.compiled.cards.length })
	];
	if (preview.skipped.length) {
		const first = preview.skipped[0] as SkippedItem;
		const more = preview.skipped.length > 1 ? '…' : '';
		const skipped = m.import_skipped_count({ count: preview.skipped.length });
		parts.push(`${skipped} (${skippedText(first)}${more})`);
	}
	return parts.join(', ');
}
