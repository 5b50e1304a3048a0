// Minerals, chemical elements and raw materials, in French and English. Rare earths are listed one
// by one; `rareEarth` marks them. `pattern` replaces the bare name where the bare word is also
// an ordinary word (French "or" is "gold" and "but", "fer" is in "chemin de fer"). See SOURCES.md.

export interface Mineral {
	fr: string;
	en: string;
	rareEarth?: boolean;
	/** Case-insensitive patterns (accent-free) used instead of the names when set. */
	patterns?: string[];
}

const TABLE = `
terres rares|rare earths
lithium|lithium
cobalt|cobalt
nickel|nickel
cuivre|copper
antimoine|antimony
tungstène|tungsten
uranium|uranium
graphite|graphite
manganèse|manganese
zinc|zinc
étain|tin
bauxite|bauxite
aluminium|aluminium
titane|titanium
vanadium|vanadium
chrome|chromium
molybdène|molybdenum
gallium|gallium
germanium|germanium
indium|indium
tantale|tantalum
niobium|niobium
béryllium|beryllium
magnésium|magnesium
silicium|silicon
platine|platinum
palladium|palladium
phosphate|phosphate
potasse|potash
coltan|coltan
charbon|coal
pétrole|oil
gaz naturel|natural gas
hélium|helium
hydrogène|hydrogen
`;

const RARE_EARTHS = `
scandium|scandium
yttrium|yttrium
lanthane|lanthanum
cérium|cerium
praséodyme|praseodymium
néodyme|neodymium
prométhium|promethium
samarium|samarium
europium|europium
gadolinium|gadolinium
terbium|terbium
dysprosium|dysprosium
holmium|holmium
erbium|erbium
thulium|thulium
ytterbium|ytterbium
lutécium|lutetium
`;

function parse(table: string, rareEarth: boolean): Mineral[] {
	return table
		.trim()
		.split('\n')
		.map((line) => {
			const [frName, enName] = line.split('|') as [string, string];
			return rareEarth ? { fr: frName, en: enName, rareEarth } : { fr: frName, en: enName };
		});
}

export const MINERALS: readonly Mineral[] = [
	...parse(TABLE, false),
	...parse(RARE_EARTHS, true),
	{
		fr: 'or',
		en: 'gold',
		patterns: ["l'or", "(?:mines?|reserves?|production|gisements?|lingots?) d'or", 'gold']
	},
	{ fr: 'argent', en: 'silver', patterns: ["(?:mines?|minerai) d'argent", 'silver'] },
	{ fr: 'minerai de fer', en: 'iron ore', patterns: ['minerai de fer', 'iron ore'] },
	{ fr: 'plomb', en: 'lead', patterns: ['plomb'] },
	{ fr: 'gaz', en: 'gas', patterns: ['gaz(?! naturel)'] }
];
