// One part of a replay (see replay.ts), fed batch after batch as the log is read: run in a
// worker (replay.worker.ts) or, failing one, on the page.
import { Replay } from '$lib/domain/replay';
import { createScheduler, type SchedulerSettings } from '$lib/domain/scheduler';
import { splitStrings } from '$lib/storage/columns';
import { bucketsOf, type StateRecords } from '$lib/storage/state-buckets';

/** Scheduled answers to some cards, in log order. */
export interface ReplayShare {
	/** Card ids, joined (one string is cloned in one copy; an array, string by string). */
	cardIds: string;
	times: Float64Array;
	ratings: Uint8Array;
}

/** What a worker is sent: a share to replay, then nothing, to ask for the states. */
export type ReplayMessage = { settings: SchedulerSettings; share: ReplayShare } | undefined;

/** A part's replay: takes its shares in log order, and gives the states in their buckets. */
export function replayer(settings: SchedulerSettings) {
	const replay = new Replay(createScheduler(settings));
	return {
		add(share: ReplayShare): void {
			replay.add(splitStrings(share.cardIds), share.times, share.ratings);
		},
		records(): StateRecords {
			return bucketsOf(replay.states());
		}
	};
}
