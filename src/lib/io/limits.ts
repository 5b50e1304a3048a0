// What an import accepts: sizes, entry counts, and the keys that are never copied. Every imported
// file is untrusted: a zip bomb or a "__proto__" key must be refused or dropped before use.
import { formatNumber, m } from '../i18n';

/** The largest file an import reads (the page checks File.size first; importers check again). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The most an archive may inflate to, summed over its entries, read from its directory. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
/** The most entries an archive may hold. */
export const MAX_ENTRIES = 10_000;

/** Why an import is refused, in the interface language, naming the line or entry when there is one. */
export class ImportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportError';
	}
}

/** "ligne 7 : réponse vide" ("line 7: empty definition"): where, then what. */
export function at(where: string, message: string): string {
	return m.import_at({ where, message });
}

const oneDecimal = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });

/** "20 Mo", "7,5 Ko", "300 octets" (in English "20 MB", "7.5 KB", "300 bytes"). */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) {
		return m.import_size_mb({ size: oneDecimal(bytes / (1024 * 1024)) });
	}
	if (bytes >= 1024) {
		return m.import_size_kb({ size: oneDecimal(bytes / 1024) });
	}
	return m.import_size_bytes({ count: bytes });
}

/** The refusal for a file over MAX_FILE_BYTES, or undefined when it fits. */
export function fileSizeError(bytes: number, fileName: string): string | undefined {
	if (bytes <= MAX_FILE_BYTES) {
		return undefined;
	}
	const size = formatBytes(bytes);
	const limit = formatBytes(MAX_FILE_BYTES);
	// Just over the limit, both round to "20 Mo": saying the size then would read as nonsense.
	return size === limit
		? m.import_file_too_big({ fileName, limit })
		: m.import_file_too_big_size({ fileName, limit, size });
}

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A deep copy of parsed JSON or YAML without the keys that reach an object's prototype when
 * merged or assigned later. Paths of the dropped keys are pushed to `dropped` ("deck.__proto__").
 */
export function stripDangerousKeys(value: unknown, dropped: string[] = [], path = ''): unknown {
	if (Array.isArray(value)) {
		return value.map((item, index) => stripDangerousKeys(item, dropped, `${path}[${index}]`));
	}
	if (value === null || typeof value !== 'object') {
		return value;
	}
	const clean: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) {
		const itemPath = path ? `${path}.${key}` : key;
		if (DANGEROUS_KEYS.has(key)) {
			dropped.push(itemPath);
		} else {
			clean[key] = stripDangerousKeys(item, dropped, itemPath);
		}
	}
	return clean;
}
