// Quotes in « », “ ” or " ", with their speaker found from the attribution: after the quote
// ("», a déclaré M. Bourita", "», a-t-il indiqué", '," Albanese said'), inside it ("…, a rappelé
// Trump. …"), or before it in the same sentence ("X a qualifié … de «", "Selon X, «", "Pour X, «").
import type { PeopleFound, Person } from './people';
import { sentenceAt, type Sentence } from './text';
import type { Span } from './types';

export interface QuoteMention extends Span {
	gist: string;
	speaker: Person;
	confidence: number;
}

const SPEECH_FR =
	'déclaré|affirmé|indiqué|souligné|rappelé|ajouté|expliqué|estimé|assuré|précisé|qualifié|salué|dénoncé|annoncé|martelé|insisté|lancé|confié|jugé|promis|averti|prévenu|reconnu|répondu|écrit|dit|plaidé|poursuivi|conclu|observé|noté|regretté|déploré|réagi|commenté|relevé|fustigé|résumé|ironisé|admis|avoué|espéré|prévenu';
const SPEECH_EN =
	'said|says|told|added|stated|declared|called|noted|warned|insisted|explained|wrote|argued|stressed|announced|described|hailed|praised|vowed|promised|recalled|remarked';
const SPEECH_VERB = new RegExp(`(?<![\\p{L}])(?:${SPEECH_FR}|${SPEECH_EN})(?![\\p{L}])`, 'iu');
const FOR_SPEAKER = /(?:^|[\s,;:])(?:pour|selon|d['’]après|according to)\s+$/iu;
const PRONOUN_AFTER =
	/^\s*[,.]?\s*(?:a|avait|ont)-t-(?:il|elle)\s+\p{L}+|^\s*[,.]?\s*(?:he|she)\s+(?:said|added|told)/iu;
const SAID_AFTER = new RegExp(
	`^\\s*[,.]?["”»]?\\s*(?:(?:a|avait)\\s+(?:${SPEECH_FR})|(?:${SPEECH_EN}))\\s+`,
	'iu'
);

function findQuoteSpans(text: string): Span[] {
	const spans: Span[] = [];
	const re = /«([^«»]{2,1500})»|“([^“”]{2,1500})”|"([^"\n]{2,1500})"/gu;
	for (const match of text.matchAll(re)) {
		spans.push({ start: match.index, end: match.index + match[0].length });
	}
	return spans;
}

export function findQuotes(
	text: string,
	sentences: readonly Sentence[],
	people: PeopleFound
): QuoteMention[] {
	const quotes: QuoteMention[] = [];
	const personAt = (span: Span) =>
		people.mentions.find((m) => m.span.start >= span.start && m.span.end <= span.end)?.person;
	const lastBefore = (offset: number, from: number) => {
		let found: Person | undefined;
		for (const m of people.mentions) {
			if (m.span.end <= offset && m.span.start >= from) {
				found = m.person;
			}
		}
		return found;
	};
	for (const span of findQuoteSpans(text)) {
		let inner = text.slice(span.start + 1, span.end - 1);
		const words = inner.trim().split(/\s+/).length;
		if (words < 2) {
			continue;
		}
		const sentence = sentenceAt(sentences, span.start);
		if (sentence?.caption) {
			continue;
		}
		let speaker: Person | undefined;
		let confidence = 0.85;
		// Inside: "…, a rappelé Trump. …"
		const incise = new RegExp(
			`,\\s*(?:a|avait)\\s+(?:${SPEECH_FR})\\s+([^,.]{2,40})[.,]`,
			'iu'
		).exec(inner);
		if (incise) {
			const at = span.start + 1 + incise.index;
			speaker = personAt({ start: at, end: at + incise[0].length });
			if (speaker) {
				inner = inner.slice(0, incise.index) + '.' + inner.slice(incise.index + incise[0].length);
			}
		}
		const after = text.slice(span.end, span.end + 80);
		if (!speaker && SAID_AFTER.test(after)) {
			const said = SAID_AFTER.exec(after) as RegExpExecArray;
			speaker = personAt({ start: span.end + said[0].length, end: span.end + 80 });
		}
		if (!speaker && /^\s*["”]?\s*,?\s*\p{Lu}/u.test(after)) {
			// English: '," Albanese said'
			const en = /^\s*,?\s*(\p{Lu}[\p{L}\s-]{1,40}?)\s+(?:said|added|told|says)\b/u.exec(
				after.replace(/^["”]/, '')
			);
			if (en) {
				speaker = personAt({ start: span.end, end: span.end + 80 });
			}
		}
		if (!speaker && PRONOUN_AFTER.test(after)) {
			speaker = lastBefore(span.start, Math.max(0, span.start - 1500));
			confidence = 0.6;
		}
		if (!speaker && sentence) {
			// The last person named before the quote in its sentence, when a speech verb or
			// "selon/pour X" ties them to it.
			const last = [...people.mentions]
				.reverse()
				.find((m) => m.span.end <= span.start && m.span.start >= sentence.start);
			if (
				last &&
				(FOR_SPEAKER.test(text.slice(sentence.start, last.span.start)) ||
					SPEECH_VERB.test(text.slice(last.span.end, span.start)))
			) {
				speaker = last.person;
				confidence = 0.75;
			}
		}
		if (!speaker) {
			continue;
		}
		const gist = inner
			.replace(/\s+/g, ' ')
			.replace(/^[\s.,…]+|[\s.,…]+$/g, '')
			.trim();
		if (gist.split(/\s+/).length < 2 || (words < 3 && confidence < 0.75)) {
			continue;
		}
		quotes.push({ start: span.start, end: span.end, gist, speaker, confidence });
	}
	return quotes;
}
