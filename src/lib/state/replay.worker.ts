// A Web Worker replaying its part of the review log as the page reads it (see replay.ts); it
// answers with the states in their buckets, whose columns are transferred rather than copied.
import { replayer, type ReplayMessage } from './replay-part';

let part: ReturnType<typeof replayer> | undefined;

self.onmessage = (event: MessageEvent<ReplayMessage>) => {
	if (event.data) {
		part ??= replayer(event.data.settings);
		part.add(event.data.share);
		return;
	}
	const records = part?.records() ?? [];
	const transfer = records.flatMap(({ bucket }) =>
		Object.values(bucket)
			.filter((value) => ArrayBuffer.isView(value))
			.map((column) => column.buffer)
	);
	self.postMessage(records, { transfer });
};
