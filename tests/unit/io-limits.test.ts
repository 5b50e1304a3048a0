import { describe, expect, test } from 'vitest';
import { idAllocator, idFromText, slugify } from '../../src/lib/io/ids';
import { importKindOf, unsupportedFileMessage } from '../../src/lib/io/import-kind';
import {
	fileSizeError,
	formatBytes,
	MAX_FILE_BYTES,
	stripDangerousKeys
} from '../../src/lib/io/limits';

describe('limits', () => {
	test('sizes in French units', () => {
		expect(formatBytes(300)).toBe('300 octets');
		expect(formatBytes(7.5 * 1024)).toBe('7,5 Ko');
		expect(formatBytes(MAX_FILE_BYTES)).toBe('20 Mo');
	});

	test('a file at the limit passes; over it, the message gives its size', () => {
		expect(fileSizeError(MAX_FILE_BYTES, 'a.csv')).toBeUndefined();
		expect(fileSizeError(25.3 * 1024 * 1024, 'a.csv')).toBe(
			'« a.csv » dépasse la limite de 20 Mo (il pèse 25,3 Mo).'
		);
	});

	test('dangerous keys are dropped at every depth, and reported by path', () => {
		const input = JSON.parse(
			'{"a": [{"__proto__": {"x": 1}, "b": 2}], "constructor": 1, "c": {"prototype": 3, "d": null}}'
		) as unknown;
		const dropped: string[] = [];
		expect(stripDangerousKeys(input, dropped)).toStrictEqual({ a: [{ b: 2 }], c: { d: null } });
		expect(dropped).toEqual(['a[0].__proto__', 'constructor', 'c.prototype']);
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});
});

describe('ids', () => {
	test('slugs drop accents, ligatures and punctuation, and cut long texts at a word', () => {
		expect(slugify('Où est Samarcande ?')).toBe('ou-est-samarcande');
		expect(slugify('Œuvre d’Ærø')).toBe('oeuvre-d-aero');
		expect(slugify('¿?')).toBe('');
		const long = slugify(
			'une question très longue qui dépasse largement soixante caractères de texte'
		);
		expect(long).toBe('une-question-tres-longue-qui-depasse-largement-soixante');
		expect(long.length).toBeLessThanOrEqual(60);
	});

	test('ids are valid deck ids even without Latin letters, and never given twice', () => {
		expect(idFromText('東京')).toMatch(/^carte-[a-z0-9]+$/);
		const next = idAllocator();
		expect(['paris', 'paris', 'paris-2', 'paris'].map(next)).toEqual([
			'paris',
			'paris-2',
			'paris-2-2',
			'paris-3'
		]);
	});
});

describe('which importer reads a file', () => {
	test('by extension', () => {
		expect(importKindOf('paquet.revise.yaml')).toBe('deck');
		expect(importKindOf('PAQUET.JSON')).toBe('deck');
		expect(importKindOf('export.txt')).toBe('csv');
		expect(importKindOf('liste.tsv')).toBe('csv');
		expect(importKindOf('Capitales.apkg')).toBe('apkg');
		expect(importKindOf('image.png')).toBeUndefined();
		expect(importKindOf('sans-extension')).toBeUndefined();
	});

	test('others are refused with what to do instead', () => {
		expect(unsupportedFileMessage('tout.colpkg')).toBe(
			'« tout.colpkg » est une collection Anki entière : dans Anki, exportez plutôt le paquet (.apkg).'
		);
		expect(unsupportedFileMessage('image.png')).toMatch(/^« image\.png » n’est pas lu : /);
	});
});
