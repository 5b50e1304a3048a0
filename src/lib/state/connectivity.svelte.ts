// Whether the app can reach its server. The browser's online/offline events are half of it:
// `navigator.onLine` stays true behind a captive portal, on a Wi-Fi with no uplink or with the
// server down. Once the service worker serves every page and deck from its cache, the app makes
// no request of its own that could fail, so it asks: a small file the worker does not precache
// (static/connectivity.txt, so the request really goes out) is fetched past every cache on start,
// when the tab comes back, on the browser's events and every so often. Only its exact content
// counts as online: a portal's login page answers 200 too.

/** The probe's address and the content it must have. */
export const PROBE_URL = '/connectivity.txt';
export const PROBE_TEXT = 'revise-online';

/** How often to ask again while online (a dead Wi-Fi is seen within this) and while offline. */
const RECHECK_ONLINE_MS = 30_000;
const RECHECK_OFFLINE_MS = 4_000;

export type Probe = () => Promise<boolean>;

/** Asks the server for the probe file; false on any network failure or unexpected answer. */
export function probeServer(target: Window): Probe {
	return async () => {
		try {
			const response = await target.fetch(`${PROBE_URL}?t=${Date.now()}`, {
				cache: 'no-store',
				signal: AbortSignal.timeout(8_000)
			});
			return response.ok && (await response.text()).trim() === PROBE_TEXT;
		} catch {
			return false;
		}
	};
}

export class Connectivity {
	/** What the browser says (its online/offline events). */
	#browserOnline = $state(true);
	/** What the last of the app's own requests found. */
	#reachable = $state(true);
	online = $derived(this.#browserOnline && this.#reachable);

	/** The outcome of one of the app's own requests: a failure means offline, a success online. */
	report(ok: boolean): void {
		this.#reachable = ok;
	}

	/** Starts listening and probing; returns the function that stops. */
	watch(target: Window, probe: Probe = probeServer(target)): () => void {
		let timer: ReturnType<typeof setTimeout> | undefined;
		let stopped = false;
		let running = false;

		const check = async () => {
			clearTimeout(timer);
			if (stopped || running) {
				return;
			}
			running = true;
			if (this.#browserOnline && target.document.visibilityState !== 'hidden') {
				this.report(await probe());
			}
			running = false;
			if (!stopped) {
				timer = setTimeout(
					() => void check(),
					this.online ? RECHECK_ONLINE_MS : RECHECK_OFFLINE_MS
				);
			}
		};
		const onBrowserChange = () => {
			this.#browserOnline = target.navigator.onLine;
			void check();
		};
		const onVisible = () => {
			if (target.document.visibilityState === 'visible') {
				void check();
			}
		};

		this.#browserOnline = target.navigator.onLine;
		target.addEventListener('online', onBrowserChange);
		target.addEventListener('offline', onBrowserChange);
		target.document.addEventListener('visibilitychange', onVisible);
		void check();
		return () => {
			stopped = true;
			clearTimeout(timer);
			target.removeEventListener('online', onBrowserChange);
			target.removeEventListener('offline', onBrowserChange);
			target.document.removeEventListener('visibilitychange', onVisible);
		};
	}
}

export const connectivity = new Connectivity();
