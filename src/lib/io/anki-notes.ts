// Anki notes as `qa` facts. A standard note asks its first field and answers its second; a note
// type with a second card template (Basic and reversed) also gives the reverse question as a
// second fact; a cloze note gives one fact per cloze number. Ids come from Anki's note ids, which
// survive edits, so re-importing a corrected deck keeps progress.
import * as v from 'valibot';
import type { QaFact } from '../domain/facts';
import { m } from '../i18n';
import { clozeQuestions } from './cloze';
import { htmlToText } from './html-text';
import { slugify } from './ids';
import type { SkippedItem } from './import-result';

const MODEL_CLOZE = 1;

/** The part of a note type ("model" in col.models) the import needs. */
export const AnkiModelSchema = v.looseObject({
	name: v.string(),
	type: v.number(),
	flds: v.array(v.looseObject({ name: v.string(), ord: v.number() })),
	tmpls: v.array(v.looseObject({ name: v.string(), ord: v.number() }))
});
export const AnkiModelsSchema = v.record(v.string(), AnkiModelSchema);
export type AnkiModel = v.InferOutput<typeof AnkiModelSchema>;

export interface AnkiNote {
	id: number;
	/** The note type's id, a key of the models. */
	mid: string;
	/** Fields separated by "\x1f", in the order of the note type's fields. */
	flds: string;
	/** Space-separated tags. */
	tags: string;
}

export interface AnkiFacts {
	facts: { where: string; fact: QaFact }[];
	skipped: SkippedItem[];
}

// Tags Anki sets itself, about a learner's reviews rather than the content.
const ANKI_OWN_TAGS = new Set(['marked', 'leech']);

/** Anki tags as fact tags: "Géo::Capitales" is "geo-capitales". */
function factTags(tags: string): { tags?: string[] } {
	const slugs = tags
		.split(/\s+/)
		.map(slugify)
		.filter((tag) => tag && !ANKI_OWN_TAGS.has(tag));
	return slugs.length ? { tags: [...new Set(slugs)] } : {};
}

function excerpt(text: string): string {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Facts of the notes. `reversed` holds the ids of notes that have a second card (Anki's cards
 * table): "Basic (optional reversed card)" has one only when asked; when absent, every note of a
 * type with two templates counts as reversed.
 */
export function ankiFacts(
	notes: readonly AnkiNote[],
	models: Readonly<Record<string, AnkiModel>>,
	reversed?: ReadonlySet<number>
): AnkiFacts {
	const result: AnkiFacts = { facts: [], skipped: [] };
	notes.forEach((note, index) => {
		const fields = note.flds.split('\x1f').map(htmlToText);
		const number = index + 1;
		const where = fields[0]
			? m.import_anki_note_excerpt({ number, excerpt: excerpt(fields[0]) })
			: m.import_anki_note({ number });
		const skip = (reason: string) => result.skipped.push({ where, reason });
		const model = models[note.mid];
		if (!model) {
			return skip(m.import_anki_unknown_type());
		}
		const base = { kind: 'qa' as const, source: 'import', ...factTags(note.tags) };
		const id = `anki-${note.id}`;
		if (model.type === MODEL_CLOZE) {
			const questions = clozeQuestions(fields[0] ?? '');
			if (questions.length === 0) {
				return skip(m.import_anki_no_cloze({ example: '{{c1::…}}' }));
			}
			for (const { number, question, answer } of questions) {
				if (!answer) {
					skip(m.import_anki_cloze_empty({ number }));
					continue;
				}
				const fact = { ...base, id: `${id}-c${number}`, question, answer };
				result.facts.push({ where: m.import_anki_where_cloze({ where, number }), fact });
			}
			return;
		}
		const [front = '', back = ''] = fields;
		if (fields.length < 2) {
			return skip(m.import_anki_single_field({ name: model.name }));
		}
		if (!front || !back) {
			return skip(front ? m.import_anki_back_empty() : m.import_anki_front_empty());
		}
		result.facts.push({ where, fact: { ...base, id, question: front, answer: back } });
		const hasReverse = reversed ? reversed.has(note.id) : model.tmpls.length >= 2;
		if (hasReverse) {
			const fact = { ...base, id: `${id}-inverse`, question: back, answer: front };
			result.facts.push({ where: m.import_anki_where_reverse({ where }), fact });
		}
	});
	return result;
}
