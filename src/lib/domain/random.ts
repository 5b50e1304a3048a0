// Seeded randomness: card generation and quizzes are reproducible from a string seed.

/** A 53-bit hash of a string (cyrb53): stable across runs and platforms. */
export function hashString(text: string, seed = 0): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [0, n). */
	int(n: number): number;
	pick<T>(items: readonly T[]): T;
	shuffle<T>(items: readonly T[]): T[];
	/** Up to `count` distinct items, in random order. */
	sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32, seeded from a string: small, fast and good enough for shuffling cards. */
export function createRandom(seed: string): Random {
	let state = hashString(seed) >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	const shuffle = <T>(items: readonly T[]): T[] => {
		const copy = [...items];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = int(i + 1);
			[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
		}
		return copy;
	};
	return {
		next,
		int,
		pick: <T>(items: readonly T[]) => {
			if (items.length === 0) {
				throw new Error('pick from an empty list');
			}
			return items[int(items.length)] as T;
		},
		shuffle,
		sample: <T>(items: readonly T[], count: number) => shuffle(items).slice(0, count)
	};
}
