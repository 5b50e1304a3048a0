// Anki fields are HTML. Révise shows text only, so fields become plain text here: tags dropped
// (scripts and styles with their content), line breaks as spaces, entities decoded. Nothing is
// ever parsed by a browser, so nothing in a field can run.

// Named entities by code point, as the HTML standard lists them (&nbsp; as a plain space).
const NAMED_ENTITIES: Record<string, number> = {
	amp: 0x26, // &
	lt: 0x3c, // <
	gt: 0x3e, // >
	quot: 0x22, // "
	apos: 0x27, // '
	nbsp: 0x20,
	laquo: 0xab, // «
	raquo: 0xbb, // »
	hellip: 0x2026, // …
	ndash: 0x2013, // –
	mdash: 0x2014, // —
	lsquo: 0x2018, // ‘
	rsquo: 0x2019, // ’
	ldquo: 0x201c, // “
	rdquo: 0x201d, // ”
	euro: 0x20ac, // €
	deg: 0xb0, // °
	times: 0xd7, // ×
	middot: 0xb7, // ·
	oelig: 0x153, // œ
	OElig: 0x152, // Œ
	aelig: 0xe6, // æ
	AElig: 0xc6, // Æ
	szlig: 0xdf // ß
};

// Accented letters: Anki's editor writes them as such, but other tools write "&eacute;".
const ACCENTS: Record<string, string> = {
	acute: '\u0301',
	grave: '\u0300',
	circ: '\u0302',
	uml: '\u0308',
	tilde: '\u0303',
	cedil: '\u0327',
	ring: '\u030a'
};

function decodeEntity(entity: string, name: string): string {
	if (name.startsWith('#')) {
		const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
		const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
		return valid ? String.fromCodePoint(code) : entity;
	}
	const named = NAMED_ENTITIES[name];
	if (named !== undefined) {
		return String.fromCodePoint(named);
	}
	const accent = /^([a-zA-Z])(acute|grave|circ|uml|tilde|cedil|ring)$/.exec(name);
	return accent ? `${accent[1]}${ACCENTS[accent[2] as string]}`.normalize('NFC') : entity;
}

/** An HTML fragment as plain text, on one line. */
export function htmlToText(html: string): string {
	return (
		html
			.replace(/<!--[\s\S]*?-->/g, ' ')
			.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
			// Blocks and line breaks separate words; inline tags ("<b>Par</b>is") do not.
			.replace(/<\/?(?:br|div|p|li|ul|ol|tr|td|th|h[1-6]|hr|table|blockquote)\b[^>]*>/gi, ' ')
			.replace(/<[^>]*>/g, '')
			.replace(/\[sound:[^\]]*\]/g, ' ')
			.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, decodeEntity)
			.replace(/\s+/g, ' ')
			.trim()
	);
}
