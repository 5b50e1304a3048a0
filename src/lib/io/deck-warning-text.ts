// The strict check's warnings (src/lib/domain/deck-warnings.ts) worded in the interface language,
// or in English for `npm run decks:check`. A field is named as the caller calls it: the editor
// passes its form's labels, the deck tool the YAML key.
import type { DeckWarning } from '../domain/deck-warnings';
import { m } from '../i18n';
import type { Wording } from './deck-problems';

/** What the warning says, without where. */
export function warningText(warning: DeckWarning, w: Wording = {}): string {
	const text = warning.text;
	const other = warning.otherFactId ?? '';
	switch (warning.kind) {
		case 'tied-distractor':
			return other
				? m.format_warning_tied_distractor({ text, other }, w)
				: m.format_warning_tied_distractor_same({ text }, w);
		case 'ambiguous-date':
			return m.format_warning_ambiguous_date({ text, other }, w);
		case 'answer-in-question':
			return m.format_warning_answer_in_question({ text }, w);
		case 'outside-reference':
			return m.format_warning_outside_reference({ text }, w);
		case 'name-without-grammar':
			return m.format_warning_name_without_grammar({ text }, w);
		case 'long-typed-answer':
			return m.format_warning_long_typed_answer({ text }, w);
		case 'answer-punctuation':
			return m.format_warning_answer_punctuation({ text }, w);
	}
}

/** The warning with the field it is about, named by `label` (« Détenteurs », `holders`…). */
export function describeWarning(
	warning: DeckWarning,
	label: (field: string) => string | undefined,
	w: Wording = {}
): string {
	const problem = warningText(warning, w);
	const field = warning.field && label(warning.field);
	return field ? m.format_field({ field, problem }, w) : problem;
}
