import { beforeAll, describe, expect, test } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { importApkg } from '../../src/lib/io/apkg';
import { ankiFacts, type AnkiModel } from '../../src/lib/io/anki-notes';
import { clozeQuestions } from '../../src/lib/io/cloze';
import { htmlToText } from '../../src/lib/io/html-text';
import type { ImportResult } from '../../src/lib/io/import-result';
import { MAX_ENTRIES, MAX_FILE_BYTES } from '../../src/lib/io/limits';
import type { QaFact } from '../../src/lib/domain/facts';
import {
	buildCollection,
	MODELS,
	zipPackage,
	type FixtureNote
} from '../fixtures/import/anki-package';

const NOTES: FixtureNote[] = [
	{
		id: 1700000000001,
		model: 'basic',
		fields: ['<b>Capitale</b> du Kazakhstan&nbsp;?', 'Astana<br>(depuis 1997)'],
		tags: ' Géographie::Capitales asie marked leech asie '
	},
	{ id: 1700000000002, model: 'reversed', fields: ['Ouzbékistan', 'Tachkent'] },
	{
		id: 1700000000003,
		model: 'cloze',
		fields: [
			'{{c1::Douchanbé}} est la capitale du {{c2::Tadjikistan::pays}}.',
			'<i>indice ignoré</i>'
		]
	},
	{ id: 1700000000004, model: 'basic', fields: ['<img src="carte.jpg">', 'Bichkek'] },
	{
		id: 1700000000005,
		model: 'basic',
		fields: [
			'<script>window.pwned = true</script>Question<img src=x onerror="alert(1)">',
			'&lt;script&gt; reste du texte &amp; rien d&#39;autre'
		]
	},
	{ id: 1700000000006, model: 'cloze', fields: ['Pas de trou ici.', ''] },
	// "Basic (optional reversed card)": a two-template type whose note has only its first card.
	{ id: 1700000000007, model: 'reversed', fields: ['Kirghizistan', 'Bichkek'], cards: [0] }
];

function facts(result: ImportResult): QaFact[] {
	if (!result.ok) {
		throw new Error(`import failed:\n${result.errors.join('\n')}`);
	}
	return result.compiled.facts as QaFact[];
}

function errors(result: ImportResult): string[] {
	if (result.ok) {
		throw new Error('the import should fail');
	}
	return result.errors;
}

describe('a real Anki package built with sql.js and fflate', () => {
	let collection: Uint8Array;
	let result: ImportResult;

	beforeAll(async () => {
		collection = await buildCollection(NOTES);
		const apkg = zipPackage(collection, { media: ['carte.jpg', 'son.mp3'] });
		result = await importApkg(apkg, { fileName: 'Capitales.apkg' });
	});

	test('basic notes ask the front and answer the back, as plain text', () => {
		expect(facts(result)[0]).toStrictEqual({
			kind: 'qa',
			id: 'anki-1700000000001',
			source: 'import',
			tags: ['geographie-capitales', 'asie'],
			question: 'Capitale du Kazakhstan ?',
			answer: 'Astana (depuis 1997)'
		});
	});

	test('reversed notes give a second fact that asks the back', () => {
		const reversed = facts(result).filter((f) => f.id.startsWith('anki-1700000000002'));
		expect(reversed.map((f) => [f.id, f.question, f.answer])).toEqual([
			['anki-1700000000002', 'Ouzbékistan', 'Tachkent'],
			['anki-1700000000002-inverse', 'Tachkent', 'Ouzbékistan']
		]);
		// Only notes that have their reverse card in Anki get the reverse fact.
		expect(facts(result).map((f) => f.id)).not.toContain('anki-1700000000007-inverse');
		expect(facts(result).map((f) => f.id)).toContain('anki-1700000000007');
	});

	test('cloze notes give one fact per cloze number', () => {
		const cloze = facts(result).filter((f) => f.id.startsWith('anki-1700000000003'));
		expect(cloze.map((f) => [f.id, f.question, f.answer])).toEqual([
			['anki-1700000000003-c1', '[…] est la capitale du Tadjikistan.', 'Douchanbé'],
			['anki-1700000000003-c2', 'Douchanbé est la capitale du [pays].', 'Tadjikistan']
		]);
	});

	test('HTML never survives: scripts and tags dropped, entities decoded as text', () => {
		const fact = facts(result).find((f) => f.id === 'anki-1700000000005');
		expect(fact?.question).toBe('Question');
		expect(fact?.answer).toBe("<script> reste du texte & rien d'autre");
	});

	test('the report lists skipped notes and ignored media, and the deck names its file', () => {
		if (!result.ok) {
			throw new Error(result.errors.join('\n'));
		}
		expect(result.skipped).toEqual([
			{ where: 'note 4', reason: 'recto vide (images et sons sont ignorés)' },
			{ where: 'note 6 (« Pas de trou ici. »)', reason: 'texte à trous sans aucun trou {{c1::…}}' }
		]);
		expect(result.notes).toEqual([
			'2 fichiers médias ignorés (images, sons) : seul le texte des notes est importé.'
		]);
		expect(result.compiled.deck).toStrictEqual({
			id: 'capitales',
			title: 'Capitales',
			lang: 'fr',
			sources: [{ id: 'import', outlet: 'Anki', title: 'Capitales.apkg' }]
		});
		expect(result.compiled.cards.length).toBe(2 * result.compiled.facts.length);
	});

	test('collection.anki21 is read before the legacy collection.anki2', async () => {
		const newer = await buildCollection([{ id: 9, model: 'basic', fields: ['Neuf', 'Nine'] }]);
		const both = zipSync({ 'collection.anki2': collection, 'collection.anki21': newer });
		expect(facts(await importApkg(both, { fileName: 'x.apkg' })).map((f) => f.id)).toEqual([
			'anki-9'
		]);
	});

	test('a truncated package is not read', async () => {
		const apkg = zipPackage(collection);
		const cut = apkg.subarray(0, apkg.length - 40);
		expect(errors(await importApkg(cut, { fileName: 'coupé.apkg' }))).toEqual([
			'« coupé.apkg » n’est pas une archive zip lisible (fichier abîmé ou tronqué ?).'
		]);
	});
});

describe('packages that are refused, each with its message', () => {
	test('not a zip', async () => {
		const result = await importApkg(strToU8('SQLite format 3\0 mais pas un zip'), {
			fileName: 'faux.apkg'
		});
		expect(errors(result)).toEqual([
			'« faux.apkg » n’est pas une archive zip lisible (fichier abîmé ou tronqué ?).'
		]);
	});

	test('a zip without a collection', async () => {
		const result = await importApkg(zipPackage(undefined, { media: ['a.png'] }), {
			fileName: 'vide.apkg'
		});
		expect(errors(result)).toEqual([
			'« vide.apkg » n’est pas un paquet Anki : l’archive ne contient pas de collection (collection.anki2).'
		]);
	});

	test('a package in the format of recent Anki versions only', async () => {
		const apkg = zipSync({ 'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd]) });
		expect(errors(await importApkg(apkg, { fileName: 'récent.apkg' }))[0]).toContain(
			'exportez de nouveau en cochant « Prendre en charge les anciennes versions d’Anki »'
		);
	});

	test('a corrupt SQLite collection', async () => {
		const apkg = zipPackage(strToU8('ceci devrait être une base SQLite'.repeat(40)));
		expect(errors(await importApkg(apkg, { fileName: 'abîmé.apkg' }))).toEqual([
			'« abîmé.apkg » : la base Anki collection.anki2 est illisible, fichier SQLite abîmé (file is not a database).'
		]);
	});

	test('a collection truncated in the middle', async () => {
		const whole = await buildCollection([{ id: 1, model: 'basic', fields: ['a', 'b'] }]);
		const apkg = zipPackage(whole.subarray(0, 2048));
		expect(errors(await importApkg(apkg, { fileName: 'tronqué.apkg' }))[0]).toMatch(
			/^« tronqué\.apkg » : la base Anki collection\.anki2 est illisible, fichier SQLite abîmé/
		);
	});

	test('a collection whose note types are not Anki models', async () => {
		const SQL = await (await import('sql.js')).default();
		const db = new SQL.Database();
		db.run('CREATE TABLE col (models text); CREATE TABLE notes (id, mid, flds, tags);');
		db.run('CREATE TABLE cards (nid, ord); INSERT INTO col VALUES (\'{"1": {"name": 3}}\')');
		const apkg = zipPackage(db.export());
		expect(errors(await importApkg(apkg, { fileName: 'modèles.apkg' }))).toEqual([
			'« modèles.apkg » : les types de notes de la collection sont illisibles.'
		]);
	});

	test('an entry that declares less than it holds is cut to its declared size', async () => {
		const whole = await buildCollection([{ id: 1, model: 'basic', fields: ['a', 'b'] }]);
		const apkg = zipPackage(whole);
		const view = new DataView(apkg.buffer, apkg.byteOffset, apkg.byteLength);
		for (let i = 0; i + 46 <= apkg.length; i++) {
			// The central directory entry of the collection: declare 1 KB instead of its size.
			if (view.getUint32(i, true) === 0x02014b50 && view.getUint32(i + 24, true) === whole.length) {
				view.setUint32(i + 24, 1024, true);
			}
		}
		expect(errors(await importApkg(apkg, { fileName: 'menteur.apkg' }))[0]).toMatch(
			/^« menteur\.apkg » : la base Anki collection\.anki2 est illisible/
		);
	});

	test('a file over 20 MB', async () => {
		const result = await importApkg(new Uint8Array(MAX_FILE_BYTES + 1), { fileName: 'gros.apkg' });
		expect(errors(result)).toEqual(['« gros.apkg » dépasse la limite de 20 Mo.']);
	});

	test('more than 10,000 entries', async () => {
		const files: Record<string, Uint8Array> = {};
		for (let i = 0; i <= MAX_ENTRIES; i++) {
			files[String(i)] = new Uint8Array(0);
		}
		const result = await importApkg(zipSync(files, { level: 0 }), { fileName: 'médias.apkg' });
		expect(errors(result)).toEqual([
			'« médias.apkg » contient plus de 10\u202f000 fichiers : archive refusée.'
		]);
	});

	test('an archive that would inflate beyond 100 MB is refused before inflating', async () => {
		// A small zip whose central directory declares 200 MB for its entry, as a zip bomb does.
		const apkg = zipSync({ 'collection.anki2': new Uint8Array(100) });
		const view = new DataView(apkg.buffer, apkg.byteOffset, apkg.byteLength);
		let patched = 0;
		for (let i = 0; i + 4 <= apkg.length; i++) {
			if (view.getUint32(i, true) === 0x02014b50) {
				view.setUint32(i + 24, 200 * 1024 * 1024, true);
				patched++;
			}
		}
		expect(patched).toBe(1);
		expect(errors(await importApkg(apkg, { fileName: 'bombe.apkg' }))).toEqual([
			'« bombe.apkg » ferait plus de 100 Mo une fois décompressé (entrée « collection.anki2 ») : archive refusée.'
		]);
	});

	test('a collection with no usable note', async () => {
		const only = await buildCollection([{ id: 3, model: 'basic', fields: ['<img src=a>', 'b'] }]);
		expect(errors(await importApkg(zipPackage(only), { fileName: 'images.apkg' }))).toEqual([
			'Aucune carte à importer : ce fichier ne donne aucun fait.',
			'note 1 : recto vide (images et sons sont ignorés)'
		]);
	});
});

describe('notes, clozes and HTML', () => {
	const models = MODELS as unknown as Record<string, AnkiModel>;

	test('without card information, a two-template note type counts as reversed', () => {
		const { facts } = ankiFacts([{ id: 5, mid: '1002', flds: 'a\x1fb', tags: '' }], models);
		expect(facts.map((f) => f.fact.id)).toEqual(['anki-5', 'anki-5-inverse']);
	});

	test('notes of an unknown type or with one field are skipped', () => {
		const single = { ...models, '77': { name: 'Image', type: 0, flds: [], tmpls: [] } };
		const { skipped } = ankiFacts(
			[
				{ id: 1, mid: '999', flds: 'a\x1fb', tags: '' },
				{ id: 2, mid: '77', flds: 'seul', tags: '' }
			],
			single
		);
		expect(skipped).toEqual([
			{ where: 'note 1 (« a »)', reason: 'type de note inconnu (absent de la collection)' },
			{
				where: 'note 2 (« seul »)',
				reason: 'type de note « Image » à un seul champ : rien à demander'
			}
		]);
	});

	test('clozes: several deletions of one number, hints, and no cloze at all', () => {
		expect(
			clozeQuestions('{{c1::Astana}} et {{c1::Almaty}}, villes du {{c2::Kazakhstan}}')
		).toEqual([
			{ number: 1, question: '[…] et […], villes du Kazakhstan', answer: 'Astana, Almaty' },
			{ number: 2, question: 'Astana et Almaty, villes du […]', answer: 'Kazakhstan' }
		]);
		expect(clozeQuestions('{{c1::Paris::ville}} est la capitale')).toEqual([
			{ number: 1, question: '[ville] est la capitale', answer: 'Paris' }
		]);
		expect(clozeQuestions('rien à cacher')).toEqual([]);
	});

	test('HTML to text', () => {
		expect(htmlToText('<div>Par<b>is</b></div><div>France</div>')).toBe('Paris France');
		expect(htmlToText('a<br/>b<br>c')).toBe('a b c');
		expect(htmlToText('&eacute;t&eacute; &Agrave; &#233;&#xE9; &amp;lt; &inconnu;')).toBe(
			'été À éé &lt; &inconnu;'
		);
		expect(htmlToText('<style>p { color: red }</style>son [sound:a.mp3] <!-- note -->')).toBe(
			'son'
		);
		expect(htmlToText('<svg onload="alert(1)"><a href="javascript:alert(1)">lien</a></svg>')).toBe(
			'lien'
		);
	});
});
