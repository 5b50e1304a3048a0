// `tsx scripts/i18n.ts compile`: compile messages/ into src/lib/paraglide (Vite does it itself in
// dev, build and vitest; svelte-check needs it beforehand).
// `tsx scripts/i18n.ts check`: fail when a message is missing in a language, when its
// placeholders differ between languages, or when a UI string is written into a component
// instead of the message files.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile } from '@inlang/paraglide-js';
import { parse } from 'svelte/compiler';
import ts from 'typescript';
import { paraglideOptions } from '../i18n.config.js';

const root = join(import.meta.dirname, '..');
const settings = JSON.parse(readFileSync(join(root, 'project.inlang/settings.json'), 'utf8')) as {
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string[] };
};

/** Where the app's interface text lives; deck content and domain phrases are not UI strings. */
const UI_SOURCES = ['src/routes', 'src/lib/components', 'src/lib/state', 'src/lib/io'];
/** Attributes a person reads or hears. */
const READ_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-placeholder',
	'aria-roledescription',
	'aria-valuetext',
	'alt',
	'label',
	'placeholder',
	'title'
]);
/** Text with a letter in it; lone symbols (·, →, %, ≈) and numbers need no translation. */
const HAS_WORD = /\p{L}{2,}/u;
/**
 * A phrase: two words, or one word with a letter outside ASCII (an accent gives French away).
 * Kebab-case identifiers (card kinds, CSS classes) are code, and so is a lone character ('œ').
 */
const isPhrase = (text: string) =>
	/\p{L}{2,}[\s’']+\p{L}{2,}/u.test(text) || (/[À-ÿŒœ]/u.test(text) && HAS_WORD.test(text));

export interface Problem {
	file: string;
	line: number;
	message: string;
}

type Messages = Map<string, Map<string, string>>;

/** Every message of every language, from the files the inlang project names. */
export function readMessages(): { messages: Messages; problems: Problem[] } {
	const messages: Messages = new Map();
	const problems: Problem[] = [];
	for (const locale of settings.locales) {
		const all = new Map<string, string>();
		for (const pattern of settings['plugin.inlang.messageFormat'].pathPattern) {
			const file = pattern.replace('{locale}', locale);
			const json = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
			for (const [key, value] of Object.entries(json)) {
				if (key === '$schema') {
					continue;
				}
				if (all.has(key)) {
					problems.push({ file, line: 0, message: `"${key}" is defined twice in ${locale}` });
				}
				const text = typeof value === 'string' ? value : JSON.stringify(value);
				if (text.trim() === '') {
					problems.push({ file, line: 0, message: `"${key}" is empty` });
				}
				all.set(key, text);
			}
		}
		messages.set(locale, all);
	}
	return { messages, problems };
}

const placeholders = (text: string) =>
	[...text.matchAll(/\{\s*([\p{L}_][\p{L}\p{N}_]*)\s*\}/gu)].map((m) => m[1]).sort();

export function compareLanguages(messages: Messages): Problem[] {
	const problems: Problem[] = [];
	const keys = new Set([...messages.values()].flatMap((all) => [...all.keys()]));
	const [base = 'fr', ...others] = settings.locales;
	for (const key of keys) {
		for (const locale of settings.locales) {
			if (!messages.get(locale)!.has(key)) {
				problems.push({ file: `messages/${locale}`, line: 0, message: `"${key}" is missing` });
			}
		}
		const baseText = messages.get(base)!.get(key);
		for (const locale of others) {
			const text = messages.get(locale)!.get(key);
			if (baseText === undefined || text === undefined) {
				continue;
			}
			const a = new Set(placeholders(baseText));
			const b = new Set(placeholders(text));
			if (a.size !== b.size || [...a].some((p) => !b.has(p))) {
				problems.push({
					file: `messages/${locale}`,
					line: 0,
					message: `"${key}" has placeholders {${[...b].join(', ')}} but ${base} has {${[...a].join(', ')}}`
				});
			}
		}
	}
	return problems;
}

function lineOf(source: string, offset: number): number {
	return source.slice(0, offset).split('\n').length;
}

/** String literals of a TypeScript source that read like words for a person. */
function scriptPhrases(code: string, offset: number, source: string, file: string): Problem[] {
	const problems: Problem[] = [];
	const tree = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
	const visit = (node: ts.Node) => {
		let text: string | undefined;
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
			text = node.text;
		} else if (ts.isTemplateExpression(node)) {
			text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
		}
		const skipped =
			!node.parent ||
			ts.isImportDeclaration(node.parent) ||
			ts.isExportDeclaration(node.parent) ||
			// Programmer errors (broken invariants) are for developers, in English.
			((ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)) &&
				/\b(querySelector|getElementById|Error)$/.test(node.parent.expression.getText()));
		if (
			text !== undefined &&
			!skipped &&
			!/^(SELECT|INSERT|UPDATE|DELETE|CREATE)\b/.test(text) &&
			isPhrase(text) &&
			!/^[\w\s.:/#?=&-]*\.(svelte|ts|js|json|css)$/.test(text)
		) {
			problems.push({
				file,
				line: lineOf(source, offset + node.getStart()),
				message: `hard-coded text in a script: ${JSON.stringify(text.slice(0, 60))}`
			});
		}
		ts.forEachChild(node, visit);
	};
	visit(tree);
	return problems;
}

interface SvelteNode {
	type: string;
	start: number;
	data?: string;
	name?: string;
	value?: unknown;
	[key: string]: unknown;
}

/** Text nodes and readable attributes of a component's markup that are written out in it. */
export function componentProblems(source: string, file: string): Problem[] {
	const problems: Problem[] = [];
	const ast = parse(source, { modern: true }) as unknown as {
		fragment: SvelteNode;
		instance?: { content: { start: number; end: number } };
		module?: { content: { start: number; end: number } };
	};
	const walk = (node: unknown): void => {
		if (Array.isArray(node)) {
			node.forEach(walk);
			return;
		}
		if (!node || typeof node !== 'object') {
			return;
		}
		const n = node as SvelteNode;
		if (n.type === 'StyleSheet' || n.type === 'Script') {
			return;
		}
		if (n.type === 'Text' && typeof n.data === 'string' && HAS_WORD.test(n.data)) {
			problems.push({
				file,
				line: lineOf(source, n.start),
				message: `hard-coded text: ${JSON.stringify(n.data.trim().slice(0, 60))}`
			});
			return;
		}
		if (n.type === 'Attribute' && Array.isArray(n.value)) {
			const name = String(n.name);
			const words = (n.value as SvelteNode[])
				.filter((part) => part.type === 'Text')
				.map((part) => part.data ?? '')
				.join(' ');
			if (READ_ATTRIBUTES.has(name) && HAS_WORD.test(words)) {
				problems.push({
					file,
					line: lineOf(source, n.start),
					message: `hard-coded ${name}: ${JSON.stringify(words.slice(0, 60))}`
				});
			}
			return;
		}
		for (const [key, value] of Object.entries(n)) {
			if (key !== 'parent' && key !== 'metadata') {
				walk(value);
			}
		}
	};
	walk(ast.fragment);
	for (const script of [ast.instance, ast.module]) {
		if (!script) {
			continue;
		}
		const { start, end } = script.content;
		problems.push(...scriptPhrases(source.slice(start, end), start, source, file));
	}
	return problems;
}

function filesUnder(dir: string): string[] {
	return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.(svelte|ts)$/.test(entry.name))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

export function sourceProblems(): Problem[] {
	return UI_SOURCES.flatMap(filesUnder).flatMap((file) => {
		const source = readFileSync(join(root, file), 'utf8');
		return file.endsWith('.svelte')
			? componentProblems(source, file)
			: scriptPhrases(source, 0, source, file);
	});
}

export function check(): Problem[] {
	const { messages, problems } = readMessages();
	return [...problems, ...compareLanguages(messages), ...sourceProblems()];
}

const command = process.argv[2];
if (command === 'compile') {
	await compile(paraglideOptions);
} else if (command === 'check') {
	const problems = check();
	for (const p of problems) {
		console.error(`${p.file}${p.line ? `:${p.line}` : ''}  ${p.message}`);
	}
	if (problems.length > 0) {
		console.error(
			`\ni18n: ${problems.length} problem(s). UI text belongs in messages/{fr,en}/*.json.`
		);
		process.exit(1);
	}
	console.log('i18n: every message exists in every language; no hard-coded UI text.');
}
