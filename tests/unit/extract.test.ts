// The extractor, kind by kind, on the hard cases of issue 20 (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as v from 'valibot';
import { checkReferences, FactListSchema, type Fact } from '../../src/lib/domain/facts';
import { articleTextFromHtml, looksBinary } from '../../src/lib/extract/article-text';
import { findDates, dateText } from '../../src/lib/extract/dates';
import { extractFacts } from '../../src/lib/extract/index';
import { suggestionsYaml } from '../../scripts/suggestions-yaml';

const facts = (text: string, options = {}) =>
	extractFacts(text, { lang: 'fr', ...options }).suggestions.map((s) => s.fact);
const ofKind = <K extends Fact['kind']>(list: Fact[], kind: K) =>
	list.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);

describe('dates', () => {
	const dates = (text: string, date?: string, lang: 'fr' | 'en' = 'fr') =>
		findDates(text, lang, date).map((d) => ({ date: dateText(d), guessed: d.yearGuessed }));

	it('reads every precision the press uses', () => {
		expect(dates('Le traité a été signé le 13 mars 2025.')).toEqual([
			{ date: '2025-03-13', guessed: false }
		]);
		expect(dates('Les travaux reprendront en juin 2025.')).toEqual([
			{ date: '2025-06', guessed: false }
		]);
		expect(dates("Les discussions ont commencé à l'automne 2022.")).toEqual([
			{ date: '2022', guessed: false }
		]);
		expect(dates('Les deux pays sont alliés depuis 1992.')).toEqual([
			{ date: '1992', guessed: false }
		]);
		expect(dates('Le conflit a duré entre 2019 et 2022.')).toEqual([
			{ date: '2019', guessed: false }
		]);
		expect(dates('Le 1er novembre 2023, la frontière a rouvert.')).toEqual([
			{ date: '2023-11-01', guessed: false }
		]);
	});

	it('takes a missing year from the article date, else the nearest full date, and says so', () => {
		expect(dates('Il est arrivé mercredi 2 avril à Paris.', '2025-04-03')).toEqual([
			{ date: '2025-04-02', guessed: true }
		]);
		expect(dates('Le sommet a eu lieu en octobre dernier.', '2025-03-01')).toEqual([
			{ date: '2024-10', guessed: true }
		]);
		expect(dates('Le 6 mai 2024, il partit. Il revint le 13 mars.')).toEqual([
			{ date: '2024-05-06', guessed: false },
			{ date: '2024-03-13', guessed: true }
		]);
		expect(dates('Au mois de juin, les ministres se sont réunis.', '2023-09-10')).toEqual([
			{ date: '2023-06', guessed: true }
		]);
	});

	it('reads English dates', () => {
		expect(
			dates('He arrived on March 3 and left in September 2024, since 2019.', '2025-03-05', 'en')
		).toEqual([
			{ date: '2025-03-03', guessed: true },
			{ date: '2024-09', guessed: false },
			{ date: '2019', guessed: false }
		]);
	});

	it('does not read quantities or relative words as dates', () => {
		expect(dates('Le pays compte 2025 habitants et hier, à 10h, rien.')).toEqual([]);
	});

	it('ties each date to the event of its sentence', () => {
		const events = ofKind(
			facts('La Bolivie et le Pérou ont signé le 4 février 2024 un accord sur le lac Titicaca.'),
			'event'
		);
		expect(events).toHaveLength(1);
		expect(events[0]?.date).toBe('2024-02-04');
		expect(events[0]?.what).toContain('ont signé');
		expect(events[0]?.what).not.toContain('4 février');
	});
});

describe('people', () => {
	it('reads a title with a demonym or a country before or after the name', () => {
		const people = ofKind(
			facts(
				'Le président kazakh Kassym-Jomart Tokaïev a reçu Sadyr Japarov, président du Kirghizistan. Plus tard, la présidente de la Commission européenne, Ursula von der Leyen, les a rejoints. M. Japarov a parlé longtemps, puis Tokaïev a conclu.'
			),
			'person'
		);
		expect(people.map((p) => [p.name, p.role, p.country ?? p.organisation])).toEqual([
			['Kassym-Jomart Tokaïev', 'président du Kazakhstan', 'Kazakhstan'],
			['Sadyr Japarov', 'président du Kirghizistan', 'Kirghizistan'],
			['Ursula von der Leyen', 'présidente de la Commission européenne', 'Commission européenne']
		]);
	});

	it('merges later short mentions into the same person', () => {
		const result = extractFacts(
			'Le Premier ministre israélien Benyamin Nétanyahou est arrivé. « Nous voulons la paix et la sécurité », a déclaré M. Nétanyahou.',
			{ lang: 'fr' }
		);
		const people = result.suggestions.filter((s) => s.fact.kind === 'person');
		expect(people).toHaveLength(1);
		expect(people[0]?.spans.length).toBe(2);
		expect(people[0]?.fact).toMatchObject({ role: "Premier ministre d'Israël", country: 'Israël' });
	});

	it('gives a counterpart the role of the person named before', () => {
		const people = ofKind(
			facts(
				'La ministre chilienne des Mines, Aurora Williams, et son homologue argentine, Flavia Royón, ont signé.'
			),
			'person'
		);
		expect(people[1]).toMatchObject({
			name: 'Flavia Royón',
			role: "ministre des Mines de l'Argentine",
			country: 'Argentine'
		});
	});

	it('reads English titles', () => {
		const people = ofKind(
			facts(
				'Brazilian President Luiz Inácio Lula da Silva met Canada’s Prime Minister Mark Carney.',
				{ lang: 'en' }
			),
			'person'
		);
		expect(people.map((p) => [p.name, p.role])).toEqual([
			['Luiz Inácio Lula da Silva', 'President of Brazil'],
			['Mark Carney', 'Prime Minister of Canada']
		]);
	});
});

describe('resources', () => {
	it('ties a mineral to the countries of its sentences and reads its use', () => {
		const resources = ofKind(
			facts(
				"La Bolivie possède d'immenses réserves de lithium, indispensable aux batteries des téléphones. Le néodyme vient surtout de Chine."
			),
			'resource'
		);
		expect(resources.find((r) => r.name === 'lithium')).toMatchObject({
			holders: ['Bolivie'],
			uses: 'indispensable aux batteries des téléphones'
		});
		expect(resources.find((r) => r.name === 'néodyme')).toMatchObject({ holders: ['Chine'] });
	});

	it('does not make the country that buys it a holder', () => {
		const resources = ofKind(
			facts("Le cobalt représente l'essentiel des exportations de la RDC vers la Chine."),
			'resource'
		);
		expect(resources[0]?.holders).toEqual(['République démocratique du Congo']);
	});
});

describe('figures', () => {
	it('reads units, scales and French number formats, thin and no-break spaces included', () => {
		const figures = ofKind(
			facts(
				'Le gisement couvre 25 km² et contient plus de 20 millions de tonnes de minerai. Le projet coûtera 3\u202f000 milliards de dollars en 18 mois. Le cuivre pèse 97 % des exportations, soit 1,5 point de plus.'
			),
			'figure'
		);
		expect(figures.map((f) => [f.value, f.unit])).toEqual([
			[25, 'km²'],
			[20, 'millions de tonnes'],
			[3000, 'milliards de dollars'],
			[18, 'mois'],
			[97, '%']
		]);
		expect(figures[0]?.measures).toContain('le gisement couvre');
		expect(figures[4]?.measures).toContain('des exportations');
	});

	it('reads English numbers and currencies', () => {
		const figures = ofKind(
			facts('The deal is worth $2 billion and covers 1,500 square kilometres.', { lang: 'en' }),
			'figure'
		);
		expect(figures.map((f) => [f.value, f.unit])).toEqual([
			[2, 'billion dollars'],
			[1500, 'square kilometres']
		]);
	});
});

describe('places', () => {
	it('names capitals and cities with their country', () => {
		const places = ofKind(
			facts("Le ministre s'est rendu à Astana, puis à Samarcande et à la Maison-Blanche."),
			'place'
		);
		expect(places.map((p) => [p.name, p.placeKind, p.country])).toEqual([
			['Astana', 'capital', 'Kazakhstan'],
			['Samarcande', 'city', 'Ouzbékistan'],
			['Maison-Blanche', 'building', 'États-Unis']
		]);
	});
});

describe('quotes', () => {
	const quoteOf = (text: string, lang: 'fr' | 'en' = 'fr') => {
		const list = facts(text, { lang });
		const people = new Map(ofKind(list, 'person').map((p) => [p.id, p.name]));
		return ofKind(list, 'quote').map((q) => [people.get(q.who), q.gist]);
	};

	it('finds the speaker after, inside or before the quote', () => {
		const start =
			'Le président ghanéen John Mahama et la Première ministre italienne Giorgia Meloni se sont vus. ';
		expect(
			quoteOf(`${start}« Nous avançons ensemble vers la paix », a affirmé M. Mahama.`)
		).toEqual([['John Mahama', 'Nous avançons ensemble vers la paix']]);
		expect(quoteOf(`${start}« Le Ghana est prêt, a déclaré Mahama. Nous sommes prêts. »`)).toEqual([
			['John Mahama', 'Le Ghana est prêt. Nous sommes prêts']
		]);
		expect(quoteOf(`${start}Meloni a qualifié la visite de « moment historique ».`)).toEqual([
			['Giorgia Meloni', 'moment historique']
		]);
		expect(
			quoteOf(`${start}Selon Giorgia Meloni, l'accord « change la donne pour tous ».`)
		).toEqual([['Giorgia Meloni', 'change la donne pour tous']]);
		expect(quoteOf(`${start}Le texte parle d'« acteurs non-marchands » sans plus.`)).toEqual([]);
	});

	it('reads English quotes', () => {
		expect(
			quoteOf(
				'Kenyan President William Ruto spoke. "We are open for business today," Ruto said.',
				'en'
			)
		).toEqual([['William Ruto', 'We are open for business today']]);
	});
});

describe('groups', () => {
	it('reads a list of countries, with its acronym when the text gives one', () => {
		const groups = ofKind(
			facts(
				"Les membres du C5, à savoir le Kazakhstan, l'Ouzbékistan, le Turkménistan, le Kirghizistan et le Tadjikistan, se sont réunis."
			),
			'group'
		);
		expect(groups[0]).toMatchObject({
			name: 'le C5',
			members: ['Kazakhstan', 'Ouzbékistan', 'Turkménistan', 'Kirghizistan', 'Tadjikistan']
		});
	});
});

describe('bad input and other languages', () => {
	it('gives nothing for an empty text', () => {
		expect(extractFacts('').suggestions).toEqual([]);
	});

	it('says a text is neither French nor English and still gives its dates and figures', () => {
		const result = extractFacts(
			'Die Regierung hat im Jahr 2024 rund 45 % der Stimmen erhalten, seit 2019 ist sie an der Macht.'
		);
		expect(result.lang).toBe('other');
		expect(result.suggestions.map((s) => s.fact.kind).sort()).toEqual(['event', 'event', 'figure']);
		expect(
			result.suggestions
				.filter((s) => s.fact.kind === 'event')
				.map((s) => (s.fact as { date: string }).date)
		).toEqual(['2024', '2019']);
	});

	it('reduces HTML to text without its scripts or handlers', () => {
		const text = articleTextFromHtml(
			'<h1>Titre</h1><script>alert(1)</script><p onclick="steal()">Le <b>Chili</b> exporte du cuivre.</p>'
		);
		expect(text).toBe('Titre\n\nLe Chili exporte du cuivre.');
		expect(looksBinary('PK\u0003\u0004\u0000\u0000binary')).toBe(true);
		expect(looksBinary('Un texte ordinaire.')).toBe(false);
	});
});

describe('suggestions as a fact file', () => {
	it('is valid for the deck format, each fact with its source sentence', () => {
		const { suggestions } = extractFacts(
			"Le président sud-africain Cyril Ramaphosa a accueilli le 3 juin 2025 à Pretoria le chancelier allemand Olaf Scholz. « L'Afrique du Sud est un partenaire clé », a déclaré M. Scholz. Le platine représente 40 % des exportations de l'Afrique du Sud.",
			{ lang: 'fr' }
		);
		const yaml = suggestionsYaml(suggestions);
		const parsed = v.safeParse(FactListSchema, parse(yaml));
		expect(parsed.success).toBe(true);
		if (!parsed.success) {
			return;
		}
		const meta = {
			id: 'd',
			title: 't',
			lang: 'fr',
			sources: [{ id: 'article', outlet: 'o', title: 't' }]
		};
		expect(
			checkReferences(
				meta,
				parsed.output.map((fact, index) => ({ file: 'f', index, fact }))
			)
		).toEqual([]);
		expect(yaml).toContain(
			"# « Le platine représente 40 % des exportations de l'Afrique du Sud. »"
		);
		expect(new Set(suggestions.map((s) => s.fact.kind))).toEqual(
			new Set(['person', 'event', 'quote', 'figure', 'resource', 'place'])
		);
	});
});
