// QR codes of share links, as SVG, for the decks whose link fits in one. Apart from
// share-link.ts so that opening a link does not load the QR encoder.
import { renderSVG } from 'uqr';

/**
 * The largest text a QR code holds (version 40, low error correction, bytes). Codes near it are
 * dense: phones read them from a screen, not always from paper.
 */
export const MAX_QR_BYTES = 2953;

/** An SVG QR code of the text; undefined when the text does not fit in one. */
export function qrSvg(text: string): string | undefined {
	if (new TextEncoder().encode(text).length > MAX_QR_BYTES) {
		return undefined;
	}
	try {
		// A quiet zone of four modules, as the standard asks, so readers find the code.
		return renderSVG(text, { ecc: 'L', border: 4 });
	} catch {
		return undefined;
	}
}

/** The same code as a data: URL, for an <img src>: no markup is injected into the page. */
export function qrSvgDataUrl(text: string): string | undefined {
	const svg = qrSvg(text);
	return svg && `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
