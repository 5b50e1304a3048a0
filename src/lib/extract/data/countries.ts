// Countries: names from i18n-iso-countries (French and English), plus what it lacks and French
// needs: the article and gender of each name (le Kazakhstan, la Chine, les États-Unis, Israël),
// the short names the press uses, capitals and demonyms. See SOURCES.md.
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';

export type Gender = 'm' | 'f';

export interface Country {
	code: string;
	/** The French name as the press writes it, without article: "États-Unis". */
	fr: string;
	en: string;
	gender: Gender;
	plural: boolean;
	/** False for names used without an article: "Israël", "Cuba". */
	article: boolean;
	/** Other names of it in either language (official forms, acronyms). */
	aliases: string[];
	capital?: { fr: string; en: string };
	/** French adjectives, masculine singular then feminine singular ("kazakh", "kazakhe"). */
	demonymFr: string[];
	demonymEn: string[];
}

/** Short forms preferred to the ISO list's official ones, and other names in use. */
const NAME_FR: Record<string, string> = {
	US: 'États-Unis',
	AE: 'Émirats arabes unis',
	CD: 'République démocratique du Congo',
	KR: 'Corée du Sud',
	KP: 'Corée du Nord',
	VN: 'Viêt Nam',
	MD: 'Moldavie',
	BO: 'Bolivie',
	VE: 'Venezuela',
	IR: 'Iran',
	SY: 'Syrie',
	TZ: 'Tanzanie',
	LA: 'Laos',
	CZ: 'Tchéquie',
	MK: 'Macédoine du Nord',
	PS: 'Palestine',
	TW: 'Taïwan'
};
const NAME_EN: Record<string, string> = {
	US: 'United States',
	GB: 'United Kingdom',
	CN: 'China',
	RU: 'Russia',
	CD: 'Democratic Republic of the Congo',
	KR: 'South Korea',
	KP: 'North Korea',
	IR: 'Iran',
	SY: 'Syria',
	VN: 'Vietnam',
	TZ: 'Tanzania',
	BO: 'Bolivia',
	VE: 'Venezuela',
	MD: 'Moldova',
	LA: 'Laos',
	TW: 'Taiwan',
	PS: 'Palestine'
};
const ALIASES: Record<string, string[]> = {
	US: ['Etats-Unis', 'Amérique', 'USA', 'US', 'U.S.', 'America'],
	CN: ['RPC', 'République populaire de Chine', "People's Republic of China"],
	CD: ['RDC', 'RD Congo', 'DRC'],
	GB: ['Grande-Bretagne', 'UK', 'Britain', 'Great Britain'],
	RU: ['Fédération de Russie', 'Russian Federation'],
	AE: ['EAU', 'UAE'],
	KG: ['Kirghizie', 'Kirghizstan'],
	TM: ['Turkmenistan'],
	NL: ['Hollande'],
	CZ: ['République tchèque', 'Czech Republic'],
	MM: ['Birmanie', 'Burma'],
	CI: ["Côte d'Ivoire", 'Ivory Coast'],
	PS: ['Territoires palestiniens']
};

/** Plural names take "les"; names without an article take none. */
const PLURAL = new Set(['US', 'NL', 'PH', 'AE', 'KM', 'MV', 'SC', 'BS', 'FJ', 'MH', 'SB']);
const NO_ARTICLE = new Set([
	'IL',
	'CU',
	'MG',
	'SG',
	'MT',
	'CY',
	'BH',
	'HT',
	'MC',
	'OM',
	'TW',
	'DJ',
	'MU',
	'LK',
	'TL',
	'ST',
	'KI',
	'NR',
	'TO',
	'TV',
	'VU',
	'WS',
	'PW',
	'AG',
	'AD',
	'BB',
	'LI',
	'SM',
	'GD',
	'KN',
	'LC',
	'VC',
	'JM',
	'TT',
	'CV',
	'BN',
	'HK',
	'MO'
]);
/** Masculine names that end in a mute e, and feminine names that do not. */
const MASCULINE_IN_E = new Set(['MX', 'KH', 'MZ', 'ZW', 'BZ', 'SR', 'ME', 'GE']);
const FEMININE = new Set(['GE']);

/** code|capital fr|capital en|demonym fr m[/f]|demonym en */
const TABLE = `
AF|Kaboul|Kabul|afghan|Afghan
ZA|Pretoria|Pretoria|sud-africain|South African
DZ|Alger|Algiers|algérien|Algerian
DE|Berlin|Berlin|allemand|German
SA|Riyad|Riyadh|saoudien|Saudi
AR|Buenos Aires|Buenos Aires|argentin|Argentine
AM|Erevan|Yerevan|arménien|Armenian
AU|Canberra|Canberra|australien|Australian
AT|Vienne|Vienna|autrichien|Austrian
AZ|Bakou|Baku|azerbaïdjanais|Azerbaijani
BE|Bruxelles|Brussels|belge|Belgian
BY|Minsk|Minsk|biélorusse|Belarusian
BO|La Paz|La Paz|bolivien|Bolivian
BR|Brasilia|Brasília|brésilien|Brazilian
BG|Sofia|Sofia|bulgare|Bulgarian
BF|Ouagadougou|Ouagadougou|burkinabé|Burkinabe
CM|Yaoundé|Yaoundé|camerounais|Cameroonian
CA|Ottawa|Ottawa|canadien|Canadian
CL|Santiago|Santiago|chilien|Chilean
CN|Pékin|Beijing|chinois|Chinese
CO|Bogota|Bogotá|colombien|Colombian
CD|Kinshasa|Kinshasa|congolais|Congolese
KR|Séoul|Seoul|sud-coréen|South Korean
KP|Pyongyang|Pyongyang|nord-coréen|North Korean
CI|Yamoussoukro|Yamoussoukro|ivoirien|Ivorian
HR|Zagreb|Zagreb|croate|Croatian
CU|La Havane|Havana|cubain|Cuban
DK|Copenhague|Copenhagen|danois|Danish
EG|Le Caire|Cairo|égyptien|Egyptian
AE|Abou Dhabi|Abu Dhabi|émirien|Emirati
ES|Madrid|Madrid|espagnol|Spanish
EE|Tallinn|Tallinn|estonien|Estonian
US|Washington|Washington|américain|American
ET|Addis-Abeba|Addis Ababa|éthiopien|Ethiopian
FI|Helsinki|Helsinki|finlandais|Finnish
FR|Paris|Paris|français|French
GA|Libreville|Libreville|gabonais|Gabonese
GE|Tbilissi|Tbilisi|géorgien|Georgian
GH|Accra|Accra|ghanéen|Ghanaian
GR|Athènes|Athens|grec/grecque|Greek
GN|Conakry|Conakry|guinéen|Guinean
HU|Budapest|Budapest|hongrois|Hungarian
IN|New Delhi|New Delhi|indien|Indian
ID|Jakarta|Jakarta|indonésien|Indonesian
IQ|Bagdad|Baghdad|irakien|Iraqi
IR|Téhéran|Tehran|iranien|Iranian
IE|Dublin|Dublin|irlandais|Irish
IL|Jérusalem|Jerusalem|israélien|Israeli
IT|Rome|Rome|italien|Italian
JP|Tokyo|Tokyo|japonais|Japanese
JO|Amman|Amman|jordanien|Jordanian
KZ|Astana|Astana|kazakh|Kazakh
KE|Nairobi|Nairobi|kényan|Kenyan
KG|Bichkek|Bishkek|kirghiz|Kyrgyz
LV|Riga|Riga|letton|Latvian
LB|Beyrouth|Beirut|libanais|Lebanese
LY|Tripoli|Tripoli|libyen|Libyan
LT|Vilnius|Vilnius|lituanien|Lithuanian
MY|Kuala Lumpur|Kuala Lumpur|malaisien|Malaysian
ML|Bamako|Bamako|malien|Malian
MA|Rabat|Rabat|marocain|Moroccan
MR|Nouakchott|Nouakchott|mauritanien|Mauritanian
MX|Mexico|Mexico City|mexicain|Mexican
MD|Chisinau|Chișinău|moldave|Moldovan
MN|Oulan-Bator|Ulaanbaatar|mongol|Mongolian
MZ|Maputo|Maputo|mozambicain|Mozambican
MM|Naypyidaw|Naypyidaw|birman|Burmese
NA|Windhoek|Windhoek|namibien|Namibian
NE|Niamey|Niamey|nigérien|Nigerien
NG|Abuja|Abuja|nigérian|Nigerian
NO|Oslo|Oslo|norvégien|Norwegian
NZ|Wellington|Wellington|néo-zélandais|New Zealand
UZ|Tachkent|Tashkent|ouzbek/ouzbèke|Uzbek
PK|Islamabad|Islamabad|pakistanais|Pakistani
PS|Ramallah|Ramallah|palestinien|Palestinian
NL|Amsterdam|Amsterdam|néerlandais|Dutch
PE|Lima|Lima|péruvien|Peruvian
PH|Manille|Manila|philippin|Filipino
PL|Varsovie|Warsaw|polonais|Polish
PT|Lisbonne|Lisbon|portugais|Portuguese
QA|Doha|Doha|qatari|Qatari
RO|Bucarest|Bucharest|roumain|Romanian
GB|Londres|London|britannique|British
RU|Moscou|Moscow|russe|Russian
RW|Kigali|Kigali|rwandais|Rwandan
SN|Dakar|Dakar|sénégalais|Senegalese
RS|Belgrade|Belgrade|serbe|Serbian
SG|Singapour|Singapore|singapourien|Singaporean
SK|Bratislava|Bratislava|slovaque|Slovak
SI|Ljubljana|Ljubljana|slovène|Slovenian
SD|Khartoum|Khartoum|soudanais|Sudanese
SE|Stockholm|Stockholm|suédois|Swedish
CH|Berne|Bern|suisse|Swiss
SY|Damas|Damascus|syrien|Syrian
TJ|Douchanbé|Dushanbe|tadjik|Tajik
TW|Taipei|Taipei|taïwanais|Taiwanese
TZ|Dodoma|Dodoma|tanzanien|Tanzanian
TD|N'Djamena|N'Djamena|tchadien|Chadian
CZ|Prague|Prague|tchèque|Czech
TH|Bangkok|Bangkok|thaïlandais|Thai
TN|Tunis|Tunis|tunisien|Tunisian
TM|Achgabat|Ashgabat|turkmène|Turkmen
TR|Ankara|Ankara|turc/turque|Turkish
UA|Kiev|Kyiv|ukrainien|Ukrainian
VE|Caracas|Caracas|vénézuélien|Venezuelan
VN|Hanoï|Hanoi|vietnamien|Vietnamese
YE|Sanaa|Sanaa|yéménite|Yemeni
ZM|Lusaka|Lusaka|zambien|Zambian
ZW|Harare|Harare|zimbabwéen|Zimbabwean
`;

function firstName(entry: string | string[] | undefined): string | undefined {
	return Array.isArray(entry) ? entry[0] : entry;
}

/** The feminine of a French demonym: kazakh → kazakhe, israélien → israélienne, belge → belge. */
export function feminineFr(masculine: string): string {
	if (masculine.endsWith('e') || masculine.endsWith('é')) {
		return masculine.endsWith('é') ? `${masculine}e` : masculine;
	}
	if (/(?:ien|éen|en)$/.test(masculine)) {
		return `${masculine}ne`;
	}
	return `${masculine}e`;
}

function build(): Country[] {
	const rows = new Map(
		TABLE.trim()
			.split('\n')
			.map((line) => line.split('|'))
			.map((cells) => [cells[0] as string, cells])
	);
	const frNames = fr.countries as Record<string, string | string[]>;
	const enNames = en.countries as Record<string, string | string[]>;
	return Object.keys(frNames).map((code) => {
		const frName = NAME_FR[code] ?? firstName(frNames[code]) ?? code;
		const enAll = enNames[code];
		const enName = NAME_EN[code] ?? firstName(enAll) ?? code;
		const row = rows.get(code);
		const [masculine, feminine] = (row?.[3] ?? '').split('/');
		const plural = PLURAL.has(code);
		return {
			code,
			fr: frName,
			en: enName,
			plural,
			article: !NO_ARTICLE.has(code),
			gender:
				FEMININE.has(code) || (/e$/.test(frName) && !MASCULINE_IN_E.has(code) && !plural)
					? 'f'
					: 'm',
			aliases: [
				...(ALIASES[code] ?? []),
				...[firstName(frNames[code]), ...(Array.isArray(enAll) ? enAll : [enAll])].filter(
					(n): n is string => !!n && n !== frName && n !== enName && n.length > 3
				)
			],
			capital: row ? { fr: row[1] as string, en: row[2] as string } : undefined,
			demonymFr: masculine ? [masculine, feminine ?? feminineFr(masculine)] : [],
			demonymEn: row?.[4] ? [row[4]] : []
		} satisfies Country;
	});
}

export const COUNTRIES: readonly Country[] = build();

/** "le Kazakhstan", "la Chine", "l'Ouzbékistan", "les États-Unis", "Israël". */
export function withArticle(country: Country): string {
	if (!country.article) {
		return country.fr;
	}
	if (country.plural) {
		return `les ${country.fr}`;
	}
	if (/^[aeiouyéèêâîôûh]/i.test(country.fr)) {
		return `l'${country.fr}`;
	}
	return `${country.gender === 'f' ? 'la' : 'le'} ${country.fr}`;
}

/** "du Kazakhstan", "de la Chine", "de l'Ouzbékistan", "des États-Unis", "d'Israël". */
export function ofCountry(country: Country): string {
	const named = withArticle(country);
	if (named.startsWith('le ')) {
		return `du ${country.fr}`;
	}
	if (named.startsWith('les ')) {
		return `des ${country.fr}`;
	}
	if (!country.article) {
		return /^[aeiouyéèêâîôûh]/i.test(country.fr) ? `d'${country.fr}` : `de ${country.fr}`;
	}
	return `de ${named}`;
}
