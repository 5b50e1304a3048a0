import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	BACKUP_FORMAT,
	backupFileName,
	backupReminderDue,
	createBackup,
	deckIdOf,
	mergedStates,
	mergeReviews,
	parseBackup,
	previewRestore,
	restoredStates,
	reviewKey,
	serializeBackup,
	type Backup
} from '../../src/lib/domain/backup';
import { describeBackupRefusal } from '../../src/lib/io/backup-refusal';
import { reviewId, type Review } from '../../src/lib/domain/reviews';
import { replayReviews } from '../../src/lib/domain/replay';
import { createScheduler, type CardState, type Grade } from '../../src/lib/domain/scheduler';

const SCHEMA = 2;
const DAY = 86_400_000;
const scheduler = createScheduler();

function fixture(name: string): string {
	return readFileSync(new URL(`../fixtures/backup/${name}`, import.meta.url), 'utf8');
}

function parsed(text: string, schema = SCHEMA): Backup {
	const result = parseBackup(text, schema);
	if (!result.ok) {
		throw new Error(describeBackupRefusal(result.refusal));
	}
	return result.backup;
}

function refusal(text: string, schema = SCHEMA): string {
	const result = parseBackup(text, schema);
	expect(result.ok).toBe(false);
	return result.ok ? '' : describeBackupRefusal(result.refusal);
}

/** The fixture file: 8 reviews of 3 cards in decks deck-a and deck-b, and the user deck mes-dates. */
const FILE = parsed(fixture('backup-v2.json'));

const T0 = Date.UTC(2026, 3, 6, 8, 0);

/** A log studied on one device: each answer builds on the state before it, as the store does. */
function study(device: string, plan: [string, number, Grade][]): Review[] {
	const states = new Map<string, CardState>();
	return plan.map(([cardId, time, rating]) => {
		const previous = states.get(cardId);
		states.set(cardId, scheduler.next(previous, time, rating));
		const review: Review = {
			id: reviewId(time, cardId, device),
			cardId,
			deckId: cardId.slice(0, cardId.indexOf('/')),
			time,
			rating,
			answerMs: 3_000,
			mode: 'study'
		};
		return previous ? { ...review, previous } : review;
	});
}

const X = 'deck-a/fact-1/event.date-choice';
const Y = 'deck-a/fact-2/event.date-typed';
const Z = 'deck-b/fact-9/person.role-flashcard';

/** Phone and laptop both hold the first two answers (the laptop restored an older backup). */
const SHARED: [string, number, Grade][] = [
	[X, T0, 3],
	[Y, T0 + 60_000, 3]
];
const PHONE = study('phone', [...SHARED, [X, T0 + 2 * DAY, 3], [Z, T0 + 3 * DAY, 1]]);
const LAPTOP = study('laptop', [...SHARED, [Y, T0 + 2 * DAY + 5_000, 4]]);

describe('the backup file', () => {
	test('the fixture reads back with its known content', () => {
		expect(FILE.format).toBe(BACKUP_FORMAT);
		expect(FILE.schemaVersion).toBe(2);
		expect(FILE.reviews).toHaveLength(8);
		expect(Object.keys(FILE.cardStates)).toHaveLength(3);
		expect(FILE.decks.map(deckIdOf)).toEqual(['mes-dates']);
		// The device's own meta (schemaVersion, persisted) was not exported.
		expect(Object.keys(FILE.meta).sort()).toEqual(['match-best:deck-a', 'settings', 'suspended']);
		// The states in the file are those the log gives.
		expect(Object.fromEntries(replayReviews(FILE.reviews, scheduler))).toEqual(FILE.cardStates);
	});

	test('serialize then parse gives the same backup, deep-equal', () => {
		const backup = createBackup(
			{
				schemaVersion: SCHEMA,
				reviews: [...PHONE].reverse(),
				cardStates: replayReviews(PHONE, scheduler),
				meta: { settings: { limits: { newPerDay: 5 } }, suspended: [Z], persisted: true },
				decks: FILE.decks
			},
			T0 + 4 * DAY
		);
		expect(backup.reviews).toEqual(PHONE); // in log order
		expect(backup.meta).not.toHaveProperty('persisted');
		const text = serializeBackup(backup);
		expect(parsed(text)).toEqual(backup);
	});

	test('backup, wipe, restore into the empty app gives exactly the same states and log', () => {
		const states = replayReviews(PHONE, scheduler);
		const backup = parsed(
			serializeBackup(
				createBackup({ schemaVersion: SCHEMA, reviews: PHONE, cardStates: states, meta: {} }, T0)
			)
		);
		// The wiped app has no review: the file's states are taken as they are.
		expect(restoredStates([], backup, scheduler)).toEqual(states);
		expect(mergeReviews([], backup.reviews)).toEqual({ merged: PHONE, added: PHONE });
	});

	test('restoring into an empty app keeps the file’s states even where a replay would differ', () => {
		// States made under another retention than today's settings: only the file knows them.
		const states = replayReviews(PHONE, createScheduler({ retention: 0.8 }));
		const backup = createBackup(
			{ schemaVersion: SCHEMA, reviews: PHONE, cardStates: states, meta: {} },
			T0
		);
		expect(restoredStates([], backup, scheduler)).toEqual(states);
		expect(mergedStates(PHONE, scheduler)).not.toEqual(states);
	});

	test('is named after the study day', () => {
		expect(backupFileName(Date.UTC(2026, 2, 29, 1, 30), 'Europe/Paris')).toBe(
			'revise-sauvegarde-2026-03-28.json'
		);
	});
});

describe('refused files', () => {
	test('not JSON (a download cut short)', () => {
		expect(refusal(fixture('truncated.txt'))).toBe(
			'Ce fichier n’est pas une sauvegarde Révise : son contenu n’est pas du JSON lisible. Rien n’a été modifié.'
		);
		expect(refusal('')).toMatch(/pas du JSON/);
	});

	test('JSON of another kind (a deck)', () => {
		expect(refusal(fixture('not-a-backup.json'))).toBe(
			'Ce fichier n’est pas une sauvegarde Révise : il n’est pas au format « revise-backup ». Rien n’a été modifié.'
		);
		expect(refusal('[1, 2]')).toMatch(/format « revise-backup »/);
		expect(refusal('null')).toMatch(/format « revise-backup »/);
	});

	test('a newer schema version, whatever its content', () => {
		expect(refusal(fixture('future-version.json'))).toBe(
			'Cette sauvegarde vient d’une version plus récente de Révise (schéma 99) : mettez l’application à jour pour la restaurer. Rien n’a été modifié.'
		);
		// A schema-2 file opened by an app that only knows schema 1.
		expect(refusal(fixture('backup-v2.json'), 1)).toMatch(/\(schéma 2\)/);
	});

	test('a review with a bad rating: which review, which field', () => {
		expect(refusal(fixture('corrupt-rating.json'))).toBe(
			'Cette sauvegarde est abîmée : la révision n° 3 a un champ « rating » invalide (7). Rien n’a été modifié.'
		);
	});

	test('a review with a missing field', () => {
		expect(refusal(fixture('missing-field.json'))).toBe(
			'Cette sauvegarde est abîmée : la révision n° 2 a un champ « cardId » manquant. Rien n’a été modifié.'
		);
	});

	test('other damage: card states, nested fields, the version, whole records', () => {
		const file = JSON.parse(fixture('backup-v2.json')) as Record<string, unknown>;
		const damaged = (change: (data: Record<string, unknown>) => void) => {
			const copy = structuredClone(file);
			change(copy);
			return refusal(JSON.stringify(copy));
		};
		expect(
			damaged((d) => {
				(d.cardStates as Record<string, Record<string, unknown>>)[X]!.stability = 'beaucoup';
			})
		).toMatch(
			/l’état de la carte « deck-a\/fact-1\/event.date-choice » a un champ « stability » invalide \("beaucoup"\)/
		);
		expect(
			damaged((d) => {
				(d.reviews as Record<string, Record<string, unknown>>[])[5]!.previous = { due: 1 };
			})
		).toMatch(/la révision n° 6 a un champ « previous.stability » manquant/);
		expect(damaged((d) => ((d.reviews as unknown[])[0] = 'oops'))).toMatch(
			/la révision n° 1 est illisible/
		);
		expect(damaged((d) => ((d.decks as unknown[])[0] = { title: 'sans id' }))).toMatch(
			/le deck n° 1 a un champ « deck » manquant/
		);
		expect(damaged((d) => delete d.reviews)).toMatch(/le champ « reviews » est manquant/);
		expect(damaged((d) => (d.schemaVersion = '2'))).toMatch(/version de schéma est illisible/);
	});

	test('a file over the size cap is refused before it is parsed', () => {
		const text = fixture('backup-v2.json');
		const result = parseBackup(text, SCHEMA, { maxSize: 1024 * 1024 });
		expect(result.ok).toBe(true);
		const big = parseBackup(' '.repeat(1024 * 1024 + 1), SCHEMA, { maxSize: 1024 * 1024 });
		expect(big).toEqual({ ok: false, refusal: { reason: 'too-big', megabytes: 1 } });
		expect(big.ok ? '' : describeBackupRefusal(big.refusal)).toBe(
			'Ce fichier est trop gros pour une sauvegarde Révise (plus de 1 Mo). Rien n’a été modifié.'
		);
	});
});

describe('prototype pollution', () => {
	test('__proto__, constructor and prototype keys are dropped, at every depth', () => {
		const backup = parsed(fixture('prototype-pollution.json'));
		expect(Object.keys(backup.meta).sort()).toEqual(['match-best:deck-a', 'settings', 'suspended']);
		expect(Object.getPrototypeOf(backup.meta)).toBe(Object.prototype);
		const settings = backup.meta.settings as Record<string, unknown>;
		expect(Object.getOwnPropertyNames(settings).sort()).toEqual(['limits', 'scheduler']);
		expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
		// Copying the meta the careless way pollutes nothing.
		Object.assign({}, backup.meta, settings);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		// Everything else reads as in the clean file.
		expect(backup.reviews).toEqual(FILE.reviews);
	});
});

describe('older schema versions', () => {
	test('are brought up to date with the storage migrations', () => {
		const file = JSON.parse(fixture('backup-v2.json')) as Backup;
		const v1 = {
			...file,
			schemaVersion: 1,
			// v1 reviews had neither deck nor mode.
			reviews: file.reviews.map((review) => {
				const rest: Partial<Review> = { ...review };
				delete rest.deckId;
				delete rest.mode;
				return rest;
			})
		};
		const migrations = [
			{
				to: 2,
				review: (value: Record<string, unknown>) => ({
					...value,
					deckId: String(value.cardId).split('/')[0],
					mode: 'study'
				})
			}
		];
		expect(refusal(JSON.stringify(v1))).toMatch(/la révision n° 1 a un champ « deckId » manquant/);
		const result = parseBackup(JSON.stringify(v1), SCHEMA, { migrations });
		expect(result.ok && result.backup.schemaVersion).toBe(2);
		expect(result.ok && result.backup.reviews.map((r) => r.mode)).toEqual(Array(8).fill('study'));
		expect(result.ok && result.backup.reviews.map((r) => r.deckId)).toEqual(
			FILE.reviews.map((r) => r.deckId)
		);
	});
});

describe('merging logs', () => {
	test('a review is its card and its time', () => {
		expect(reviewKey(PHONE[0]!)).toBe(`${X}@${T0}`);
		// The same answer made on two devices (different ids) is one review.
		expect(PHONE[0]!.id).not.toBe(LAPTOP[0]!.id);
		expect(reviewKey(PHONE[0]!)).toBe(reviewKey(LAPTOP[0]!));
	});

	test('two overlapping logs give their union, the shared answers once, in log order', () => {
		const { merged, added } = mergeReviews(LAPTOP, PHONE);
		expect(merged.map(reviewKey)).toEqual([
			`${X}@${T0}`,
			`${Y}@${T0 + 60_000}`,
			`${X}@${T0 + 2 * DAY}`,
			`${Y}@${T0 + 2 * DAY + 5_000}`,
			`${Z}@${T0 + 3 * DAY}`
		]);
		expect(merged).toHaveLength(PHONE.length + LAPTOP.length - SHARED.length);
		// The laptop keeps its own copy of the shared answers; the phone's new ones are added.
		expect(merged[0]).toBe(LAPTOP[0]);
		expect(added).toEqual([PHONE[2], PHONE[3]]);
	});

	test('is idempotent: merging the same file again changes nothing', () => {
		const once = mergeReviews(LAPTOP, PHONE).merged;
		const twice = mergeReviews(once, PHONE);
		expect(twice.merged).toEqual(once);
		expect(twice.added).toEqual([]);
		expect(mergeReviews(once, once)).toEqual({ merged: once, added: [] });
	});

	test('either way round gives the same reviews', () => {
		const a = mergeReviews(LAPTOP, PHONE).merged.map(reviewKey);
		const b = mergeReviews(PHONE, LAPTOP).merged.map(reviewKey);
		expect(a).toEqual(b);
	});

	test('duplicates inside the incoming file count once', () => {
		const { merged, added } = mergeReviews([], [...PHONE, ...PHONE]);
		expect(merged).toEqual(PHONE);
		expect(added).toEqual(PHONE);
	});

	test('card states are rebuilt from the merged log, the same on both devices', () => {
		const backup = createBackup(
			{
				schemaVersion: SCHEMA,
				reviews: PHONE,
				cardStates: replayReviews(PHONE, scheduler),
				meta: {}
			},
			T0 + 4 * DAY
		);
		const states = restoredStates(LAPTOP, backup, scheduler);
		expect([...states.keys()].sort()).toEqual([X, Y, Z]);
		expect(states).toEqual(replayReviews(mergeReviews(LAPTOP, PHONE).merged, scheduler));
		// The laptop's later Easy on Y and the phone's Again on Z both show.
		expect(states.get(Y)?.lastReview).toBe(T0 + 2 * DAY + 5_000);
		expect(states.get(Z)?.lastReview).toBe(T0 + 3 * DAY);
		const laptopBackup = createBackup(
			{ schemaVersion: SCHEMA, reviews: LAPTOP, cardStates: new Map(), meta: {} },
			T0
		);
		expect(restoredStates(PHONE, laptopBackup, scheduler)).toEqual(states);
	});
});

describe('the restore preview', () => {
	test('counts the file’s reviews, decks and cards, and what is new here', () => {
		expect(previewRestore([], FILE)).toEqual({ reviews: 8, decks: 3, newHere: 8, cards: 3 });
		const here = FILE.reviews.slice(0, 5);
		expect(previewRestore(here, FILE)).toEqual({ reviews: 8, decks: 3, newHere: 3, cards: 3 });
		expect(previewRestore(FILE.reviews, FILE).newHere).toBe(0);
	});
});

describe('the backup reminder', () => {
	const now = T0 + 30 * DAY;
	test('7 days after the last backup if reviews were made since', () => {
		expect(backupReminderDue(now - 8 * DAY, { first: now - 90 * DAY, last: now - DAY }, now)).toBe(
			true
		);
		expect(backupReminderDue(now - 6 * DAY, { first: now - 90 * DAY, last: now - DAY }, now)).toBe(
			false
		);
		// Nothing new since the backup: nothing to lose.
		expect(
			backupReminderDue(now - 30 * DAY, { first: now - 90 * DAY, last: now - 31 * DAY }, now)
		).toBe(false);
	});

	test('without any backup, 7 days after the first review; never without reviews', () => {
		expect(backupReminderDue(undefined, undefined, now)).toBe(false);
		expect(backupReminderDue(undefined, { first: now - DAY, last: now }, now)).toBe(false);
		expect(backupReminderDue(undefined, { first: now - 7 * DAY, last: now }, now)).toBe(true);
	});
});
