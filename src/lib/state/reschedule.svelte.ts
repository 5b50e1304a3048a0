// Every card state recomputed from the log: after a change of the scheduler settings, so that
// the cards studied before follow them, or to repair damaged states. Loaded when asked for:
// the pages that show counts do without it.
import { m } from '$lib/i18n';
import { progress } from './progress.svelte';
import { replayLog } from './replay';

/**
 * Replays the log with the current settings and replaces every state. Refused, with nothing
 * changed, when part of the log is unreadable; started again when another tab answers
 * meanwhile. Resolves with the number of cards.
 */
export async function reschedule(): Promise<number> {
	const store = await progress.store();
	await progress.flush();
	for (let attempt = 1; ; attempt++) {
		const { records, read } = await replayLog(
			(take) => store.readLog(take),
			$state.snapshot(progress.settings.scheduler)
		);
		if (!read.whole) {
			throw new Error(m.settings_reschedule_damaged());
		}
		if (await store.replaceCardStates(records, read)) {
			progress.revision += 1;
			return records.reduce((sum, { bucket }) => sum + bucket.state.length, 0);
		}
		if (attempt === 3) {
			throw new Error(m.settings_reschedule_busy());
		}
	}
}

/**
 * After damaged data: every state recomputed from the log, which must be whole. Resolves with
 * what to tell the learner when it worked; else progress.problem says why.
 */
export async function repair(): Promise<string | undefined> {
	try {
		const count = await reschedule();
		progress.problem = undefined;
		return m.storage_repaired({ count });
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		progress.problem = m.storage_repair_failed({ error: reason });
		return undefined;
	} finally {
		// Tried once: the damage it read again is not offered for repair again.
		progress.repairable = false;
	}
}
