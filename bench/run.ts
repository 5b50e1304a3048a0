// npm run bench: the scheduling simulation, the download size of the built app, and the scale
// benchmark in Chromium; prints a table and writes bench/results.json.
//   npm run bench                      everything (needs build/ for size and scale)
//   npm run bench -- --only sim,size   some parts
//   npm run bench -- --sizes 1000,10000   scale at these card counts
//   npm run bench -- --only extract --details   the extractor, with every missed and wrong fact
//   CPU_THROTTLE=4 npm run bench -- --only scale   a slower phone
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { formatExtractBench, runExtractBench } from './extract';
import { formatScale, runScale, DEFAULT_SCALE_OPTIONS } from './scale';
import { formatSimulation, runSimulation } from './simulate/run';
import { formatSize, measureSize } from './size';

const { values } = parseArgs({
	options: {
		only: { type: 'string', default: 'sim,size,scale' },
		sizes: { type: 'string' },
		details: { type: 'boolean', default: false },
		out: { type: 'string', default: 'bench/results.json' }
	}
});
const parts = new Set((values.only ?? '').split(','));
const hasBuild = existsSync('build/index.html');
const machine = {
	cpu: cpus()[0]?.model ?? 'unknown',
	cores: cpus().length,
	memoryGb: Math.round(totalmem() / 2 ** 30),
	platform: `${process.platform} ${process.arch}`,
	node: process.version
};
const results: Record<string, unknown> = { date: new Date().toISOString(), machine };
const section = (title: string, text: string) => console.log(`\n${title}\n${text}`);
let failed = false;
/** Runs one part; a failure is reported and recorded, and the other parts still run. */
async function part(name: string, work: () => Promise<void>): Promise<void> {
	try {
		await work();
	} catch (error) {
		failed = true;
		results[`${name}Error`] = String(error);
		section(
			`== ${name}: FAILED`,
			error instanceof Error ? (error.stack ?? error.message) : String(error)
		);
	}
}
const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(0)} s`;

console.log(
	`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.platform}, Node ${machine.node}`
);
if (parts.has('sim')) {
	await part('simulation', async () => {
		const start = performance.now();
		const simulation = await runSimulation();
		results.simulation = simulation;
		section(`== Scheduling quality (${seconds(start)})`, formatSimulation(simulation));
	});
}
if (parts.has('extract')) {
	await part('extract', async () => {
		const bench = runExtractBench();
		results.extract = bench;
		section('== Extractor: articles → suggested facts', formatExtractBench(bench, values.details));
	});
}
if (parts.has('size')) {
	if (hasBuild) {
		await part('size', async () => {
			const size = measureSize('build');
			results.size = size;
			section('== Size', formatSize(size));
		});
	} else {
		section('== Size', 'skipped: no build/ (run `npm run build` first)');
	}
}
if (parts.has('scale')) {
	if (hasBuild) {
		const start = performance.now();
		const sizes = values.sizes
			?.split(',')
			.map(Number)
			.filter((n) => n > 0);
		const scale = await runScale({
			...DEFAULT_SCALE_OPTIONS,
			...(sizes?.length ? { sizes } : {}),
			cpuThrottle: Number(process.env.CPU_THROTTLE ?? 1)
		});
		results.scale = scale;
		section(`== Scale (${seconds(start)})`, formatScale(scale));
	} else {
		section('== Scale', 'skipped: no build/ (run `npm run build` first)');
	}
}
writeFileSync(values.out ?? 'bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
console.log(`\nWrote ${values.out}`);
process.exitCode = failed ? 1 : 0;
