// Anki packages (.apkg): a zip holding the collection, an SQLite database, and media files. The
// database is read with sql.js, imported only here and only when a package is imported, so that
// its WebAssembly stays out of the main bundle. Media are not imported: the report says so.
import type { Database, SqlJsConfig, SqlJsStatic } from 'sql.js';
import * as v from 'valibot';
import { m } from '../i18n';
import { ankiFacts, AnkiModelsSchema, type AnkiModel, type AnkiNote } from './anki-notes';
import {
	failure,
	finishImport,
	importedDeckMeta,
	type ImportOptions,
	type ImportResult
} from './import-result';
import { ImportError, stripDangerousKeys } from './limits';
import { listZip, readZipEntry, type ZipEntry } from './zip';

export interface ApkgOptions extends ImportOptions {
	/**
	 * How sql.js finds its WebAssembly. In the browser, pass the wasm's URL:
	 * `{ locateFile: () => wasmUrl }` with `import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url'`.
	 * Node finds it in node_modules by itself.
	 */
	sqlJs?: SqlJsConfig;
}

// Anki 2.1.50+ writes "collection.anki21b" (zstd-compressed, another schema) next to a stub
// "collection.anki2" that only says to update Anki; "collection.anki21" and "collection.anki2"
// are the schema this reads.
const COLLECTIONS = ['collection.anki21', 'collection.anki2'];
const NEW_FORMAT = 'collection.anki21b';
const NOT_MEDIA = new Set([...COLLECTIONS, NEW_FORMAT, 'media', 'meta']);

let sqlJs: Promise<SqlJsStatic> | undefined;

function loadSqlJs(config?: SqlJsConfig): Promise<SqlJsStatic> {
	sqlJs ??= import('sql.js').then((module) => module.default(config));
	// A failed load (the wasm missing offline) may succeed on the next import.
	sqlJs.catch(() => (sqlJs = undefined));
	return sqlJs;
}

function pickCollection(entries: readonly ZipEntry[], fileName: string): string {
	const names = new Set(entries.map((entry) => entry.name));
	const modern = COLLECTIONS[0] as string;
	if (names.has(modern)) {
		return modern;
	}
	if (names.has(NEW_FORMAT)) {
		throw new ImportError(m.import_anki_new_format({ fileName }));
	}
	const legacy = COLLECTIONS[1] as string;
	if (names.has(legacy)) {
		return legacy;
	}
	throw new ImportError(m.import_anki_no_collection({ fileName }));
}

async function openDatabase(bytes: Uint8Array, options: ApkgOptions): Promise<Database> {
	let SQL: SqlJsStatic;
	try {
		SQL = await loadSqlJs(options.sqlJs);
	} catch {
		throw new ImportError(m.import_anki_reader_failed());
	}
	try {
		return new SQL.Database(bytes);
	} catch {
		throw new ImportError(m.import_anki_not_sqlite({ fileName: options.fileName }));
	}
}

function rows(db: Database, sql: string): unknown[][] {
	return db.exec(sql)[0]?.values ?? [];
}

/** The note types, notes, and ids of notes with a reverse card, from the collection. */
function readCollection(db: Database, collection: string, fileName: string) {
	let modelsJson: unknown;
	let noteRows: unknown[][];
	let cardRows: unknown[][];
	try {
		modelsJson = rows(db, 'SELECT models FROM col LIMIT 1')[0]?.[0];
		noteRows = rows(db, 'SELECT id, mid, flds, tags FROM notes ORDER BY id');
		cardRows = rows(db, 'SELECT nid, ord FROM cards');
	} catch (error) {
		// sql.js's own words, in English: " (file is not a database)".
		const detail = error instanceof Error ? ` (${error.message})` : '';
		throw new ImportError(m.import_anki_unreadable_db({ fileName, collection, detail }));
	}
	let models: Record<string, AnkiModel>;
	try {
		const parsed = stripDangerousKeys(JSON.parse(String(modelsJson)));
		models = v.parse(AnkiModelsSchema, parsed);
	} catch {
		throw new ImportError(m.import_anki_unreadable_types({ fileName }));
	}
	const notes: AnkiNote[] = noteRows.map(([id, mid, flds, tags]) => ({
		id: Number(id),
		mid: String(mid),
		flds: String(flds ?? ''),
		tags: String(tags ?? '')
	}));
	const reversed = new Set(
		cardRows.filter(([, ord]) => Number(ord) >= 1).map(([nid]) => Number(nid))
	);
	return { models, notes, reversed: cardRows.length ? reversed : undefined };
}

/** Reads an Anki package into a deck of `qa` facts, with what was skipped and ignored. */
export async function importApkg(data: Uint8Array, options: ApkgOptions): Promise<ImportResult> {
	const { fileName } = options;
	let db: Database | undefined;
	try {
		const entries = listZip(data, fileName);
		const collection = pickCollection(entries, fileName);
		const bytes = readZipEntry(data, collection, fileName);
		db = await openDatabase(bytes, options);
		const collected = readCollection(db, collection, fileName);
		const { facts, skipped } = ankiFacts(collected.notes, collected.models, collected.reversed);
		const media = entries.filter((entry) => !NOT_MEDIA.has(entry.name)).length;
		const notes = media ? [m.import_anki_media_ignored({ count: media })] : [];
		return finishImport(importedDeckMeta(options, 'Anki'), facts, skipped, notes, options.pools);
	} catch (error) {
		if (error instanceof ImportError) {
			return failure(error.message);
		}
		throw error;
	} finally {
		db?.close();
	}
}
