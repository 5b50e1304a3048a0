// Makes sure Playwright has a Chromium to drive before the e2e suite starts.
// Order: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own browser; else install one
// (Debian's package as root on Debian, Playwright's download elsewhere) or explain what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);

function found() {
	if (candidates.some((path) => existsSync(path))) {
		return true;
	}
	try {
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}

function run(command) {
	console.log(`> ${command}`);
	execSync(command, { stdio: 'inherit' });
}

if (!found()) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const isDebian = existsSync('/etc/debian_version');
	try {
		if (isRoot && isDebian) {
			run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
		} else {
			run('npx playwright install chromium');
		}
	} catch {
		// fall through to the message below
	}
	if (!found()) {
		console.error(
			'No Chromium found for the browser tests: install Debian\'s "chromium" package (or run "npx playwright install chromium"), or set CHROMIUM_PATH to a Chromium binary.'
		);
		process.exit(1);
	}
}
