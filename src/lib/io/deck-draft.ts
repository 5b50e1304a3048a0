// Checks a deck being edited in the app, fact by fact, with the same rules and messages as
// `npm run decks:check` (in the interface language), so a teacher sees in the editor what the
// build would say.
import * as v from 'valibot';
import {
	checkReferences,
	DeckMetaSchema,
	FactSchema,
	type DeckMeta,
	type Fact,
	type LocatedFact
} from '../domain/facts';
import { m } from '../i18n';
import { describeIssue, describeProblem } from './deck-problems';
import { issueField, issuePath } from './yaml-located';

export interface DraftProblem {
	/** Index of the fact, or undefined for the deck's own fields. */
	fact?: number;
	/** The field the message is about, when there is one. */
	field?: string;
	message: string;
}

export interface DraftCheck {
	meta?: DeckMeta;
	/** The facts that are valid, with their index in the draft. */
	facts: { index: number; fact: Fact }[];
	problems: DraftProblem[];
}

function fieldOf(issue: v.BaseIssue<unknown>): string | undefined {
	return issuePath(issue).filter((key): key is string => typeof key === 'string')[0];
}

export function checkDraft(meta: unknown, facts: readonly unknown[]): DraftCheck {
	const problems: DraftProblem[] = [];
	const metaResult = v.safeParse(DeckMetaSchema, meta);
	if (!metaResult.success) {
		for (const issue of metaResult.issues) {
			problems.push({
				field: fieldOf(issue),
				message: describeIssue(issue, issueField(issue, []))
			});
		}
	}
	const valid: { index: number; fact: Fact }[] = [];
	facts.forEach((draft, index) => {
		const result = v.safeParse(FactSchema, draft);
		if (result.success) {
			valid.push({ index, fact: result.output });
		} else {
			for (const issue of result.issues) {
				const message = describeIssue(issue, issueField(issue, []));
				problems.push({ fact: index, field: fieldOf(issue), message });
			}
		}
	});
	if (metaResult.success) {
		const located: LocatedFact[] = valid.map(({ index, fact }) => ({ file: 'draft', index, fact }));
		for (const issue of checkReferences(metaResult.output, located)) {
			const [index, field] = issue.path;
			const message = describeProblem(issue);
			problems.push({
				fact: typeof index === 'number' ? index : undefined,
				field: typeof field === 'string' ? field : undefined,
				message: typeof field === 'string' ? m.format_field({ field, problem: message }) : message
			});
		}
	}
	return { meta: metaResult.success ? metaResult.output : undefined, facts: valid, problems };
}
