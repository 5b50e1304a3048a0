// The form of each fact kind: which fields, how they are typed in, and their help.
import type { FactKind } from '$lib/domain/facts';

export type FieldType =
	'text' | 'long' | 'date' | 'number' | 'lines' | 'people' | 'person' | 'place-kind';

export interface FieldSpec {
	name: string;
	label: string;
	type: FieldType;
	required?: boolean;
	help?: string;
}

const DATE_HELP = 'AAAA, AAAA-MM ou AAAA-MM-JJ : la forme dit la précision (année, mois ou jour).';

export const FACT_FIELDS: Record<FactKind, FieldSpec[]> = {
	event: [
		{ name: 'date', label: 'Date', type: 'date', required: true, help: DATE_HELP },
		{
			name: 'what',
			label: 'Ce qui s’est passé',
			type: 'long',
			required: true,
			help: 'Se lit après une date : minuscule au début, sans point final.'
		},
		{ name: 'where', label: 'Lieu', type: 'text' },
		{
			name: 'who',
			label: 'Personnes (identifiants)',
			type: 'people',
			help: 'Une par ligne : l’identifiant d’une personne du deck.'
		}
	],
	person: [
		{ name: 'name', label: 'Nom', type: 'text', required: true },
		{
			name: 'variants',
			label: 'Autres orthographes',
			type: 'lines',
			help: 'Une par ligne ; acceptées dans les réponses écrites.'
		},
		{
			name: 'role',
			label: 'Rôle',
			type: 'text',
			required: true,
			help: 'Se lit après « X est … », ex. « président du Kazakhstan ».'
		},
		{ name: 'country', label: 'Pays', type: 'text' },
		{ name: 'organisation', label: 'Organisation', type: 'text' }
	],
	resource: [
		{ name: 'name', label: 'Ressource', type: 'text', required: true },
		{
			name: 'holders',
			label: 'Pays qui la produisent ou la détiennent',
			type: 'lines',
			required: true,
			help: 'Un par ligne.'
		},
		{ name: 'uses', label: 'Usage ou intérêt', type: 'text' }
	],
	figure: [
		{ name: 'value', label: 'Valeur', type: 'number', required: true },
		{ name: 'unit', label: 'Unité', type: 'text' },
		{ name: 'measures', label: 'Ce que le chiffre mesure', type: 'long', required: true }
	],
	place: [
		{ name: 'name', label: 'Nom du lieu', type: 'text', required: true },
		{ name: 'variants', label: 'Autres orthographes', type: 'lines' },
		{ name: 'placeKind', label: 'Type de lieu', type: 'place-kind', required: true },
		{ name: 'country', label: 'Pays', type: 'text', required: true },
		{ name: 'note', label: 'Note', type: 'text' }
	],
	quote: [
		{ name: 'who', label: 'Qui (identifiant d’une personne)', type: 'person', required: true },
		{ name: 'when', label: 'Quand', type: 'date', help: DATE_HELP },
		{ name: 'gist', label: 'L’idée, dans vos mots', type: 'long', required: true }
	],
	group: [
		{ name: 'name', label: 'Nom du groupe', type: 'text', required: true },
		{ name: 'description', label: 'Description', type: 'text' },
		{
			name: 'members',
			label: 'Membres',
			type: 'lines',
			required: true,
			help: 'Un par ligne, au moins deux.'
		}
	],
	qa: [
		{ name: 'question', label: 'Question', type: 'long', required: true },
		{ name: 'answer', label: 'Réponse', type: 'text', required: true },
		{ name: 'variants', label: 'Autres réponses acceptées', type: 'lines' }
	]
};
