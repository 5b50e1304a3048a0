// Whether the browser believes it is online, kept current from the window's online/offline events.
export class Connectivity {
	online = $state(true);

	/** Starts listening; returns the function that stops. */
	watch(target: Window): () => void {
		this.online = target.navigator.onLine;
		const update = () => (this.online = target.navigator.onLine);
		target.addEventListener('online', update);
		target.addEventListener('offline', update);
		return () => {
			target.removeEventListener('online', update);
			target.removeEventListener('offline', update);
		};
	}
}

export const connectivity = new Connectivity();
