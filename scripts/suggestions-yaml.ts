// Suggested facts as a fact file of the deck format (YAML), each fact with a comment that gives
// the sentence it comes from, for `npm run decks:suggest` and for a teacher who keeps decks in git.
import { Document, isMap, isSeq } from 'yaml';
import type { Suggestion } from '../src/lib/extract/types';

export function suggestionsYaml(suggestions: readonly Suggestion[], header: string[] = []): string {
	const doc = new Document(suggestions.map((s) => s.fact));
	const items = doc.contents;
	if (isSeq(items)) {
		items.items.forEach((item, i) => {
			const suggestion = suggestions[i];
			if (isMap(item) && suggestion) {
				const sentence = suggestion.sentence.replace(/\s+/g, ' ').trim();
				const notes = [
					`« ${sentence.length > 300 ? `${sentence.slice(0, 297)}…` : sentence} »`,
					`confidence ${suggestion.confidence.toFixed(2)}${suggestion.uncertain?.length ? `, to check: ${suggestion.uncertain.join(', ')}` : ''}`
				];
				item.commentBefore = notes.map((n) => ` ${n}`).join('\n');
			}
		});
	}
	doc.commentBefore = [
		' yaml-language-server: $schema=../../schema/facts.schema.json',
		...header.map((h) => ` ${h}`)
	].join('\n');
	return doc.toString({ lineWidth: 0 });
}
