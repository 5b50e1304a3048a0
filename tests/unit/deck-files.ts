// Reads deck folders from disk the way scripts/decks.ts does, for tests (synchronously).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EMPTY_POOLS, type Pools } from '../../src/lib/domain/facts';
import { describeLocated } from '../../src/lib/io/deck-problems';
import { readDeck, readPools, type DeckReading, type TextFile } from '../../src/lib/io/deck-yaml';
import type { LocatedProblem } from '../../src/lib/io/yaml-located';
import type { CompiledDeck } from '../../src/lib/domain/cards';

export const ROOT = process.cwd();
export const DECKS_DIR = join(ROOT, 'decks');
export const SEED_DECK_IDS = ['asie-centrale-diplomatie', 'c5-mineraux-critiques'] as const;

export function textFile(path: string): TextFile {
	return { path: relative(ROOT, path), text: readFileSync(path, 'utf8') };
}

export function factFilesOf(deckDir: string): TextFile[] {
	const dir = join(deckDir, 'facts');
	if (!existsSync(dir)) {
		return [];
	}
	return readdirSync(dir)
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => textFile(join(dir, name)));
}

/** Problems as `npm run decks:check` prints them: "file:line:column: message", in English. */
export function inEnglish(problems: readonly LocatedProblem[]): string[] {
	return problems.map((problem) => describeLocated(problem, { locale: 'en' }));
}

/** The pools of a decks folder, or no pools when it has no pools.yaml. */
export function loadPools(decksDir: string): { pools: Pools; errors: string[] } {
	const path = join(decksDir, 'pools.yaml');
	if (!existsSync(path)) {
		return { pools: EMPTY_POOLS, errors: [] };
	}
	const read = readPools(textFile(path));
	return { pools: read.pools ?? EMPTY_POOLS, errors: inEnglish(read.problems) };
}

export function readDeckDir(decksDir: string, deckId: string, pools?: Pools): DeckReading {
	const dir = join(decksDir, deckId);
	return readDeck(
		{ deck: textFile(join(dir, 'deck.yaml')), facts: factFilesOf(dir) },
		pools ?? loadPools(decksDir).pools
	);
}

/** A deck that must compile: throws with every error otherwise. */
export function compileDeckDir(decksDir: string, deckId: string, pools?: Pools): CompiledDeck {
	const reading = readDeckDir(decksDir, deckId, pools);
	if (!reading.ok) {
		throw new Error(`${deckId} does not compile:\n${inEnglish(reading.problems).join('\n')}`);
	}
	return reading.compiled;
}

export function seedPools(): Pools {
	const { pools, errors } = loadPools(DECKS_DIR);
	if (errors.length) {
		throw new Error(`decks/pools.yaml is invalid:\n${errors.join('\n')}`);
	}
	return pools;
}

export function seedDecks(): CompiledDeck[] {
	const pools = seedPools();
	return SEED_DECK_IDS.map((id) => compileDeckDir(DECKS_DIR, id, pools));
}
