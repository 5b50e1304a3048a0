// Zip archives read safely: the central directory is checked (entry count, total inflated size)
// before anything is inflated, and only the entries asked for are inflated. fflate inflates an
// entry into a buffer of its declared size, so an entry that lies about its size cannot grow past it.
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { formatNumber, m } from '../i18n';
import { formatBytes, ImportError, MAX_ENTRIES, MAX_INFLATED_BYTES, fileSizeError } from './limits';

export interface ZipEntry {
	name: string;
	/** Declared inflated size. */
	size: number;
}

function notAZip(fileName: string): ImportError {
	return new ImportError(m.import_zip_unreadable({ fileName }));
}

/** The entries of an archive, refused when too many or too large once inflated. */
export function listZip(data: Uint8Array, fileName: string): ZipEntry[] {
	const tooBig = fileSizeError(data.length, fileName);
	if (tooBig) {
		throw new ImportError(tooBig);
	}
	const entries: ZipEntry[] = [];
	let total = 0;
	const visit = (info: UnzipFileInfo) => {
		entries.push({ name: info.name, size: info.originalSize });
		total += info.originalSize;
		if (entries.length > MAX_ENTRIES) {
			throw new ImportError(m.import_zip_too_many({ fileName, max: formatNumber(MAX_ENTRIES) }));
		}
		if (total > MAX_INFLATED_BYTES) {
			const limit = formatBytes(MAX_INFLATED_BYTES);
			throw new ImportError(m.import_zip_too_large({ fileName, limit, entry: info.name }));
		}
		return false; // nothing is inflated on this pass
	};
	try {
		unzipSync(data, { filter: visit });
	} catch (error) {
		throw error instanceof ImportError ? error : notAZip(fileName);
	}
	return entries;
}

/** Inflates one entry that `listZip` has accepted. */
export function readZipEntry(data: Uint8Array, name: string, fileName: string): Uint8Array {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(data, { filter: (info) => info.name === name });
	} catch {
		throw new ImportError(m.import_zip_bad_entry({ fileName, entry: name }));
	}
	const file = files[name];
	if (!file) {
		throw notAZip(fileName);
	}
	return file;
}
