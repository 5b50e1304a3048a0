// International organisations a person can speak for, in French and English, with their short forms.

export interface Organisation {
	fr: string;
	en: string;
	/** Other ways the press writes it (acronyms, short names). */
	aliases: string[];
}

export const ORGANISATIONS: Organisation[] = [
	{ fr: 'Commission européenne', en: 'European Commission', aliases: [] },
	{ fr: 'Union européenne', en: 'European Union', aliases: ['UE', 'EU'] },
	{ fr: 'Conseil européen', en: 'European Council', aliases: [] },
	{ fr: 'Parlement européen', en: 'European Parliament', aliases: [] },
	{ fr: 'Banque centrale européenne', en: 'European Central Bank', aliases: ['BCE', 'ECB'] },
	{
		fr: 'Organisation des Nations unies',
		en: 'United Nations',
		aliases: ['ONU', 'UN', 'Nations unies']
	},
	{ fr: 'OTAN', en: 'NATO', aliases: ['Alliance atlantique'] },
	{ fr: 'Union africaine', en: 'African Union', aliases: ['UA', 'AU'] },
	{ fr: 'Banque mondiale', en: 'World Bank', aliases: [] },
	{
		fr: 'Fonds monétaire international',
		en: 'International Monetary Fund',
		aliases: ['FMI', 'IMF']
	},
	{
		fr: 'Organisation mondiale du commerce',
		en: 'World Trade Organization',
		aliases: ['OMC', 'WTO']
	},
	{
		fr: 'Organisation mondiale de la santé',
		en: 'World Health Organization',
		aliases: ['OMS', 'WHO']
	},
	{ fr: 'OPEP', en: 'OPEC', aliases: [] },
	{ fr: 'ASEAN', en: 'ASEAN', aliases: ['Association des nations de l’Asie du Sud-Est'] },
	{
		fr: 'Organisation de coopération de Shanghai',
		en: 'Shanghai Cooperation Organisation',
		aliases: ['OCS', 'SCO']
	},
	{ fr: 'Ligue arabe', en: 'Arab League', aliases: [] },
	{
		fr: 'Agence internationale de l’énergie',
		en: 'International Energy Agency',
		aliases: ['AIE', 'IEA']
	},
	{
		fr: 'Agence internationale de l’énergie atomique',
		en: 'International Atomic Energy Agency',
		aliases: ['AIEA', 'IAEA']
	}
];
