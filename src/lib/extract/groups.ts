// Groups written as lists of countries: "le Kazakhstan, l'Ouzbékistan, le Turkménistan, le
// Kirghizistan et le Tadjikistan", "the United States, India, Japan and Australia". The group's
// name is an acronym or a capitalised name next to the list ("le C5", "the Quad") when there is one.
import { countryName, type Mention } from './gazetteer';
import { sentenceAt, type Sentence } from './text';
import type { Lang, Span } from './types';

export interface GroupMention {
	name: string;
	members: string[];
	spans: Span[];
	sentence: string;
	confidence: number;
}

const SEPARATOR =
	/^\s*(?:,|,?\s+(?:et|ou|and|or|as well as)\s+)\s*(?:(?:le|la|les|du|de\s+la|de\s+l['’]|des|de|d['’]|l['’]|au|aux|à\s+la|à\s+l['’]|en|the)\s*)?$/iu;
const NAME =
	/(?<![\p{L}\d])(?:\p{Lu}[\p{Lu}\d+]{1,6}|\p{Lu}\d{1,2}(?:\+\d)?|\p{Lu}[\p{Ll}]+)(?![\p{L}\d])/gu;
const NOT_GROUP_NAMES = new Set([
	'Le',
	'La',
	'Les',
	'The',
	'Un',
	'Une',
	'En',
	'Au',
	'Pour',
	'Dans',
	'Selon',
	'Il',
	'Elle',
	'Ce',
	'Cette'
]);

export function findGroups(
	text: string,
	sentences: readonly Sentence[],
	mentions: readonly Mention[],
	lang: Lang
): GroupMention[] {
	const countries = mentions.filter((m) => m.entity.type === 'country' && !m.entity.demonym);
	const groups: GroupMention[] = [];
	const seen = new Set<string>();
	let run: Mention[] = [];
	const close = () => {
		const members = [
			...new Set(
				run.map((m) => (m.entity.type === 'country' ? countryName(m.entity.country, lang) : ''))
			)
		];
		if (members.length >= 3) {
			const key = [...members].sort().join('|');
			const sentence = sentenceAt(sentences, (run[0] as Mention).start);
			if (sentence && !seen.has(key)) {
				seen.add(key);
				groups.push({
					...nameFor(text, sentences, sentence, run, mentions, lang),
					members,
					spans: run.map((m) => ({ start: m.start, end: m.end })),
					sentence: sentence.text
				});
			}
		}
		run = [];
	};
	for (const mention of countries) {
		const last = run[run.length - 1];
		if (last && SEPARATOR.test(text.slice(last.end, mention.start))) {
			run.push(mention);
		} else {
			close();
			run = [mention];
		}
	}
	close();
	return groups;
}

function nameFor(
	text: string,
	sentences: readonly Sentence[],
	sentence: Sentence,
	run: readonly Mention[],
	mentions: readonly Mention[],
	lang: Lang
): { name: string; confidence: number } {
	const listSpan = { start: (run[0] as Mention).start, end: (run[run.length - 1] as Mention).end };
	const candidates: { name: string; score: number }[] = [];
	for (const s of [sentence, sentences[sentence.index + 1], sentences[sentence.index - 1]]) {
		if (!s) {
			continue;
		}
		for (const match of s.text.matchAll(NAME)) {
			const start = s.start + match.index;
			const word = match[0];
			if (
				NOT_GROUP_NAMES.has(word) ||
				match.index === 0 ||
				(start >= listSpan.start && start < listSpan.end) ||
				mentions.some((m) => m.start <= start && start < m.end)
			) {
				continue;
			}
			const acronym = /\d|^\p{Lu}{2,}/u.test(word);
			const near = s === sentence ? 2 : 0;
			// A capitalised common word mid-sentence ("Quad") counts when "summit", "format"… follows.
			const named =
				/^\s+(?:summit|format|group|grouping|alliance|bloc)|^\s*,?\s+(?:à savoir|soit|namely)/iu.test(
					text.slice(start + word.length, start + word.length + 20)
				);
			if (acronym || named) {
				candidates.push({ name: word, score: (acronym ? 2 : 1) + near + (named ? 1 : 0) });
			}
		}
	}
	candidates.sort((a, b) => b.score - a.score);
	const best = candidates[0];
	if (best) {
		return {
			name: lang === 'fr' && /^\p{Lu}\d/u.test(best.name) ? `le ${best.name}` : best.name,
			confidence: 0.75
		};
	}
	const before = text
		.slice(sentence.start, listSpan.start)
		.trim()
		.split(/\s+/)
		.slice(-7)
		.join(' ')
		.replace(
			/(?:[\s,:]|\b(?:avec|with|le|la|les|l['’]|du|des|de|d['’]|the|of|and|et|à|au|aux|en|in|to))+$/iu,
			''
		);
	return { name: before || (lang === 'fr' ? 'groupe' : 'group'), confidence: 0.45 };
}
