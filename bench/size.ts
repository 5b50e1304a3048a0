// Download size from the built app: the JS and CSS that a first visit of a page loads (what its
// HTML preloads, imports and links, and what those scripts import statically), gzip-sized with
// node:zlib, and the service worker's whole precache.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSizes {
	files: string[];
	raw: number;
	gzip: number;
}

export interface PageSize {
	page: string;
	js: FileSizes;
	css: FileSizes;
	/** Scripts these may import later (dynamic import()), not counted above. */
	lazy: string[];
}

export interface SizeReport {
	pages: PageSize[];
	precache: FileSizes;
}

export const PAGES = { home: 'index.html', study: 'study.html' } as const;

function sizes(buildDir: string, files: Iterable<string>): FileSizes {
	const list = [...files].sort();
	let raw = 0;
	let gzip = 0;
	for (const file of list) {
		const bytes = readFileSync(join(buildDir, file));
		raw += bytes.length;
		gzip += gzipSync(bytes).length;
	}
	return { files: list, raw, gzip };
}

/** A path inside the build folder, from a URL relative to `from` (a file in it) or absolute. */
function resolve(from: string, url: string): string {
	const path = url.startsWith('/') ? url.slice(1) : posix.join(posix.dirname(from), url);
	return posix.normalize(path);
}

const attribute = (tag: string, name: string) =>
	new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];

/** What a page's HTML loads: modulepreloads, scripts (src and inline import()), stylesheets. */
export function pageAssets(html: string, page = 'index.html'): { js: string[]; css: string[] } {
	const js = new Set<string>();
	const css = new Set<string>();
	for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
		const rel = attribute(tag, 'rel');
		const href = attribute(tag, 'href');
		const src = attribute(tag, 'src');
		if (href && rel === 'modulepreload') {
			js.add(resolve(page, href));
		} else if (href && rel === 'stylesheet') {
			css.add(resolve(page, href));
		} else if (src && tag.startsWith('<script')) {
			js.add(resolve(page, src));
		}
	}
	for (const [, url] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
		for (const [, target] of (url ?? '').matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
			js.add(resolve(page, target as string));
		}
	}
	return { js: [...js], css: [...css] };
}

/** Static imports (`import … from "x"`, `import "x"`) and dynamic ones of a built script. */
export function scriptImports(code: string, file: string): { static: string[]; lazy: string[] } {
	const relative = (url: string) => url.startsWith('.') || url.startsWith('/');
	const found = (pattern: RegExp) =>
		[...code.matchAll(pattern)]
			.map((m) => m[1] as string)
			.filter(relative)
			.map((url) => resolve(file, url));
	return {
		static: found(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'`]([^"'`]+)["'`]/g),
		lazy: found(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)
	};
}

export function measurePage(buildDir: string, page: string): PageSize {
	const html = readFileSync(join(buildDir, page), 'utf8');
	const assets = pageAssets(html, page);
	const js = new Set<string>();
	const lazy = new Set<string>();
	const visit = (file: string) => {
		if (js.has(file) || !existsSync(join(buildDir, file))) {
			return;
		}
		js.add(file);
		const imports = scriptImports(readFileSync(join(buildDir, file), 'utf8'), file);
		imports.static.forEach(visit);
		imports.lazy.forEach((target) => lazy.add(target));
	};
	assets.js.forEach(visit);
	return {
		page,
		js: sizes(buildDir, js),
		css: sizes(buildDir, assets.css),
		lazy: [...lazy].filter((file) => !js.has(file)).sort()
	};
}

/** The files of the service worker's precache manifest; pages are listed by URL ("/", "study"). */
export function precacheFiles(buildDir: string): string[] {
	const sw = readFileSync(join(buildDir, 'sw.js'), 'utf8');
	return [...sw.matchAll(/\burl\s*:\s*["']([^"']+)["']/g)].map((m) => {
		const path = resolve('sw.js', m[1] as string).replace(/^\.$/, '');
		const file = [path, `${path}.html`, posix.join(path, 'index.html')].find((candidate) => {
			const full = join(buildDir, candidate);
			return existsSync(full) && statSync(full).isFile();
		});
		if (!file) {
			throw new Error(`The precache lists ${m[1]}, which is not in ${buildDir}/.`);
		}
		return file;
	});
}

export function measureSize(buildDir = 'build'): SizeReport {
	if (!existsSync(join(buildDir, 'index.html'))) {
		throw new Error(`No built app in ${buildDir}/: run \`npm run build\` first.`);
	}
	return {
		pages: Object.values(PAGES).map((page) => measurePage(buildDir, page)),
		precache: sizes(buildDir, precacheFiles(buildDir))
	};
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatSize(report: SizeReport): string {
	const rows = report.pages.map((p) => [
		p.page,
		`${p.js.files.length}`,
		kb(p.js.gzip),
		kb(p.js.raw),
		`${p.css.files.length}`,
		kb(p.css.gzip),
		kb(p.js.gzip + p.css.gzip)
	]);
	const { files, raw, gzip } = report.precache;
	return [
		'Size (first visit, gzip via node:zlib; lazy imports not counted)',
		...rows.map(
			([page, jsCount, jsGzip, jsRaw, cssCount, cssGzip, total]) =>
				`  ${page}: JS ${jsGzip} gzip (${jsCount} files, ${jsRaw} raw), CSS ${cssGzip} gzip (${cssCount} files), JS+CSS ${total}`
		),
		`  precache: ${files.length} files, ${kb(raw)} raw, ${kb(gzip)} gzip`
	].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(formatSize(measureSize(process.argv[2])));
}
