// Text helpers of the extractor: a folded copy of the text with the same offsets (lower case, no
// accents, one kind of apostrophe and space) for gazetteer matching, and sentences with their spans.
import type { Span } from './types';

/** One character folded: "É" → "e", "’" → "'", "-" → " ", no-break spaces → " ". */
function foldChar(char: string): string {
	if (/\s/.test(char) || char === '-' || char === '‑') {
		return ' ';
	}
	if (char === '’' || char === 'ʼ' || char === '‘') {
		return "'";
	}
	const base = char.normalize('NFD')[0] ?? char;
	const lower = base.toLowerCase();
	return lower.length === 1 ? lower : char;
}

const folded = new Map<string, string>();

/** The text folded character by character: same length, so offsets carry over. */
export function fold(text: string): string {
	const out: string[] = [];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 128 && code !== 45 && code !== 9 && code !== 10 && code !== 13) {
			out.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : (text[i] as string));
		} else {
			const char = text[i] as string;
			let f = folded.get(char);
			if (f === undefined) {
				f = foldChar(char);
				folded.set(char, f);
			}
			out.push(f);
		}
	}
	return out.join('');
}

/** A gazetteer key: folded, trimmed, spaces collapsed. */
export function key(text: string): string {
	return fold(text).replace(/\s+/g, ' ').trim();
}

export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface Sentence extends Span {
	text: string;
	/** Index in the list of sentences. */
	index: number;
	/** True for a photo caption or credit line: not a place for events or quotes. */
	caption: boolean;
}

const ABBREVIATIONS =
	/(?:\b(?:M|MM|Mme|Mlle|Dr|St|Mr|Mrs|Ms|av|apr|J\.-C|etc|env|No|n°)|\b\p{Lu})\.$/u;
const CAPTION =
	/(?:Public domain|Wikimedia|Getty Images|Photo\s*:|©|\bAFP\b\s*$|Crédits?\s*:|Reuters\/|via Wikimedia)/i;

/** Splits text into sentences: at line breaks, and after . ! ? … followed by a capital or quote. */
export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	const push = (start: number, end: number) => {
		while (start < end && /\s/.test(text[start] as string)) {
			start++;
		}
		while (end > start && /\s/.test(text[end - 1] as string)) {
			end--;
		}
		if (end > start) {
			const slice = text.slice(start, end);
			sentences.push({
				start,
				end,
				text: slice,
				index: sentences.length,
				caption: CAPTION.test(slice)
			});
		}
	};
	let start = 0;
	const boundary = /\n+|[.!?…]+["»”)]*(?=\s+["«“(]?\s*[\p{Lu}\d])/gu;
	for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
		const end = match.index + match[0].length;
		if (match[0][0] !== '\n' && ABBREVIATIONS.test(text.slice(Math.max(0, end - 8), end))) {
			continue;
		}
		push(start, match[0][0] === '\n' ? match.index : end);
		start = end;
	}
	push(start, text.length);
	return sentences;
}

/** The sentence that holds an offset (binary search). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
	let low = 0;
	let high = sentences.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const s = sentences[mid] as Sentence;
		if (offset < s.start) {
			high = mid - 1;
		} else if (offset >= s.end) {
			low = mid + 1;
		} else {
			return s;
		}
	}
	return undefined;
}

/** An id for a fact: lower-case letters, digits and dashes. */
export function slugId(text: string): string {
	return (
		fold(text)
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40)
			.replace(/-+$/, '') || 'fait'
	);
}

/** A text as it reads after "Quand…": lower-case start (unless a name), no final full stop. */
export function asClause(text: string, keepCapital: (word: string) => boolean): string {
	let out = text
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:])/g, '$1')
		.replace(/(?:,\s*){2,}/g, ', ')
		.replace(/^[\s,;:—–-]+|[\s,;:—–.-]+$/g, '')
		.trim();
	const first = /^\p{L}[\p{L}'’-]*/u.exec(out)?.[0];
	if (first && !keepCapital(first) && !/^\p{Lu}{2,}/u.test(first)) {
		out = out[0]?.toLowerCase() + out.slice(1);
	}
	return out;
}
