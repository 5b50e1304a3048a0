// Getting a deck out: a share link (with its QR code), files to download, the Web Share API.
import type { CompiledDeck } from '$lib/domain/cards';
import { csvFileName, exportCsv } from '$lib/io/csv-export';
import { deckFileName, exportDeckFile } from '$lib/io/deck-json';
import { encodeShareLink, type ShareLink } from '$lib/io/share-link';

export function shareLink(deck: CompiledDeck, origin: string): ShareLink {
	return encodeShareLink(deck.deck, deck.facts, `${origin}/import`);
}

/** The QR code of a link, loaded only when a deck is shared. */
export async function shareQr(link: ShareLink): Promise<string | undefined> {
	if (!link.ok) {
		return undefined;
	}
	const { qrSvgDataUrl } = await import('$lib/io/qr');
	return qrSvgDataUrl(link.url);
}

export function deckExport(deck: CompiledDeck, type: 'yaml' | 'json' | 'csv'): File {
	if (type === 'csv') {
		return new File([exportCsv(deck)], csvFileName(deck), { type: 'text/csv' });
	}
	return new File([exportDeckFile(deck.deck, deck.facts, type)], deckFileName(deck.deck, type), {
		type: type === 'json' ? 'application/json' : 'application/yaml'
	});
}

export function download(file: File): void {
	const url = URL.createObjectURL(file);
	const anchor = Object.assign(document.createElement('a'), { href: url, download: file.name });
	anchor.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function canShareFiles(): boolean {
	return typeof navigator.canShare === 'function';
}

export async function shareFile(file: File): Promise<void> {
	if (navigator.canShare?.({ files: [file] })) {
		await navigator.share({ files: [file], title: file.name });
	} else {
		download(file);
	}
}
