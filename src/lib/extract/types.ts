// What the extractor takes and gives: an article's text in, suggested facts out, each with the
// character spans of the text it comes from.
import type { Fact } from '../domain/facts';

export type Lang = 'fr' | 'en';

/** A piece of the article: [start, end) in UTF-16 code units of the text given. */
export interface Span {
	start: number;
	end: number;
}

export interface Suggestion {
	/** A fact in the deck format (src/lib/domain/facts.ts), valid on its own. */
	fact: Fact;
	/** 0 to 1: how sure the extractor is that the fact is right as written. */
	confidence: number;
	spans: Span[];
	/** The sentence the fact comes from (the first one when several). */
	sentence: string;
	/** What was inferred rather than read: 'year' when a date's year was guessed. */
	uncertain?: string[];
}

export interface ExtractOptions {
	/** The language of the article; guessed from the text when absent. */
	lang?: Lang;
	/** The article's publication date (YYYY-MM-DD), for dates written without their year. */
	date?: string;
	/** The deck source every fact cites. */
	source?: string;
}

export interface ExtractResult {
	/** The language the text was read as; 'other' when it is neither French nor English. */
	lang: Lang | 'other';
	suggestions: Suggestion[];
	/** The article date used (given, or read from a dateline). */
	date?: string;
}
