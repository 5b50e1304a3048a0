// Sums the JSON reports of vitest and Playwright into the one line CI reads: "N passed, N failed".
// A report that is missing (its runner never ran) counts as one failure, so a broken run is never green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

function read(path) {
	if (!existsSync(path)) {
		console.error(`ci-summary: no report at ${path}`);
		failed += 1;
		return undefined;
	}
	return JSON.parse(readFileSync(path, 'utf8'));
}

for (const path of process.argv.slice(2)) {
	const report = read(path);
	if (!report) {
		continue;
	}
	if ('numPassedTests' in report) {
		// vitest's JSON reporter (Jest's shape)
		passed += report.numPassedTests;
		failed += report.numFailedTests;
	} else if (report.stats) {
		// Playwright's JSON reporter: "expected" passed, "flaky" passed on retry.
		passed += report.stats.expected + report.stats.flaky;
		failed += report.stats.unexpected;
	}
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
