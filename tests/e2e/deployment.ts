// A throw-away deployment of the built app, for tests that publish a new version mid-test.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';

export interface Deployment {
	url: string;
	/** Changes the home page and its precache revision, as a new build would. */
	publishNewVersion(): Promise<void>;
	/** Stops answering (connections refused), as a server that is down. */
	stop(): Promise<void>;
	/** Answers again, on the same address. */
	resume(): Promise<void>;
	close(): Promise<void>;
}

export async function deploy(buildDir: string): Promise<Deployment> {
	const root = await mkdtemp(join(tmpdir(), 'revise-deploy-'));
	await cp(buildDir, root, { recursive: true });
	// dev: true reads the folder on every request, so a rewrite is served at once.
	const serve = sirv(root, { dev: true, extensions: ['html'] });
	const server = createServer((req, res) =>
		serve(req, res, () => {
			res.statusCode = 404;
			res.end();
		})
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	async function stop() {
		const closed = new Promise<void>((resolve) => server.close(() => resolve()));
		server.closeAllConnections();
		await closed;
	}

	return {
		url: `http://127.0.0.1:${port}/`,
		async publishNewVersion() {
			const indexPath = join(root, 'index.html');
			const html = await readFile(indexPath, 'utf8');
			await writeFile(
				indexPath,
				html.replace('<head>', '<head><meta name="revise-build" content="next" />')
			);
			const swPath = join(root, 'sw.js');
			const sw = await readFile(swPath, 'utf8');
			const next = sw.replace(/\{url:"\/",revision:"[0-9a-f]+"\}/, '{url:"/",revision:"next"}');
			if (next === sw) {
				throw new Error('sw.js has no precache entry for "/" to update');
			}
			await writeFile(swPath, next);
		},
		stop,
		async resume() {
			await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
		},
		async close() {
			if (server.listening) {
				await stop();
			}
			await rm(root, { recursive: true, force: true });
		}
	};
}
