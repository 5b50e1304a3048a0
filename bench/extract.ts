// The extractor's bench: recall of the key facts and precision of the suggestions on the annotated
// articles of tests/fixtures/articles, and the time to extract from each and from a 5,000-word text.
// A key fact is found when one suggestion of its kind carries its value (date, name, number,
// speaker) and all its words; a suggestion is correct when it matches a key fact or one of the
// article's `acceptable` facts (true facts worth a card that were not listed as key).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Fact } from '../src/lib/domain/facts';
import { extractFacts } from '../src/lib/extract/index';
import { fold } from '../src/lib/extract/text';
import type { Suggestion } from '../src/lib/extract/types';

export interface KeyFact {
	kind: Fact['kind'];
	value: string | number | null;
	words: string[];
}

interface Annotated {
	/** A seed article: its file name in ../shared/seeds (or $SEEDS_DIR), never copied here. */
	seed?: string;
	lang: 'fr' | 'en';
	date?: string;
	keyFacts: KeyFact[];
	acceptable?: KeyFact[];
}

export interface ArticleScore {
	article: string;
	words: number;
	keys: number;
	found: number;
	suggestions: number;
	correct: number;
	ms: number;
	missed: KeyFact[];
	wrong: string[];
}

const norm = (text: string) => fold(text).replace(/'/g, ' ').replace(/\s+/g, ' ').trim();

function texts(fact: Fact, names: Map<string, string>): string {
	const parts: string[] = [];
	for (const [field, value] of Object.entries(fact)) {
		if (['id', 'source', 'kind', 'tags'].includes(field)) {
			continue;
		}
		if (field === 'who') {
			parts.push(
				...(Array.isArray(value) ? value : [value]).map((id) => names.get(String(id)) ?? '')
			);
		} else if (typeof value === 'string') {
			parts.push(value);
		} else if (Array.isArray(value)) {
			parts.push(...value.map(String));
		}
	}
	return norm(parts.join(' | '));
}

function valueOf(fact: Fact, names: Map<string, string>): string[] {
	switch (fact.kind) {
		case 'event':
			return [fact.date];
		case 'person':
		case 'place':
			return [fact.name, ...(fact.variants ?? [])];
		case 'resource':
		case 'group':
			return [fact.name];
		case 'figure':
			return [String(fact.value)];
		case 'quote':
			return [names.get(fact.who) ?? ''];
		case 'qa':
			return [fact.answer];
	}
}

export function matches(fact: Fact, key: KeyFact, names: Map<string, string>): boolean {
	if (fact.kind !== key.kind) {
		return false;
	}
	if (key.value !== null) {
		const values = valueOf(fact, names);
		const ok =
			typeof key.value === 'number'
				? values.some((v) => Math.abs(Number(v) - (key.value as number)) < 1e-9)
				: fact.kind === 'event'
					? values.includes(key.value)
					: values.some(
							(v) =>
								norm(v) === norm(String(key.value)) ||
								norm(v).endsWith(` ${norm(String(key.value))}`) ||
								norm(v).replace(/^(le|la|les|the) /, '') === norm(String(key.value))
						);
		if (!ok) {
			return false;
		}
	}
	const haystack = texts(fact, names);
	return key.words.every((word) => haystack.includes(norm(word)));
}

export function scoreArticle(
	article: string,
	suggestions: readonly Suggestion[],
	annotated: Annotated,
	ms: number,
	words: number
): ArticleScore {
	const names = new Map(
		suggestions.flatMap((s) =>
			s.fact.kind === 'person' ? [[s.fact.id, s.fact.name] as const] : []
		)
	);
	const missed = annotated.keyFacts.filter(
		(key) => !suggestions.some((s) => matches(s.fact, key, names))
	);
	const all = [...annotated.keyFacts, ...(annotated.acceptable ?? [])];
	const wrong = suggestions.filter((s) => !all.some((key) => matches(s.fact, key, names)));
	return {
		article,
		words,
		keys: annotated.keyFacts.length,
		found: annotated.keyFacts.length - missed.length,
		suggestions: suggestions.length,
		correct: suggestions.length - wrong.length,
		ms,
		missed,
		wrong: wrong.map((s) =>
			JSON.stringify({ ...s.fact, id: undefined, source: undefined, tags: undefined })
		)
	};
}

export interface ExtractBench {
	articles: ArticleScore[];
	/** Articles whose text was not found (the seed articles outside this repository). */
	skipped: string[];
	total: {
		keys: number;
		found: number;
		suggestions: number;
		correct: number;
		recall: number;
		precision: number;
	};
	own: { recall: number; precision: number };
	long: { words: number; ms: number; coldMs: number };
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function runExtractBench(dir = 'tests/fixtures/articles'): ExtractBench {
	const names = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort();
	const seeds = process.env.SEEDS_DIR ?? resolve(process.cwd(), '../shared/seeds');
	const bodies: string[] = [];
	const articles: ArticleScore[] = [];
	const skipped: string[] = [];
	let coldMs = 0;
	for (const name of names) {
		const annotated = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Annotated;
		const path = annotated.seed
			? join(seeds, annotated.seed)
			: join(dir, name.replace(/\.json$/, '.txt'));
		if (!existsSync(path)) {
			skipped.push(path);
			continue;
		}
		const text = readFileSync(path, 'utf8');
		const options = { lang: annotated.lang, ...(annotated.date ? { date: annotated.date } : {}) };
		const times: number[] = [];
		let suggestions: Suggestion[] = [];
		for (let run = 0; run < 5; run++) {
			const start = performance.now();
			suggestions = extractFacts(text, options).suggestions;
			times.push(performance.now() - start);
		}
		coldMs ||= times[0] ?? 0;
		articles.push(
			scoreArticle(
				name.replace(/\.json$/, ''),
				suggestions,
				annotated,
				median(times),
				text.split(/\s+/).length
			)
		);
		if (annotated.lang === 'fr') {
			bodies.push(text.split(/^\s*Sources\s*:?\s*$/m)[0] as string);
		}
	}
	// A long article: the French ones one after the other until 5,000 words.
	let long = '';
	while (long.split(/\s+/).length < 5000) {
		long += bodies.join('\n\n') + '\n\n';
	}
	long = long.split(/\s+/).slice(0, 5000).join(' ');
	const longTimes: number[] = [];
	for (let run = 0; run < 3; run++) {
		const start = performance.now();
		extractFacts(long, { lang: 'fr' });
		longTimes.push(performance.now() - start);
	}
	const sum = (list: ArticleScore[], key: 'keys' | 'found' | 'suggestions' | 'correct') =>
		list.reduce((n, a) => n + a[key], 0);
	const own = articles.filter((a) => !a.article.startsWith('seed-'));
	return {
		articles,
		skipped,
		total: {
			keys: sum(articles, 'keys'),
			found: sum(articles, 'found'),
			suggestions: sum(articles, 'suggestions'),
			correct: sum(articles, 'correct'),
			recall: sum(articles, 'found') / sum(articles, 'keys'),
			precision: sum(articles, 'correct') / sum(articles, 'suggestions')
		},
		own: {
			recall: sum(own, 'found') / sum(own, 'keys'),
			precision: sum(own, 'correct') / sum(own, 'suggestions')
		},
		long: { words: 5000, ms: median(longTimes), coldMs: longTimes[0] ?? 0 }
	};
}

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

export function formatExtractBench(bench: ExtractBench, details = false): string {
	const rows = bench.articles.map(
		(a) =>
			`${a.article.padEnd(28)} ${String(a.words).padStart(5)}  ${`${a.found}/${a.keys}`.padStart(6)} ${pct(a.found / a.keys).padStart(6)}  ${`${a.correct}/${a.suggestions}`.padStart(6)} ${pct(a.correct / Math.max(1, a.suggestions)).padStart(6)}  ${a.ms.toFixed(1).padStart(7)} ms`
	);
	const t = bench.total;
	const lines = [
		`${'article'.padEnd(28)} ${'words'.padStart(5)}  ${'recall'.padStart(13)}  ${'precision'.padStart(13)}  ${'time'.padStart(10)}`,
		...rows,
		`${'total'.padEnd(28)} ${''.padStart(5)}  ${`${t.found}/${t.keys}`.padStart(6)} ${pct(t.recall).padStart(6)}  ${`${t.correct}/${t.suggestions}`.padStart(6)} ${pct(t.precision).padStart(6)}`,
		`own articles (not seeds): recall ${pct(bench.own.recall)}, precision ${pct(bench.own.precision)} (targets 90 % / 80 %)`,
		`5,000-word text: ${bench.long.ms.toFixed(0)} ms (first run, cold: ${bench.long.coldMs.toFixed(0)} ms; target ≤ 1,000 ms)`
	];
	lines.push(...bench.skipped.map((path) => `skipped (no such file): ${path}`));
	if (details) {
		for (const a of bench.articles) {
			for (const m of a.missed) {
				lines.push(`  missed  ${a.article}: ${JSON.stringify(m)}`);
			}
			for (const w of a.wrong) {
				lines.push(`  wrong   ${a.article}: ${w}`);
			}
		}
	}
	return lines.join('\n');
}
