// The simulated learner: a ground-truth memory model that the schedulers cannot see. Each card's
// memory follows FSRS-6 with the learner's own parameters; whether an answer is recalled is drawn
// from the true recall probability, and the grade of a success from fixed proportions.
import type { Grade } from '../../src/lib/domain/scheduler';
import type { Random } from '../../src/lib/domain/random';

export const DAY_MS = 86_400_000;

/** FSRS-6's default parameters (ts-fsrs 5.4 `default_w`); w[20] is the decay. */
export const FSRS6_DEFAULT_W: readonly number[] = [
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
	0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
];

export interface Learner {
	name: string;
	/** The true FSRS-6 parameters of this learner's memory. */
	w: readonly number[];
}

/** A learner like FSRS-6's default one, but with other initial stabilities and decay. */
function variant(name: string, initialScale: number, decay: number): Learner {
	const w = FSRS6_DEFAULT_W.map((value, i) => (i < 4 ? value * initialScale : value));
	w[20] = decay;
	return { name, w };
}

export const LEARNERS: readonly Learner[] = [
	{ name: 'default', w: FSRS6_DEFAULT_W },
	variant('forgets faster', 0.5, 0.3),
	variant('forgets slower', 2, 0.1)
];

/**
 * Grade proportions of the FSRS simulator (fsrs-optimizer): a new card's first grade, and the
 * grade of a successful review (Hard, Good, Easy).
 */
export const FIRST_GRADE_PROBABILITIES = [0.24, 0.094, 0.495, 0.171] as const;
export const SUCCESS_GRADE_PROBABILITIES = [0.224, 0.631, 0.145] as const;

/** A card's true memory. */
export interface Memory {
	stability: number;
	difficulty: number;
	/** Time of the last answer, ms. */
	lastReview: number;
}

/** FSRS-6's forgetting curve: R(t, S) = (1 + factor·t/S)^(−decay), with R(S, S) = 0.9. */
export function retrievability(w: readonly number[], elapsedDays: number, stability: number) {
	const decay = w[20] as number;
	const factor = Math.pow(0.9, -1 / decay) - 1;
	return Math.pow(1 + (factor * Math.max(0, elapsedDays)) / stability, -decay);
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function initialDifficulty(w: readonly number[], grade: Grade): number {
	return (w[4] as number) - Math.exp((grade - 1) * (w[5] as number)) + 1;
}

/** The memory after the first answer to a card. */
export function firstMemory(w: readonly number[], grade: Grade, now: number): Memory {
	return {
		stability: Math.max(w[grade - 1] as number, 0.1),
		difficulty: clamp(initialDifficulty(w, grade), 1, 10),
		lastReview: now
	};
}

/** The memory after answering `grade` at `now`, FSRS-6's update with the true parameters. */
export function nextMemory(
	w: readonly number[],
	memory: Memory,
	now: number,
	grade: Grade
): Memory {
	const p = (i: number) => w[i] as number;
	const { stability: s, difficulty: d } = memory;
	const sameDay = Math.floor(now / DAY_MS) === Math.floor(memory.lastReview / DAY_MS);
	let stability: number;
	if (sameDay) {
		const growth = Math.pow(s, -p(19)) * Math.exp(p(17) * (grade - 3 + p(18)));
		stability = s * (grade >= 2 ? Math.max(growth, 1) : growth);
	} else {
		const r = retrievability(w, (now - memory.lastReview) / DAY_MS, s);
		if (grade === 1) {
			const forgotten =
				p(11) * Math.pow(d, -p(12)) * (Math.pow(s + 1, p(13)) - 1) * Math.exp((1 - r) * p(14));
			stability = Math.min(forgotten, s / Math.exp(p(17) * p(18)));
		} else {
			const bonus = grade === 2 ? p(15) : grade === 4 ? p(16) : 1;
			stability =
				s *
				(1 +
					Math.exp(p(8)) * (11 - d) * Math.pow(s, -p(9)) * (Math.exp((1 - r) * p(10)) - 1) * bonus);
		}
	}
	const damped = d + (-p(6) * (grade - 3) * (10 - d)) / 9;
	const difficulty = clamp(p(7) * initialDifficulty(w, 4) + (1 - p(7)) * damped, 1, 10);
	return { stability: clamp(stability, 0.001, 36500), difficulty, lastReview: now };
}

function draw(random: Random, probabilities: readonly number[]): number {
	let u = random.next();
	for (let i = 0; i < probabilities.length - 1; i++) {
		u -= probabilities[i] as number;
		if (u < 0) {
			return i;
		}
	}
	return probabilities.length - 1;
}

/**
 * The learner answers a card at `now`: a new card's grade follows the first-grade proportions;
 * a seen card is recalled with its true probability, then graded Hard, Good or Easy.
 */
export function answer(
	learner: Learner,
	memory: Memory | undefined,
	now: number,
	random: Random
): { grade: Grade; memory: Memory } {
	if (!memory) {
		const grade = (draw(random, FIRST_GRADE_PROBABILITIES) + 1) as Grade;
		return { grade, memory: firstMemory(learner.w, grade, now) };
	}
	const recall = retrievability(learner.w, (now - memory.lastReview) / DAY_MS, memory.stability);
	const grade: Grade =
		random.next() < recall ? ((draw(random, SUCCESS_GRADE_PROBABILITIES) + 2) as Grade) : 1;
	return { grade, memory: nextMemory(learner.w, memory, now, grade) };
}
