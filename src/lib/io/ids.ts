// Ids for imported facts and decks. They must be stable: re-importing a corrected file keeps the
// learners' progress only on cards whose ids (deck / fact / template) did not change.

const LETTERS: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };
const MAX_SLUG_LENGTH = 60;

/** "Où est Samarcande ?" → "ou-est-samarcande"; "" when nothing in it is a Latin letter or digit. */
export function slugify(text: string): string {
	const slug = text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.replace(/[œæßøłđ]/g, (letter) => LETTERS[letter] ?? letter)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= MAX_SLUG_LENGTH) {
		return slug;
	}
	// Cut at a word boundary so that a long question keeps whole words.
	const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
	const lastDash = cut.lastIndexOf('-');
	return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** FNV-1a: a short stable hash, for texts with no Latin letters (a Japanese or Russian term). */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36);
}

/** A fact id from a text: its slug, or "carte-" and a hash of it when it has no slug. */
export function idFromText(text: string): string {
	return slugify(text) || `carte-${hash(text)}`;
}

/** Gives each id once: the second "paris" becomes "paris-2", the third "paris-3". */
export function idAllocator(): (base: string) => string {
	const used = new Set<string>();
	return (base) => {
		let id = base;
		for (let n = 2; used.has(id); n++) {
			id = `${base}-${n}`;
		}
		used.add(id);
		return id;
	};
}
