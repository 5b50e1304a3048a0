// The service worker's lifecycle as the UI sees it: offline-ready, and a new version waiting.
// Registration uses the 'prompt' flow: a new worker waits until the learner chooses to reload.
import { registerSW } from 'virtual:pwa-register';

const HOUR = 60 * 60 * 1000;

class AppUpdate {
	updateWaiting = $state(false);
	offlineReady = $state(false);
	/** Set while a study session or a quiz runs: the prompt waits until it ends. */
	busy = $state(false);
	#apply: ((reload?: boolean) => Promise<void>) | undefined;

	start(): void {
		if (this.#apply || !('serviceWorker' in navigator)) {
			return;
		}
		this.#apply = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.updateWaiting = true),
			onOfflineReady: () => (this.offlineReady = true),
			// An app left open for days still hears of new versions.
			onRegisteredSW: (_url, registration) => {
				setInterval(() => void registration?.update(), HOUR);
			}
		});
	}

	async reload(): Promise<void> {
		this.updateWaiting = false;
		// workbox-window reloads by itself only for a worker it saw installing; a worker found by
		// the browser's own update check (an "external" one) would take control with no reload.
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		await this.#apply?.(true);
	}

	dismiss(): void {
		this.updateWaiting = false;
	}
}

export const appUpdate = new AppUpdate();
