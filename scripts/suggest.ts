// npm run decks:suggest -- path/to/article.txt [--lang fr|en] [--date 2025-04-02] [--source id]
// Prints the facts the extractor suggests for an article (.txt, .md or .html) as a YAML fact file
// of the deck format, each with the sentence it comes from. Save it as decks/<deck>/facts/*.yaml,
// with a source of that id in the deck's deck.yaml, and `npm run decks:check` accepts it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { articleTextFromHtml, looksBinary, looksLikeHtml } from '../src/lib/extract/article-text';
import { extractFacts } from '../src/lib/extract/index';
import { suggestionsYaml } from './suggestions-yaml';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		lang: { type: 'string' },
		date: { type: 'string' },
		source: { type: 'string', default: 'article' }
	}
});
const path = positionals[0];
if (!path) {
	console.error(
		'usage: npm run decks:suggest -- path/to/article.txt [--lang fr|en] [--date YYYY-MM-DD] [--source id]'
	);
	process.exit(2);
}
if (values.lang && values.lang !== 'fr' && values.lang !== 'en') {
	console.error(
		`--lang: "${values.lang}" is not understood; the extractor reads French (fr) and English (en).`
	);
	process.exit(2);
}
if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
	console.error(`--date: "${values.date}" is not a date of the form 2025-04-02.`);
	process.exit(2);
}
if (values.source && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.source)) {
	console.error(
		`--source: "${values.source}" is not an id (lower-case letters, digits and dashes).`
	);
	process.exit(2);
}
let raw: string;
try {
	raw = readFileSync(path, 'utf8');
} catch (error) {
	console.error(`${path}: ${(error as Error).message}`);
	process.exit(1);
}
if (looksBinary(raw)) {
	console.error(`${path}: this is not a text file (binary content).`);
	process.exit(1);
}
const text = /\.html?$/i.test(path) || looksLikeHtml(raw) ? articleTextFromHtml(raw) : raw;
if (!text.trim()) {
	console.error(`${path}: the file has no text.`);
	process.exit(1);
}
const result = extractFacts(text, {
	...(values.lang ? { lang: values.lang as 'fr' | 'en' } : {}),
	...(values.date ? { date: values.date } : {}),
	source: values.source
});
if (result.lang === 'other') {
	console.error(
		`${path}: only French and English are understood; only dates and numbers were looked for.`
	);
}
process.stdout.write(
	suggestionsYaml(result.suggestions, [
		`Suggested from ${path} (${result.lang}${result.date ? `, dated ${result.date}` : ''}): ${result.suggestions.length} facts.`,
		`Every fact cites the source "${values.source}": declare it in deck.yaml. Check each fact against the article.`
	])
);
