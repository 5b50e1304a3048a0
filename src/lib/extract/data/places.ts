// Cities other than capitals, and seats of power, with their country (ISO code). Written by hand.

export interface KnownPlace {
	fr: string;
	en: string;
	country: string;
	kind: 'city' | 'building' | 'region';
	variants?: string[];
}

const CITIES = `
Samarcande|Samarkand|UZ
Boukhara|Bukhara|UZ
Almaty|Almaty|KZ
Och|Osh|KG
New York|New York|US
Los Angeles|Los Angeles|US
San Francisco|San Francisco|US
Chicago|Chicago|US
Houston|Houston|US
Shanghai|Shanghai|CN
Hong Kong|Hong Kong|CN
Canton|Guangzhou|CN
Shenzhen|Shenzhen|CN
Saint-Pétersbourg|Saint Petersburg|RU
Vladivostok|Vladivostok|RU
Istanbul|Istanbul|TR
Genève|Geneva|CH
Zurich|Zurich|CH
Davos|Davos|CH
Marseille|Marseille|FR
Lyon|Lyon|FR
Strasbourg|Strasbourg|FR
Bordeaux|Bordeaux|FR
Toulouse|Toulouse|FR
Casablanca|Casablanca|MA
Tanger|Tangier|MA
Dubaï|Dubai|AE
Bombay|Mumbai|IN
Calcutta|Kolkata|IN
Sydney|Sydney|AU
Melbourne|Melbourne|AU
Perth|Perth|AU
Munich|Munich|DE
Hambourg|Hamburg|DE
Francfort|Frankfurt|DE
Milan|Milan|IT
Naples|Naples|IT
Barcelone|Barcelona|ES
Osaka|Osaka|JP
Kyoto|Kyoto|JP
Toronto|Toronto|CA
Montréal|Montreal|CA
Québec|Quebec City|CA
Rio de Janeiro|Rio de Janeiro|BR
São Paulo|São Paulo|BR
Lagos|Lagos|NG
Johannesburg|Johannesburg|ZA
Le Cap|Cape Town|ZA
Abidjan|Abidjan|CI
Lubumbashi|Lubumbashi|CD
Goma|Goma|CD
Alexandrie|Alexandria|EG
Djeddah|Jeddah|SA
Odessa|Odesa|UA
Kharkiv|Kharkiv|UA
Gaza|Gaza|PS
Tel-Aviv|Tel Aviv|IL
Antofagasta|Antofagasta|CL
Valparaiso|Valparaíso|CL
`;

const BUILDINGS = `
Maison-Blanche|White House|US|Maison Blanche
Capitole|Capitol|US
Pentagone|Pentagon|US
Kremlin|Kremlin|RU
Élysée|Élysée Palace|FR|palais de l'Élysée
Matignon|Matignon|FR|hôtel de Matignon
Downing Street|Downing Street|GB
Bundestag|Bundestag|DE
Chancellerie fédérale|Federal Chancellery|DE
Cité interdite|Forbidden City|CN
Grand Palais du Peuple|Great Hall of the People|CN
Quirinal|Quirinal Palace|IT
`;

const REGIONS = `
Atacama|Atacama|CL|désert d'Atacama
Sibérie|Siberia|RU
Xinjiang|Xinjiang|CN
Katanga|Katanga|CD
Donbass|Donbas|UA
Crimée|Crimea|UA
Sahara occidental|Western Sahara|MA
Patagonie|Patagonia|AR
Kurdistan|Kurdistan|IQ
Darfour|Darfur|SD
Tibet|Tibet|CN
Fergana|Fergana Valley|UZ|vallée de Fergana
`;

function parse(table: string, kind: KnownPlace['kind']): KnownPlace[] {
	return table
		.trim()
		.split('\n')
		.map((line) => {
			const [frName, enName, country, ...variants] = line.split('|') as string[];
			return {
				fr: frName as string,
				en: enName as string,
				country: country as string,
				kind,
				variants
			};
		});
}

export const KNOWN_PLACES: readonly KnownPlace[] = [
	...parse(CITIES, 'city'),
	...parse(BUILDINGS, 'building'),
	...parse(REGIONS, 'region')
];
