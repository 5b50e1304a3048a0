// Anki notes as `qa` facts. A standard note asks its first field and answers its second; a note
// type with a second card template (Basic and reversed) also gives the reverse question as a
// second fact; a cloze note gives one fact per cloze number. Ids come from Anki's note ids, which
// survive edits, so re-importing a corrected deck keeps progress.
import * as v from 'valibot';
import type { QaFact } from '../domain/facts';
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
		const where = `note ${index + 1}${fields[0] ? ` (« ${excerpt(fields[0])} »)` : ''}`;
		const skip = (reason: string) => result.skipped.push({ where, reason });
		const model = models[note.mid];
		if (!model) {
			return skip('type de note inconnu (absent de la collection)');
		}
		const base = { kind: 'qa' as const, source: 'import', ...factTags(note.tags) };
		const id = `anki-${note.id}`;
		if (model.type === MODEL_CLOZE) {
			const questions = clozeQuestions(fields[0] ?? '');
			if (questions.length === 0) {
				return skip('texte à trous sans aucun trou {{c1::…}}');
			}
			for (const { number, question, answer } of questions) {
				if (!answer) {
					skip(`trou c${number} vide`);
					continue;
				}
				const fact = { ...base, id: `${id}-c${number}`, question, answer };
				result.facts.push({ where: `${where}, trou c${number}`, fact });
			}
			return;
		}
		const [front = '', back = ''] = fields;
		if (fields.length < 2) {
			return skip(`type de note « ${model.name} » à un seul champ : rien à demander`);
		}
		if (!front || !back) {
			return skip(`${front ? 'verso' : 'recto'} vide (images et sons sont ignorés)`);
		}
		result.facts.push({ where, fact: { ...base, id, question: front, answer: back } });
		const hasReverse = reversed ? reversed.has(note.id) : model.tmpls.length >= 2;
		if (hasReverse) {
			const fact = { ...base, id: `${id}-inverse`, question: back, answer: front };
			result.facts.push({ where: `${where}, carte inverse`, fact });
		}
	});
	return result;
}
