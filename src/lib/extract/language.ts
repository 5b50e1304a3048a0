// Guesses whether a text is French, English or neither, from its commonest short words.

const FR = new Set(
	'le la les des du de et est une un dans pour que qui avec sur au aux par pas ont sont a été ce cette il elle ses leur'.split(
		' '
	)
);
const EN = new Set(
	'the of and to in is was for that with on as by are were has have it its from this be at'.split(
		' '
	)
);

export function detectLanguage(text: string): 'fr' | 'en' | 'other' {
	let fr = 0;
	let en = 0;
	let words = 0;
	for (const match of text
		.slice(0, 20000)
		.toLowerCase()
		.matchAll(/\p{L}+/gu)) {
		words++;
		if (FR.has(match[0])) {
			fr++;
		}
		if (EN.has(match[0])) {
			en++;
		}
	}
	if (words === 0 || Math.max(fr, en) / words < 0.08) {
		return 'other';
	}
	return fr >= en ? 'fr' : 'en';
}
