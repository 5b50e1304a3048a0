// The backup file: everything the learner would lose with the browser's data, in one JSON file,
// and the pure logic of reading it back. A restore merges: review logs are united (a review is
// identified by its card and time, so the same answer in two files counts once) and the card
// states are rebuilt from the merged log. That is how progress moves between a phone and a
// laptop without a server.
import * as v from 'valibot';
import { CardStateSchema, ReviewSchema, Time } from './progress-schemas';
import { compareReviews, type Review } from './reviews';
import { replayReviews } from './replay';
import type { CardState, Scheduler } from './scheduler';
import { studyDay } from './study-day';

export const BACKUP_FORMAT = 'revise-backup';

/**
 * Larger files are refused before parsing (years of study make a few tens of MB). Measured in
 * characters, which for our ASCII JSON are bytes: the UI may check File.size against it too.
 */
export const MAX_BACKUP_SIZE = 200 * 1024 * 1024;

/** Meta keys that describe this device's database, not the learner: never exported or restored. */
export const DEVICE_META_KEYS: readonly string[] = ['schemaVersion', 'persisted'];

/** A backup is due when the last one is this old and reviews were made since. */
export const BACKUP_REMINDER_MS = 7 * 24 * 3_600_000;

export interface Backup {
	format: typeof BACKUP_FORMAT;
	/** The stored data's schema version (storage's SCHEMA_VERSION) when the file was made. */
	schemaVersion: number;
	exportedAt: number;
	/** The whole log, in log order. */
	reviews: Review[];
	cardStates: Record<string, CardState>;
	/** Settings and the like (storage's meta records), minus the device's own. */
	meta: Record<string, unknown>;
	/** Decks the learner wrote (compiled decks); each an object with deck.id. */
	decks: unknown[];
}

export interface BackupParts {
	schemaVersion: number;
	reviews: readonly Review[];
	cardStates: Iterable<readonly [string, CardState]>;
	meta: Readonly<Record<string, unknown>>;
	decks?: readonly unknown[];
}

/** A migration of one review to a schema version: storage's MIGRATIONS fit this shape. */
export interface BackupMigration {
	to: number;
	review?: (value: Record<string, unknown>) => Record<string, unknown>;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; refusal: BackupRefusal };

/** Why a file is not restored (the UI words it, in the interface language). */
export type BackupRefusal =
	| { reason: 'too-big'; megabytes: number }
	| { reason: 'not-json' }
	| { reason: 'wrong-format'; format: string }
	| { reason: 'bad-version' }
	| { reason: 'newer'; version: number }
	| { reason: 'damaged'; damage: BackupDamage };

/**
 * Where a backup is damaged: a review or deck (numbered from 1) or a card state (by id), and the
 * field in it, if any; `received` is the bad value, absent when the field is missing.
 */
export type BackupDamage =
	| { in: 'content' }
	| { in: 'field'; path: string; received?: string }
	| { in: 'review' | 'deck' | 'card'; key: string; field?: string; received?: string };

// Decks are checked in full by the deck editor's schemas when they are loaded; here only enough
// to count them and to know which deck each is.
const DeckSchema = v.looseObject({ deck: v.looseObject({ id: v.string() }) });

const BackupSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
	exportedAt: Time,
	reviews: v.array(ReviewSchema),
	cardStates: v.record(v.string(), CardStateSchema),
	meta: v.record(v.string(), v.unknown()),
	decks: v.array(DeckSchema)
});

/** Keys that, copied with Object.assign or a merge, would rewrite Object.prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function portableMeta(meta: Readonly<Record<string, unknown>>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(meta).filter(([key]) => !DEVICE_META_KEYS.includes(key))
	);
}

/** The backup of these parts, made at `now`. */
export function createBackup(parts: BackupParts, now: number): Backup {
	return {
		format: BACKUP_FORMAT,
		schemaVersion: parts.schemaVersion,
		exportedAt: now,
		reviews: [...parts.reviews].sort(compareReviews),
		cardStates: Object.fromEntries(parts.cardStates),
		meta: portableMeta(parts.meta),
		decks: [...(parts.decks ?? [])]
	};
}

/** The file's text: compact JSON, since a log of years is large. */
export function serializeBackup(backup: Backup): string {
	return JSON.stringify(backup);
}

/** "revise-sauvegarde-2026-03-29.json", dated by the study day. */
export function backupFileName(now: number, timeZone: string): string {
	return `revise-sauvegarde-${studyDay(now, timeZone)}.json`;
}

/**
 * Whether to remind the learner to back up: reviews were made since the last backup, and it is
 * 7 days old; without any backup, 7 days after the first review (not on the very first day).
 */
export function backupReminderDue(
	lastBackupAt: number | undefined,
	reviews: { first: number; last: number } | undefined,
	now: number
): boolean {
	if (reviews === undefined || (lastBackupAt !== undefined && reviews.last <= lastBackupAt)) {
		return false;
	}
	return now - (lastBackupAt ?? reviews.first) >= BACKUP_REMINDER_MS;
}

function refuse(refusal: BackupRefusal): ParsedBackup {
	return { ok: false, refusal };
}

/**
 * Reads a backup file. Every refusal says why and means the caller changes nothing.
 * A file from an older schema is brought up to date with `migrations`; one from a newer schema
 * is refused, since this version cannot know what its fields mean.
 */
export function parseBackup(
	text: string,
	currentSchemaVersion: number,
	options: { migrations?: readonly BackupMigration[]; maxSize?: number } = {}
): ParsedBackup {
	const maxSize = options.maxSize ?? MAX_BACKUP_SIZE;
	if (text.length > maxSize) {
		return refuse({ reason: 'too-big', megabytes: Math.round(maxSize / 1024 / 1024) });
	}
	let data: unknown;
	try {
		// The keys are dropped at every depth, meta included, before anything else sees them;
		// the reviver makes parsing slower, but a restore is rare and this leaves no path out.
		data = JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
	} catch {
		return refuse({ reason: 'not-json' });
	}
	if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
		return refuse({ reason: 'wrong-format', format: BACKUP_FORMAT });
	}
	const version = data.schemaVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return refuse({ reason: 'bad-version' });
	}
	if (version > currentSchemaVersion) {
		return refuse({ reason: 'newer', version });
	}
	const result = v.safeParse(BackupSchema, migrate(data, version, currentSchemaVersion, options));
	if (!result.success) {
		return refuse({ reason: 'damaged', damage: locateIssue(result.issues[0]) });
	}
	return { ok: true, backup: { ...result.output, meta: portableMeta(result.output.meta) } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The file's data with its reviews brought to the current schema version. */
function migrate(
	data: Record<string, unknown>,
	from: number,
	to: number,
	options: { migrations?: readonly BackupMigration[] }
): Record<string, unknown> {
	const steps = (options.migrations ?? [])
		.filter((m) => m.to > from && m.to <= to)
		.sort((a, b) => a.to - b.to);
	if (steps.length === 0 || !Array.isArray(data.reviews)) {
		return data;
	}
	const reviews = data.reviews.map((value: unknown) =>
		isRecord(value)
			? steps.reduce((review, step) => (step.review ? step.review(review) : review), value)
			: value
	);
	return { ...data, schemaVersion: to, reviews };
}

/** "la révision n° 3 a un champ « rating » invalide (7)": which record, which field, what. */
function locateIssue(issue: v.BaseIssue<unknown> | undefined): BackupDamage {
	const path = (issue?.path ?? []).map((item) => String(item.key));
	const [section, key, ...rest] = path;
	const raw = issue?.received ?? '';
	const received = raw === 'undefined' ? undefined : raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
	const record =
		section === 'reviews'
			? 'review'
			: section === 'decks'
				? 'deck'
				: section === 'cardStates'
					? 'card'
					: undefined;
	if (record === undefined || key === undefined) {
		return section === undefined
			? { in: 'content' }
			: { in: 'field', path: path.join('.'), received };
	}
	const number = record === 'card' ? key : String(Number(key) + 1);
	const field = rest.join('.');
	return field === '' ? { in: record, key: number } : { in: record, key: number, field, received };
}

/** A review's identity across devices: its card and the instant it was answered. */
export function reviewKey(review: Pick<Review, 'cardId' | 'time'>): string {
	return `${review.cardId}@${review.time}`;
}

/**
 * The union of two logs, in log order, a review present in both counted once (the current
 * one kept); `added` are the incoming reviews that were not here. Merging again adds nothing.
 */
export function mergeReviews(
	current: readonly Review[],
	incoming: readonly Review[]
): { merged: Review[]; added: Review[] } {
	const byKey = new Map(current.map((review) => [reviewKey(review), review]));
	const added: Review[] = [];
	for (const review of incoming) {
		const key = reviewKey(review);
		if (!byKey.has(key)) {
			byKey.set(key, review);
			added.push(review);
		}
	}
	return { merged: [...byKey.values()].sort(compareReviews), added: added.sort(compareReviews) };
}

export interface RestorePreview {
	/** Reviews in the file. */
	reviews: number;
	/** Distinct decks in the file: of its reviews and of its own decks. */
	decks: number;
	/** The file's reviews that are not here yet. */
	newHere: number;
	/** Distinct cards with progress in the file. */
	cards: number;
}

/** What restoring `backup` here would bring, for "1 204 révisions, 3 decks ; 87 nouvelles ici". */
export function previewRestore(currentReviews: readonly Review[], backup: Backup): RestorePreview {
	const decks = new Set(backup.reviews.map((r) => r.deckId));
	for (const deck of backup.decks) {
		const id = deckIdOf(deck);
		if (id !== undefined) {
			decks.add(id);
		}
	}
	const cards = new Set([
		...backup.reviews.map((r) => r.cardId),
		...Object.keys(backup.cardStates)
	]);
	return {
		reviews: backup.reviews.length,
		decks: decks.size,
		newHere: mergeReviews(currentReviews, backup.reviews).added.length,
		cards: cards.size
	};
}

/** The id of a backed-up deck (deck.id), if it has one. */
export function deckIdOf(deck: unknown): string | undefined {
	const meta = isRecord(deck) ? deck.deck : undefined;
	return isRecord(meta) && typeof meta.id === 'string' ? meta.id : undefined;
}

/** Card states rebuilt from a merged log (reviews.ts's replay, named for the restore). */
export function mergedStates(
	merged: Iterable<Review>,
	scheduler: Scheduler
): Map<string, CardState> {
	return replayReviews(merged, scheduler);
}

/**
 * The card states after restoring `backup` here. Into an app with no review, the file's own
 * states, so the app is exactly as exported (a replay would differ wherever the settings
 * changed over time); otherwise the merged log replayed.
 */
export function restoredStates(
	currentReviews: readonly Review[],
	backup: Backup,
	scheduler: Scheduler
): Map<string, CardState> {
	if (currentReviews.length === 0) {
		return new Map(Object.entries(backup.cardStates));
	}
	return mergedStates(mergeReviews(currentReviews, backup.reviews).merged, scheduler);
}
