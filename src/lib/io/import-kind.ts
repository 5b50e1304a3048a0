// Which importer reads a file, from its name: the page reads a deck file or a CSV as text and an
// Anki package as bytes, and loads the Anki importer (and sql.js) only for a package.
import { m } from '../i18n';

export type ImportKind = 'deck' | 'csv' | 'apkg';

const KINDS: Record<string, ImportKind> = {
	yaml: 'deck',
	yml: 'deck',
	json: 'deck',
	csv: 'csv',
	tsv: 'csv',
	txt: 'csv',
	apkg: 'apkg'
};

/** Accepted extensions, for an <input type="file" accept>. */
export const IMPORT_ACCEPT = Object.keys(KINDS)
	.map((extension) => `.${extension}`)
	.join(',');

export function importKindOf(fileName: string): ImportKind | undefined {
	const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
	return extension === undefined ? undefined : KINDS[extension];
}

/** Why a file of another kind is not read. */
export function unsupportedFileMessage(fileName: string): string {
	if (/\.colpkg$/i.test(fileName)) {
		return m.import_unsupported_colpkg({ fileName });
	}
	return m.import_unsupported_file({ fileName });
}
