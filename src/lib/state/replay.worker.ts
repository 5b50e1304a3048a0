// A Web Worker replaying its share of the review log (see replay.ts); it answers with the
// states in columns, whose arrays are transferred rather than copied.
import { encodeStates } from '$lib/storage/state-buckets';
import { replayPart, type ReplayJob } from './replay-part';

self.onmessage = (event: MessageEvent<ReplayJob>) => {
	const bucket = encodeStates(replayPart(event.data));
	const transfer = Object.values(bucket)
		.filter((value) => ArrayBuffer.isView(value))
		.map((column) => column.buffer);
	self.postMessage(bucket, { transfer });
};
