// The form of each fact kind: which fields, how they are typed in, and their help.
import type { FactKind } from '$lib/domain/facts';
import { m } from '$lib/i18n';

export type FieldType =
	'text' | 'long' | 'date' | 'number' | 'lines' | 'people' | 'person' | 'placeKind';

export interface FieldSpec {
	name: string;
	label: string;
	type: FieldType;
	required?: boolean;
	help?: string;
}

// The interface language lasts as long as the page (changing it reloads), so labels are read once.
const DATE_HELP = m.edit_field_date_help();

export const FACT_FIELDS: Record<FactKind, FieldSpec[]> = {
	event: [
		{
			name: 'date',
			label: m.edit_field_event_date(),
			type: 'date',
			required: true,
			help: DATE_HELP
		},
		{
			name: 'what',
			label: m.edit_field_event_what(),
			type: 'long',
			required: true,
			help: m.edit_field_event_what_help()
		},
		{ name: 'where', label: m.edit_field_event_where(), type: 'text' },
		{
			name: 'who',
			label: m.edit_field_event_who(),
			type: 'people',
			help: m.edit_field_event_who_help()
		}
	],
	person: [
		{ name: 'name', label: m.edit_field_person_name(), type: 'text', required: true },
		{
			name: 'variants',
			label: m.edit_field_spellings(),
			type: 'lines',
			help: m.edit_field_person_variants_help()
		},
		{
			name: 'role',
			label: m.edit_field_person_role(),
			type: 'text',
			required: true,
			help: m.edit_field_person_role_help()
		},
		{ name: 'country', label: m.edit_field_country(), type: 'text' },
		{ name: 'organisation', label: m.edit_field_person_organisation(), type: 'text' }
	],
	resource: [
		{ name: 'name', label: m.edit_field_resource_name(), type: 'text', required: true },
		{
			name: 'holders',
			label: m.edit_field_resource_holders(),
			type: 'lines',
			required: true,
			help: m.edit_field_resource_holders_help()
		},
		{ name: 'uses', label: m.edit_field_resource_uses(), type: 'text' }
	],
	figure: [
		{ name: 'value', label: m.edit_field_figure_value(), type: 'number', required: true },
		{ name: 'unit', label: m.edit_field_figure_unit(), type: 'text' },
		{ name: 'measures', label: m.edit_field_figure_measures(), type: 'long', required: true }
	],
	place: [
		{ name: 'name', label: m.edit_field_place_name(), type: 'text', required: true },
		{ name: 'variants', label: m.edit_field_spellings(), type: 'lines' },
		{ name: 'placeKind', label: m.edit_field_place_kind(), type: 'placeKind', required: true },
		{ name: 'country', label: m.edit_field_country(), type: 'text', required: true },
		{ name: 'note', label: m.edit_field_place_note(), type: 'text' }
	],
	quote: [
		{ name: 'who', label: m.edit_field_quote_who(), type: 'person', required: true },
		{ name: 'when', label: m.edit_field_quote_when(), type: 'date', help: DATE_HELP },
		{ name: 'gist', label: m.edit_field_quote_gist(), type: 'long', required: true }
	],
	group: [
		{ name: 'name', label: m.edit_field_group_name(), type: 'text', required: true },
		{ name: 'description', label: m.edit_field_group_description(), type: 'text' },
		{
			name: 'members',
			label: m.edit_field_group_members(),
			type: 'lines',
			required: true,
			help: m.edit_field_group_members_help()
		}
	],
	qa: [
		{ name: 'question', label: m.edit_field_qa_question(), type: 'long', required: true },
		{ name: 'answer', label: m.edit_field_qa_answer(), type: 'text', required: true },
		{ name: 'variants', label: m.edit_field_qa_variants(), type: 'lines' }
	]
};

/** A fact field as its form names it (« Pays détenteurs », not `holders`), for messages. */
export function fieldLabel(kind: FactKind, field: string): string | undefined {
	switch (field) {
		case 'id':
			return m.edit_fact_id();
		case 'source':
			return m.edit_fact_source();
		case 'tags':
			return m.edit_fact_tags();
		default:
			return FACT_FIELDS[kind].find((spec) => spec.name === field)?.label;
	}
}
