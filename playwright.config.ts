import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// A port of our own: 4173 is the README's `npm start`, and other programs may hold it.
const port = Number(process.env.E2E_PORT ?? 4321);
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
	(path): path is string => !!path && existsSync(path)
);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		serviceWorkers: 'allow',
		timezoneId: 'Europe/Paris',
		locale: 'fr-FR',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	projects: [
		{
			name: 'mobile',
			use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, hasTouch: true }
		}
	],
	webServer: {
		command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore'
	}
});
