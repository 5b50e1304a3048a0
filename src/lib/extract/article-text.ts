// An article file as text: HTML reduced to its text (scripts, styles and their content dropped,
// blocks as line breaks, entities decoded), never parsed by a browser, so nothing in it runs.
import { htmlToText } from '../io/html-text';

/** True when the bytes look like a binary file rather than text. */
export function looksBinary(text: string): boolean {
	const sample = text.slice(0, 4096);
	if (sample.includes('\u0000')) {
		return true;
	}
	let odd = 0;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) {
			odd++;
		}
	}
	return sample.length > 0 && odd / sample.length > 0.02;
}

export function looksLikeHtml(text: string): boolean {
	return /<(?:html|body|p|div|article|h1|h2|br|span|script|head)\b/i.test(text.slice(0, 5000));
}

/** HTML as the text of an article: one paragraph a line. */
export function articleTextFromHtml(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<(script|style|noscript|template|iframe|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
		.split(
			/<\/?(?:p|div|br|li|h[1-6]|article|section|header|footer|blockquote|tr|figcaption)\b[^>]*>/i
		)
		.map((block) => htmlToText(block))
		.filter((line) => line.length > 0)
		.join('\n\n');
}

/** The title of an HTML page, when it has one. */
export function htmlTitle(html: string): string | undefined {
	const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
	return title ? htmlToText(title) || undefined : undefined;
}
