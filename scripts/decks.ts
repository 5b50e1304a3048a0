// The deck tool: `check` validates every deck in decks/ and runs the strict check (it fails on a
// warning), `build` also compiles them into static/decks/*.json for the app (warnings printed),
// `sheet [deck…]` writes the proofreading sheets to docs/sheets/<deck>.md, `schema` writes the JSON
// Schemas that editors use. Problems and warnings are worded in English by the app's own wording
// (src/lib/io/deck-problems.ts, deck-warning-text.ts); sheets in their deck's language.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { countByKind, outlineOf, summarizeDeck, type CompiledDeck } from '../src/lib/domain/cards';
import { DeckMetaSchema, FactListSchema, EMPTY_POOLS, type Pools } from '../src/lib/domain/facts';
import { deckWarnings, type DeckWarning } from '../src/lib/domain/deck-warnings';
import { readDeck, readPools, type DeckReading, type TextFile } from '../src/lib/io/deck-yaml';
import type { LocatedProblem } from '../src/lib/io/yaml-located';

const root = process.cwd();

/**
 * Problems as "file:line:column: message" in English. The wording reads the compiled messages,
 * which a fresh checkout has not yet (Vite compiles them after this script, in dev and build).
 */
async function ensureMessages(): Promise<void> {
	if (!existsSync(join(import.meta.dirname, '../src/lib/paraglide/messages.js'))) {
		const { compile } = await import('@inlang/paraglide-js');
		const { paraglideOptions } = await import('../i18n.config.js');
		await compile(paraglideOptions);
	}
}

async function inEnglish(problems: readonly LocatedProblem[]): Promise<string[]> {
	if (problems.length === 0) {
		return [];
	}
	await ensureMessages();
	const { describeLocated } = await import('../src/lib/io/deck-problems');
	return problems.map((problem) => describeLocated(problem, { locale: 'en' }));
}

async function text(path: string): Promise<TextFile> {
	return { path: relative(root, path), text: await readFile(path, 'utf8') };
}

async function yamlFiles(dir: string): Promise<string[]> {
	if (!existsSync(dir)) {
		return [];
	}
	return (await readdir(dir))
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => join(dir, name));
}

/** Compiles every deck under `decksDir`; prints every error and returns undefined if any. */
export async function compileAll(
	decksDir: string
): Promise<{ decks: CompiledDeck[]; pools: Pools; readings: Map<string, Readable> } | undefined> {
	const errors: string[] = [];
	const poolsPath = join(decksDir, 'pools.yaml');
	const pools = existsSync(poolsPath)
		? readPools(await text(poolsPath))
		: { pools: EMPTY_POOLS, problems: [] };
	errors.push(...(await inEnglish(pools.problems)));
	const compiled: CompiledDeck[] = [];
	const readings = new Map<string, Readable>();
	const entries = await readdir(decksDir, { withFileTypes: true });
	for (const entry of entries
		.filter((e) => e.isDirectory() && e.name !== 'schema')
		.sort((a, b) => a.name.localeCompare(b.name))) {
		const dir = join(decksDir, entry.name);
		const deckPath = join(dir, 'deck.yaml');
		if (!existsSync(deckPath)) {
			errors.push(`${relative(root, dir)}: a deck folder needs a deck.yaml`);
			continue;
		}
		const factPaths = await yamlFiles(join(dir, 'facts'));
		const reading = readDeck(
			{ deck: await text(deckPath), facts: await Promise.all(factPaths.map(text)) },
			pools.pools ?? EMPTY_POOLS
		);
		if (!reading.ok) {
			errors.push(...(await inEnglish(reading.problems)));
		} else if (reading.compiled.deck.id !== entry.name) {
			errors.push(
				`${relative(root, deckPath)}:1:1: the deck id "${reading.compiled.deck.id}" must match its folder "${entry.name}"`
			);
		} else {
			compiled.push(reading.compiled);
			readings.set(entry.name, reading);
		}
	}
	if (errors.length) {
		for (const error of errors) {
			console.error(error);
		}
		console.error(
			`\n${errors.length} error${errors.length > 1 ? 's' : ''} in ${relative(root, decksDir) || '.'}`
		);
		return undefined;
	}
	return { decks: compiled, pools: pools.pools ?? EMPTY_POOLS, readings };
}

type Readable = Extract<DeckReading, { ok: true }>;

/** The strict check's warnings of every deck, as "file:line:column: warning: message (card)". */
async function warningLines(
	decks: readonly CompiledDeck[],
	readings: Map<string, Readable>
): Promise<{ deck: CompiledDeck; warnings: DeckWarning[]; lines: string[] }[]> {
	await ensureMessages();
	const { warningText } = await import('../src/lib/io/deck-warning-text');
	return decks.map((deck) => {
		const warnings = deckWarnings(deck);
		const locateFact = readings.get(deck.deck.id)?.locateFact;
		const lines = warnings.map((warning) => {
			const at = locateFact?.(warning.factId, warning.field) ?? locateFact?.(warning.factId);
			const where = at ? `${at.file}:${at.line}:${at.column}` : `decks/${deck.deck.id}`;
			const field = warning.field ? ` (${warning.field})` : '';
			const card = warning.cardId ? `, card ${warning.cardId.split('/').at(-1)}` : '';
			return `${where}: warning: fact ${warning.factId}${field}${card}: ${warningText(warning, { locale: 'en' })}`;
		});
		return { deck, warnings, lines };
	});
}

/** Writes docs/sheets/<deck>.md for the decks named (every deck when none is). */
async function writeSheets(
	decks: readonly CompiledDeck[],
	ids: readonly string[],
	outDir: string
): Promise<boolean> {
	const unknown = ids.filter((id) => !decks.some((d) => d.deck.id === id));
	if (unknown.length) {
		console.error(`No deck ${unknown.join(', ')} in decks/.`);
		return false;
	}
	await ensureMessages();
	const { proofreadingSheet, sheetLocale } = await import('../src/lib/io/deck-sheet');
	await mkdir(outDir, { recursive: true });
	for (const deck of decks.filter((d) => ids.length === 0 || ids.includes(d.deck.id))) {
		const sheet = proofreadingSheet(deck, { locale: sheetLocale(deck.deck.lang) });
		const path = join(outDir, `${deck.deck.id}.md`);
		await writeFile(path, sheet);
		console.log(`${relative(root, path)}: ${deck.cards.length} cards`);
	}
	return true;
}

function report(decks: CompiledDeck[]): void {
	for (const deck of decks) {
		const kinds = Object.entries(countByKind(deck.cards))
			.map(([kind, n]) => `${kind} ${n}`)
			.join(', ');
		console.log(
			`${deck.deck.id}: ${deck.facts.length} facts, ${deck.cards.length} cards (${kinds})`
		);
	}
}

async function build(decks: CompiledDeck[], pools: Pools, outDir: string): Promise<void> {
	await rm(outDir, { recursive: true, force: true });
	await mkdir(outDir, { recursive: true });
	// The browser compiles the decks teachers write in the app with the same pools.
	await writeFile(join(outDir, 'pools.json'), JSON.stringify(pools));
	for (const deck of decks) {
		await writeFile(join(outDir, `${deck.deck.id}.json`), JSON.stringify(deck));
		// What the home page counts due and new cards from, without loading the deck.
		await writeFile(join(outDir, `${deck.deck.id}.outline.json`), JSON.stringify(outlineOf(deck)));
	}
	await writeFile(join(outDir, 'index.json'), JSON.stringify(decks.map(summarizeDeck)));
}

async function writeSchemas(outDir: string): Promise<void> {
	await mkdir(outDir, { recursive: true });
	const options = { errorMode: 'ignore' } as const;
	const schemas = {
		'deck.schema.json': { title: 'Révise deck', ...toJsonSchema(DeckMetaSchema, options) },
		'facts.schema.json': { title: 'Révise facts', ...toJsonSchema(FactListSchema, options) }
	};
	for (const [name, schema] of Object.entries(schemas)) {
		await writeFile(join(outDir, name), `${JSON.stringify(schema, null, '\t')}\n`);
	}
}

const [command = 'check', ...rest] = process.argv.slice(2);
// `sheet` takes deck ids; the other commands, the decks folder.
const dir = command === 'sheet' ? 'decks' : (rest[0] ?? 'decks');
const decksDir = join(root, dir);
if (command === 'schema') {
	await writeSchemas(join(decksDir, 'schema'));
	console.log(`JSON Schemas written to ${relative(root, join(decksDir, 'schema'))}`);
} else if (command === 'check' || command === 'build' || command === 'sheet') {
	const compiled = await compileAll(decksDir);
	if (!compiled) {
		process.exit(1);
	}
	if (command === 'sheet') {
		const written = await writeSheets(compiled.decks, rest, join(root, 'docs', 'sheets'));
		process.exit(written ? 0 : 2);
	}
	report(compiled.decks);
	const checked = await warningLines(compiled.decks, compiled.readings);
	const count = checked.reduce((n, c) => n + c.warnings.length, 0);
	for (const line of checked.flatMap((c) => c.lines)) {
		console.error(line);
	}
	if (command === 'build') {
		await build(compiled.decks, compiled.pools, join(root, 'static', 'decks'));
	}
	if (count > 0) {
		console.error(
			`\n${count} warning${count > 1 ? 's' : ''} in ${relative(root, decksDir) || '.'}`
		);
		// The strict check fails on a warning; the build only reports them.
		if (command === 'check') {
			process.exit(1);
		}
	}
} else {
	console.error(`Unknown command "${command}": use check, build, sheet or schema.`);
	process.exit(2);
}
