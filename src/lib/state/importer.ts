// Reading what a teacher or student brings in (a file or a share link) into a deck preview, and
// saving it as one of the learner's decks in one step.
import type { CompiledDeck } from '$lib/domain/cards';
import { importCsv } from '$lib/io/csv';
import { importDeckFile } from '$lib/io/deck-json';
import { importKindOf, unsupportedFileMessage } from '$lib/io/import-kind';
import type { ImportResult } from '$lib/io/import-result';
import { fileSizeError } from '$lib/io/limits';
import { decodeShareLink } from '$lib/io/share-link';
// Only the wasm's URL: the file itself is fetched when sql.js starts, for an Anki package.
import sqlJsWasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { deckLibrary } from './deck-library.svelte';

export async function readImportFile(file: File): Promise<ImportResult> {
	const tooBig = fileSizeError(file.size, file.name);
	if (tooBig) {
		return { ok: false, errors: [tooBig] };
	}
	const kind = importKindOf(file.name);
	const pools = await deckLibrary.pools();
	if (kind === 'deck') {
		return importDeckFile(await file.text(), file.name, pools);
	}
	if (kind === 'csv') {
		return importCsv(await file.text(), { fileName: file.name, pools });
	}
	if (kind === 'apkg') {
		// sql.js and its WebAssembly load only now, not with the app.
		const { importApkg } = await import('$lib/io/apkg');
		return importApkg(new Uint8Array(await file.arrayBuffer()), {
			fileName: file.name,
			pools,
			sqlJs: { locateFile: () => sqlJsWasmUrl }
		});
	}
	return { ok: false, errors: [unsupportedFileMessage(file.name)] };
}

export async function readShareLink(hash: string): Promise<ImportResult> {
	return decodeShareLink(hash, await deckLibrary.pools());
}

/**
 * Saves an imported deck. A deck of the learner's with the same id is updated in place: the
 * cards that still exist keep their progress (their ids are stable), removed ones keep their
 * reviews in the log. A built-in deck is never replaced: the import gets an id of its own.
 */
export async function applyImport(
	compiled: CompiledDeck
): Promise<{ id: string; updated: boolean }> {
	const entries = await deckLibrary.index();
	const existing = entries.find((entry) => entry.id === compiled.deck.id);
	let meta = compiled.deck;
	if (existing && !existing.own) {
		let id = `${meta.id}-import`;
		for (let n = 2; entries.some((entry) => entry.id === id); n++) {
			id = `${meta.id}-import-${n}`;
		}
		meta = { ...meta, id };
	}
	await deckLibrary.save(meta, compiled.facts);
	return { id: meta.id, updated: existing?.own === true };
}
