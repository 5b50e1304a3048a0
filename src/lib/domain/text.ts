// Text folding for answer checking: what a learner types is compared without case, accents or
// punctuation, and with a small edit distance for typos.

// Letters that Unicode decomposition leaves whole, so stripping combining marks misses them.
const SPECIAL_LETTERS: Record<string, string> = {
	ł: 'l',
	đ: 'd',
	ø: 'o',
	ß: 'ss',
	œ: 'oe',
	æ: 'ae',
	ð: 'd',
	þ: 'th',
	ı: 'i',
	ħ: 'h',
	ŧ: 't',
	ŀ: 'l'
};
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const LEADING_ARTICLE = /^(?:le|la|les|l|un|une|des|du|de|d|the|a|an)\s+/;

/**
 * Lower case, no accents, punctuation as spaces, single spaces, no leading article. The dots of an
 * abbreviation join its letters: "D.C." is "dc", "U.S.A." is "usa".
 */
export function foldText(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
		.replace(/(?<=(?:^|[^\p{L}\p{N}])\p{L})\./gu, '')
		.replace(/[^\p{L}\p{N}%]+/gu, ' ')
		.trim()
		.replace(LEADING_ARTICLE, '');
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and transpositions of
 * neighbours), stopping early once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) {
		return limit + 1;
	}
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(
				(previous[j] as number) + 1,
				(current[j - 1] as number) + 1,
				(previous[j - 1] as number) + cost
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
			}
			current[j] = value;
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) {
			return limit + 1;
		}
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length] as number;
}
