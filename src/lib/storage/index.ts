// The storage module's door: the one place the app gets its progress store from.
import { IdbProgressStore } from './idb-store';
import { MemoryProgressStore } from './memory-store';
import { NewerDataError, type ProgressStore } from './progress-store';

export { MIGRATIONS } from './migrations';
export { readUserDeck } from './records';
export { joinStrings } from './columns';
export { isScheduled, type LogColumns } from './review-log';
export {
	bucketOf,
	decodeStates,
	stateAt,
	statesOf,
	type StateBucket,
	type StateColumns,
	type StateRecords
} from './state-buckets';
export {
	NewerDataError,
	SCHEMA_VERSION,
	StorageWriteError,
	type ProgressStore,
	type UserDeck
} from './progress-store';

let store: Promise<{ store: ProgressStore; durable: boolean }> | undefined;

/** The browser's IndexedDB store; in memory (with `durable: false`) where IndexedDB is refused. */
export function openProgressStore(): Promise<{ store: ProgressStore; durable: boolean }> {
	store ??= IdbProgressStore.open().then(
		(idb) => ({ store: idb as ProgressStore, durable: true }),
		(error: unknown) => {
			if (error instanceof NewerDataError) {
				throw error;
			}
			return { store: new MemoryProgressStore(), durable: false };
		}
	);
	return store;
}
