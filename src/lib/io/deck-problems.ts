// Deck-format problems worded in the interface language: the domain's schemas and reference
// checks, yaml-located.ts and the yaml library say them as data (a rule, a code, an issue's type),
// and this module turns them into sentences. `npm run decks:check` asks for English.
import type * as v from 'valibot';
import { FACT_KINDS, FORMAT_RULES, PLACE_KINDS, type FormatRule } from '../domain/facts';
import { m, type Locale } from '../i18n';
import {
	atPosition,
	isUnknownField,
	type FormatProblem,
	type LocatedProblem
} from './yaml-located';

/** The language to word in; the interface's when absent. */
export interface Wording {
	locale?: Locale;
}

type Issue = v.BaseIssue<unknown>;

const ruleOf = (issue: Issue): FormatRule | undefined =>
	FORMAT_RULES.find((rule) => rule === issue.message);

/** The kind of the fact an issue's innermost object is (the object holding the bad key). */
function factKindOf(issue: Issue): string {
	const object = issue.path?.at(-1)?.input as { kind?: unknown } | undefined;
	return String(object?.kind);
}

/** An unknown field, named with what it is in: the deck, a source, a fact of some kind. */
function unknownField(issue: Issue, w: Wording): string {
	const field = String(issue.input);
	switch (ruleOf(issue)) {
		case 'deck-fields':
			return m.format_unknown_deck_field({ field }, w);
		case 'source-fields':
			return m.format_unknown_source_field({ field }, w);
		case 'fact-fields':
			return m.format_unknown_fact_field({ field, kind: factKindOf(issue) }, w);
		default:
			return m.format_unknown_field({ field }, w);
	}
}

/** What a rule of the format asks, for the rules the domain names. */
function ruleText(rule: FormatRule, issue: Issue, w: Wording): string {
	switch (rule) {
		case 'id':
			return m.format_rule_id({}, w);
		case 'quoted-date':
			return m.format_rule_quoted_date({}, w);
		case 'date-format':
			return m.format_rule_date_format({}, w);
		case 'real-date':
			return m.format_rule_real_date({}, w);
		case 'web-address':
			return m.format_rule_web_address({}, w);
		case 'language-tag':
			return m.format_rule_language_tag({}, w);
		case 'text-list':
			return m.format_rule_text_list({}, w);
		case 'tags':
			return m.format_rule_tags({}, w);
		case 'person-ids':
			return m.format_rule_person_ids({}, w);
		case 'sources':
			return issue.type === 'non_empty'
				? m.format_rule_at_least_one_source({}, w)
				: m.format_rule_sources({}, w);
		case 'place-kind':
			return m.format_rule_place_kind({ kinds: PLACE_KINDS.join(', ') }, w);
		case 'two-members':
			return m.format_rule_two_members({}, w);
		case 'fact-kind':
			// Without a path, the fact was not even an object to read a kind from.
			return issue.path
				? m.format_rule_fact_kind({ kind: String(issue.input), kinds: FACT_KINDS.join(', ') }, w)
				: m.format_rule_object({}, w);
		case 'deck-fields':
		case 'source-fields':
		case 'fact-fields':
			return isUnknownField(issue) ? unknownField(issue, w) : m.format_rule_object({}, w);
	}
}

/** What a check with no rule of its own asks, from its valibot type. */
function typeText(issue: Issue, w: Wording): string {
	switch (issue.type) {
		case 'string':
			return m.format_rule_text({}, w);
		case 'number':
			return m.format_rule_number({}, w);
		case 'array':
			return m.format_rule_list({}, w);
		case 'object':
			return m.format_rule_object({}, w);
		case 'strict_object':
			return isUnknownField(issue) ? unknownField(issue, w) : m.format_rule_object({}, w);
		case 'non_empty':
			return typeof issue.input === 'string'
				? m.format_rule_not_empty({}, w)
				: m.format_rule_at_least_one({}, w);
		case 'min_length':
			return m.format_rule_min_items({ count: Number(issue.requirement) }, w);
		default:
			return m.format_rule_invalid(
				{ expected: issue.expected ?? '?', received: issue.received },
				w
			);
	}
}

/** "date : doit être une date qui existe…", "« what » manque", "champ inconnu « wat »…". */
export function describeIssue(issue: Issue, field: string | undefined, w: Wording = {}): string {
	if (issue.input === undefined && issue.kind === 'schema' && field !== undefined) {
		return m.format_missing({ field }, w);
	}
	const rule = ruleOf(issue);
	const text = rule ? ruleText(rule, issue, w) : typeText(issue, w);
	// An unknown field names itself.
	return field === undefined || isUnknownField(issue)
		? text
		: m.format_field({ field, problem: text }, w);
}

export function describeProblem(problem: FormatProblem, w: Wording = {}): string {
	switch (problem.code) {
		case 'syntax':
			return m.format_syntax({ code: problem.yaml }, w);
		case 'invalid':
			return describeIssue(problem.issue, problem.field, w);
		case 'not-a-fact-list':
			return m.format_not_a_fact_list({}, w);
		case 'no-fact-files':
			return m.format_no_fact_files({}, w);
		case 'duplicate-id':
			return m.format_duplicate_id({ id: problem.id, firstFile: problem.firstFile }, w);
		case 'unknown-source':
			return m.format_unknown_source(
				{ source: problem.source, sources: problem.sources.join(', ') },
				w
			);
		case 'no-such-fact':
			return m.format_no_such_fact({ id: problem.id, kind: problem.kind }, w);
		case 'wrong-kind':
			return m.format_wrong_kind({ id: problem.id, kind: problem.kind, actual: problem.actual }, w);
		case 'person-without-place':
			return m.format_person_without_place({}, w);
	}
}

/** "evenements.yaml:23:9: date : doit être une date qui existe…". */
export function describeLocated(located: LocatedProblem, w: Wording = {}): string {
	return atPosition(located.at, describeProblem(located.problem, w));
}
