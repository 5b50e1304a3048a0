// Anki fields are HTML. Révise shows text only, so fields become plain text here: tags dropped
// (scripts and styles with their content), line breaks as spaces, entities decoded. Nothing is
// ever parsed by a browser, so nothing in a field can run.

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	laquo: '«',
	raquo: '»',
	hellip: '…',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	euro: '€',
	deg: '°',
	times: '×',
	middot: '·',
	oelig: 'œ',
	OElig: 'Œ',
	aelig: 'æ',
	AElig: 'Æ',
	szlig: 'ß'
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
		return named;
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
