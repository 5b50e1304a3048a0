// The deck tool: `check` validates every deck in decks/, `build` also compiles them into
// static/decks/*.json for the app, `schema` writes the JSON Schemas that editors use. Problems are
// worded in English by the app's own wording (src/lib/io/deck-problems.ts).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { countByKind, outlineOf, summarizeDeck, type CompiledDeck } from '../src/lib/domain/cards';
import { DeckMetaSchema, FactListSchema, EMPTY_POOLS, type Pools } from '../src/lib/domain/facts';
import { readDeck, readPools, type TextFile } from '../src/lib/io/deck-yaml';
import type { LocatedProblem } from '../src/lib/io/yaml-located';

const root = process.cwd();

/**
 * Problems as "file:line:column: message" in English. The wording reads the compiled messages,
 * which a fresh checkout has not yet (Vite compiles them after this script, in dev and build).
 */
async function inEnglish(problems: readonly LocatedProblem[]): Promise<string[]> {
	if (problems.length === 0) {
		return [];
	}
	if (!existsSync(join(import.meta.dirname, '../src/lib/paraglide/messages.js'))) {
		const { compile } = await import('@inlang/paraglide-js');
		const { paraglideOptions } = await import('../i18n.config.js');
		await compile(paraglideOptions);
	}
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
): Promise<{ decks: CompiledDeck[]; pools: Pools } | undefined> {
	const errors: string[] = [];
	const poolsPath = join(decksDir, 'pools.yaml');
	const pools = existsSync(poolsPath)
		? readPools(await text(poolsPath))
		: { pools: EMPTY_POOLS, problems: [] };
	errors.push(...(await inEnglish(pools.problems)));
	const compiled: CompiledDeck[] = [];
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
	return { decks: compiled, pools: pools.pools ?? EMPTY_POOLS };
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

const [command = 'check', dir = 'decks'] = process.argv.slice(2);
const decksDir = join(root, dir);
if (command === 'schema') {
	await writeSchemas(join(decksDir, 'schema'));
	console.log(`JSON Schemas written to ${relative(root, join(decksDir, 'schema'))}`);
} else if (command === 'check' || command === 'build') {
	const compiled = await compileAll(decksDir);
	if (!compiled) {
		process.exit(1);
	}
	report(compiled.decks);
	if (command === 'build') {
		await build(compiled.decks, compiled.pools, join(root, 'static', 'decks'));
	}
} else {
	console.error(`Unknown command "${command}": use check, build or schema.`);
	process.exit(2);
}
