// The match game (Quizlet's "Match"): pairs of short texts drawn from a deck's facts — leader and
// role, place and country, mineral and country, date and event — no text ever shown twice.
import { formatFactDate, parseFactDate, type FactDate } from './dates';
import type { Fact } from './facts';
import { createRandom } from './random';
import { foldText } from './text';

export interface MatchPair {
	id: string;
	factId: string;
	left: string;
	right: string;
}

export interface MatchTile {
	pairId: string;
	text: string;
}

/** Texts longer than this do not fit a tile on a phone. */
const TILE_MAX_LENGTH = 70;

function candidatePairs(facts: readonly Fact[], lang: string): MatchPair[] {
	const pairs: MatchPair[] = [];
	const add = (fact: Fact, left: string, right: string) => {
		if (left.length <= TILE_MAX_LENGTH && right.length <= TILE_MAX_LENGTH) {
			pairs.push({ id: `${fact.id}:${pairs.length}`, factId: fact.id, left, right });
		}
	};
	for (const fact of facts) {
		if (fact.kind === 'person') {
			add(fact, fact.name, fact.role);
		} else if (fact.kind === 'place') {
			add(fact, fact.name, fact.country);
		} else if (fact.kind === 'resource') {
			add(fact, fact.name, fact.holders.join(', '));
		} else if (fact.kind === 'event') {
			add(fact, formatFactDate(parseFactDate(fact.date) as FactDate, lang), fact.what);
		}
	}
	return pairs;
}

/** Up to `count` pairs, chosen by the seed, with every text on the board distinct. */
export function matchPairs(
	facts: readonly Fact[],
	lang: string,
	seed: string,
	count = 6
): MatchPair[] {
	const random = createRandom(`match:${seed}`);
	const seen = new Set<string>();
	const chosen: MatchPair[] = [];
	for (const pair of random.shuffle(candidatePairs(facts, lang))) {
		const left = foldText(pair.left);
		const right = foldText(pair.right);
		if (left === right || seen.has(left) || seen.has(right)) {
			continue;
		}
		seen.add(left);
		seen.add(right);
		chosen.push(pair);
		if (chosen.length === count) {
			break;
		}
	}
	return chosen;
}

/** The board: both sides of every pair, shuffled by the seed. */
export function matchTiles(pairs: readonly MatchPair[], seed: string): MatchTile[] {
	const tiles = pairs.flatMap((pair) => [
		{ pairId: pair.id, text: pair.left },
		{ pairId: pair.id, text: pair.right }
	]);
	return createRandom(`tiles:${seed}`).shuffle(tiles);
}

/** A personal best is the shortest time; returns the new best. */
export function bestTime(previous: number | undefined, time: number): number {
	return previous === undefined ? time : Math.min(previous, time);
}
