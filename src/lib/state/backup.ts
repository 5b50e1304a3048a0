// Backup, restore and merge of everything the learner has: made from the store in one read, and
// put back in one transaction after a preview, so a bad file or a refusal changes nothing.
import {
	backupFileName,
	backupReminderDue,
	createBackup,
	MAX_BACKUP_SIZE,
	mergeReviews,
	parseBackup,
	previewRestore,
	restoredStates,
	serializeBackup,
	type Backup,
	type RestorePreview
} from '$lib/domain/backup';
import { MIGRATIONS, readUserDeck, SCHEMA_VERSION, type UserDeck } from '$lib/storage';
import { m } from '$lib/i18n';
import { describeBackupRefusal } from '$lib/io/backup-refusal';
import { deckLibrary } from './deck-library.svelte';
import { localTimeZone, progress } from './progress.svelte';
import { scheduler } from './scheduling.svelte';

const LAST_BACKUP = 'lastBackupAt';

export async function makeBackupFile(now = Date.now()): Promise<File> {
	const store = await progress.store();
	const data = await store.exportAll();
	const backup = createBackup({ schemaVersion: SCHEMA_VERSION, ...data }, now);
	await store.setMeta(LAST_BACKUP, now);
	return new File([serializeBackup(backup)], backupFileName(now, localTimeZone()), {
		type: 'application/json'
	});
}

export type BackupReading =
	| { ok: true; backup: Backup; preview: RestorePreview; merging: boolean }
	| { ok: false; error: string };

export async function readBackupFile(file: File): Promise<BackupReading> {
	if (file.size > MAX_BACKUP_SIZE) {
		return { ok: false, error: m.settings_backup_too_big({ name: file.name }) };
	}
	const parsed = parseBackup(await file.text(), SCHEMA_VERSION, { migrations: MIGRATIONS });
	if (!parsed.ok) {
		return { ok: false, error: describeBackupRefusal(parsed.refusal) };
	}
	const current = await (await progress.store()).allReviews();
	return {
		ok: true,
		backup: parsed.backup,
		preview: previewRestore(current, parsed.backup),
		merging: current.length > 0
	};
}

/**
 * Restores into an empty app exactly as exported; into an app with progress, merges: the logs
 * are united and every state rebuilt from the union, local settings kept, suspensions united.
 */
export async function applyBackup(backup: Backup): Promise<void> {
	const store = await progress.store();
	const current = await store.exportAll();
	const { added } = mergeReviews(current.reviews, backup.reviews);
	const states = restoredStates(current.reviews, backup, scheduler());
	const merging = current.reviews.length > 0;
	const meta: Record<string, unknown> = merging ? {} : { ...backup.meta };
	const suspended = [current.meta.suspended, backup.meta.suspended].flatMap((ids) =>
		Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
	);
	meta.suspended = [...new Set(suspended)];
	const decks = backup.decks
		.map((deck) => readUserDeck(deck))
		.filter((deck): deck is UserDeck => deck !== undefined)
		.filter(
			(deck) =>
				!current.decks.some(
					(own) => own.deck.id === deck.deck.id && own.updatedAt >= deck.updatedAt
				)
		);
	await store.importAll({ addReviews: added, states, meta, decks });
	if (!merging) {
		await progress.reloadSettings();
	}
	deckLibrary.version += 1;
}

export async function backupReminder(now = Date.now()): Promise<boolean> {
	const store = await progress.store();
	const reviews = await store.allReviews();
	const last = (await store.getMeta(LAST_BACKUP)) as number | undefined;
	const span = reviews.length ? { first: reviews[0]!.time, last: reviews.at(-1)!.time } : undefined;
	return backupReminderDue(typeof last === 'number' ? last : undefined, span, now);
}
