import { describe, expect, test } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import type { DeckMeta, Fact } from '../../src/lib/domain/facts';
import type { ImportResult } from '../../src/lib/io/import-result';
import { MAX_QR_BYTES, qrSvg, qrSvgDataUrl } from '../../src/lib/io/qr';
import {
	decodeShareLink,
	encodeShareLink,
	MAX_LINK_BYTES,
	sharePayload,
	type ShareLink
} from '../../src/lib/io/share-link';
import { compileDeckDir, DECKS_DIR, seedPools } from './deck-files';

const BASE = 'https://revise.example/import';

function link(result: ShareLink): { url: string; fragment: string } {
	if (!result.ok) {
		throw new Error(result.error);
	}
	return result;
}

function ok(result: ImportResult) {
	if (!result.ok) {
		throw new Error(`import failed:\n${result.errors.join('\n')}`);
	}
	return result;
}

function errors(result: ImportResult): string[] {
	if (result.ok) {
		throw new Error('the import should fail');
	}
	return result.errors;
}

const META: DeckMeta = {
	id: 'test',
	title: 'Test',
	lang: 'fr',
	sources: [{ id: 'src', outlet: 'Journal', title: 'Article' }]
};

/** Facts whose texts do not compress: a pseudo-random walk over letters. */
function noisyFacts(count: number): Fact[] {
	let seed = 7;
	const word = () =>
		Array.from({ length: 12 }, () => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return String.fromCharCode(97 + (seed % 26));
		}).join('');
	return Array.from({ length: count }, (_, i) => ({
		kind: 'qa',
		id: `f${i}`,
		source: 'src',
		question: `${word()} ${word()} ?`,
		answer: word()
	}));
}

describe('share links', () => {
	const pools = seedPools();
	const seed = compileDeckDir(DECKS_DIR, 'asie-centrale-diplomatie', pools);

	test('a seed deck round-trips through its link exactly', () => {
		const { url, fragment } = link(encodeShareLink(seed.deck, seed.facts, BASE));
		expect(url).toBe(BASE + fragment);
		expect(fragment).toMatch(/^#deck=[A-Za-z0-9_-]+$/);
		expect(fragment.length).toBeLessThanOrEqual(MAX_LINK_BYTES);
		const back = ok(decodeShareLink(url, pools));
		expect(back.compiled).toStrictEqual(seed);
		// The fragment alone, or as location.hash gives it, reads the same.
		expect(ok(decodeShareLink(fragment, pools)).compiled).toStrictEqual(seed);
		expect(sharePayload(url)).toBe(fragment.slice('#deck='.length));
	});

	test('a base URL that already has a fragment gets the deck instead', () => {
		const { url } = link(encodeShareLink(META, noisyFacts(1), `${BASE}#ancien`));
		expect(url.startsWith(`${BASE}#deck=`)).toBe(true);
	});

	test('a deck whose link would exceed 8 KB is refused, with the file suggested', () => {
		const result = encodeShareLink(META, noisyFacts(400), BASE);
		expect(result).toEqual({
			ok: false,
			error: expect.stringMatching(
				/^Ce paquet ferait un lien de [\d,]+ Ko, au-delà de la limite de 8 Ko : partagez plutôt le fichier du paquet\.$/
			)
		});
	});

	test('an overlong link is refused before it is inflated', () => {
		expect(errors(decodeShareLink(`${BASE}#deck=${'A'.repeat(MAX_LINK_BYTES)}`))).toEqual([
			'Ce lien dépasse 8 Ko : demandez plutôt le fichier du paquet.'
		]);
	});

	test('a link with no deck, or damaged on the way', () => {
		expect(errors(decodeShareLink(BASE))).toEqual([
			'Ce lien ne contient pas de paquet (« #deck=… » manque).'
		]);
		expect(errors(decodeShareLink(`${BASE}#deck=abc%20def`))).toEqual([
			'Ce lien est abîmé : il contient des caractères inattendus.'
		]);
		const { url } = link(encodeShareLink(seed.deck, seed.facts, BASE));
		expect(errors(decodeShareLink(url.slice(0, url.length - 200), pools))).toEqual([
			'Ce lien est abîmé ou incomplet : a-t-il été coupé en le copiant ?'
		]);
	});

	test('a link is validated like an imported file', () => {
		const bad = JSON.stringify({
			format: 'revise-deck',
			version: 1,
			deck: META,
			facts: [{ kind: 'qa', id: 'Q', source: 'src', question: 'q', answer: 'r' }]
		});
		const payload = btoa(String.fromCharCode(...deflateSync(strToU8(bad))))
			.replace(/\+/g, '-')
			.replace(/\//g, '_')
			.replace(/=+$/, '');
		expect(errors(decodeShareLink(`#deck=${payload}`))).toEqual([
			`lien:1:${bad.indexOf('"Q"') + 1}: id : doit s’écrire en minuscules, chiffres et tirets simples (ex. « sommet-2025 »)`
		]);
	});
});

describe('QR codes', () => {
	test('a link that fits gives an SVG QR code, also as a data URL', () => {
		const svg = qrSvg(`${BASE}#deck=abc`);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+">/);
		expect(svg).toContain('<path fill="black"');
		expect(qrSvgDataUrl(`${BASE}#deck=abc`)).toBe(
			`data:image/svg+xml,${encodeURIComponent(svg as string)}`
		);
	});

	test('a text too long for a QR code gives none', () => {
		expect(qrSvg('a'.repeat(MAX_QR_BYTES))).toBeDefined();
		expect(qrSvg('a'.repeat(MAX_QR_BYTES + 1))).toBeUndefined();
		expect(qrSvgDataUrl('a'.repeat(MAX_QR_BYTES + 1))).toBeUndefined();
	});
});
