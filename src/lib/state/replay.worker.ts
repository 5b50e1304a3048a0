// A Web Worker replaying its share of the review log (see replay.ts); it answers with the
// states in their buckets, whose columns are transferred rather than copied.
import { bucketsOf } from '$lib/storage/state-buckets';
import { replayPart, type ReplayJob } from './replay-part';

self.onmessage = (event: MessageEvent<ReplayJob>) => {
	const records = bucketsOf(replayPart(event.data));
	const transfer = records.flatMap(({ bucket }) =>
		Object.values(bucket)
			.filter((value) => ArrayBuffer.isView(value))
			.map((column) => column.buffer)
	);
	self.postMessage(records, { transfer });
};
