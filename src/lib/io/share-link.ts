// Share links: the deck file (deck-json.ts) as compact JSON, raw-deflated with fflate and
// base64url-encoded into the URL fragment "#deck=…". A fragment is never sent to a server, so
// the deck travels from phone to phone without one. Opening a link validates it like an import.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { EMPTY_POOLS, type DeckMeta, type Fact, type Pools } from '../domain/facts';
import { m } from '../i18n';
import { deckFile, importDeckFile } from './deck-json';
import { failure, type ImportResult } from './import-result';
import { formatBytes } from './limits';

/** The longest fragment a link may carry: longer links break in messaging apps and QR codes. */
export const MAX_LINK_BYTES = 8192;
const PREFIX = '#deck=';

export type ShareLink = { ok: true; url: string; fragment: string } | { ok: false; error: string };

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * The link that carries a deck: `baseUrl` (the import page's address) and "#deck=…". Refused
 * beyond MAX_LINK_BYTES, with the file to share instead.
 */
export function encodeShareLink(deck: DeckMeta, facts: readonly Fact[], baseUrl = ''): ShareLink {
	const json = JSON.stringify(deckFile(deck, facts));
	const fragment = PREFIX + toBase64Url(deflateSync(strToU8(json), { level: 9 }));
	if (fragment.length > MAX_LINK_BYTES) {
		const size = formatBytes(fragment.length);
		return {
			ok: false,
			error: m.import_link_too_long({ size, limit: formatBytes(MAX_LINK_BYTES) })
		};
	}
	return { ok: true, url: baseUrl.replace(/#.*$/, '') + fragment, fragment };
}

/** The payload of a link, a fragment ("#deck=…") or the payload itself; undefined if none. */
export function sharePayload(link: string): string | undefined {
	const hash = link.includes('#') ? link.slice(link.indexOf('#')) : `#${link}`;
	if (!hash.startsWith(PREFIX)) {
		return undefined;
	}
	return hash.slice(PREFIX.length).trim() || undefined;
}

/** Reads the deck a link carries, validated like an imported file. */
export function decodeShareLink(link: string, pools: Pools = EMPTY_POOLS): ImportResult {
	const payload = sharePayload(link);
	if (payload === undefined) {
		return failure(m.import_link_no_deck());
	}
	// 8 KB of deflate inflate to a few MB at most: the size check bounds the work too.
	if (PREFIX.length + payload.length > MAX_LINK_BYTES) {
		return failure(m.import_link_over_limit({ limit: formatBytes(MAX_LINK_BYTES) }));
	}
	if (!/^[A-Za-z0-9_-]+$/.test(payload)) {
		return failure(m.import_link_bad_characters());
	}
	let text: string;
	try {
		text = strFromU8(inflateSync(fromBase64Url(payload)));
	} catch {
		return failure(m.import_link_damaged());
	}
	// Errors are located as in a file named "lien" ("link"): "lien:3:5: …".
	return importDeckFile(text, m.import_link_name(), pools);
}
