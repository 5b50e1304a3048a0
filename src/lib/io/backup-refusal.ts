// Why a backup file is not restored, worded in the interface language (the domain says it as data).
import type { BackupDamage, BackupRefusal } from '../domain/backup';
import { m } from '../i18n';

function describeDamage(damage: BackupDamage): string {
	if (damage.in === 'content') {
		return m.settings_backup_damage_content();
	}
	const problem =
		damage.received === undefined
			? m.settings_backup_value_missing()
			: m.settings_backup_value_invalid({ value: damage.received });
	if (damage.in === 'field') {
		return m.settings_backup_damage_field({ path: damage.path, problem });
	}
	const record =
		damage.in === 'card'
			? m.settings_backup_record_card({ id: damage.key })
			: damage.in === 'review'
				? m.settings_backup_record_review({ number: damage.key })
				: m.settings_backup_record_deck({ number: damage.key });
	return damage.field === undefined
		? m.settings_backup_damage_record({ record })
		: m.settings_backup_damage_record_field({ record, field: damage.field, problem });
}

/** "Cette sauvegarde est abîmée : … Rien n’a été modifié." */
export function describeBackupRefusal(refusal: BackupRefusal): string {
	const reason =
		refusal.reason === 'too-big'
			? m.settings_backup_refused_too_big({ megabytes: refusal.megabytes })
			: refusal.reason === 'not-json'
				? m.settings_backup_refused_not_json()
				: refusal.reason === 'wrong-format'
					? m.settings_backup_refused_format({ format: refusal.format })
					: refusal.reason === 'bad-version'
						? m.settings_backup_refused_version()
						: refusal.reason === 'newer'
							? m.settings_backup_refused_newer({ version: refusal.version })
							: m.settings_backup_refused_damaged({ detail: describeDamage(refusal.damage) });
	return m.settings_backup_failed({ error: reason });
}
