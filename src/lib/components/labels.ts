// Names of card, fact and place kinds as the learner reads them, in the interface language (a language
// change reloads the page, so these are read once).
import type { CardKind } from '$lib/domain/cards';
import type { FactKind, PlaceKind } from '$lib/domain/facts';
import { m } from '$lib/i18n';

export const CARD_KIND_LABELS: Record<CardKind, string> = {
	flashcard: m.app_card_kind_flashcard(),
	choice: m.app_card_kind_choice(),
	typed: m.app_card_kind_typed(),
	truefalse: m.app_card_kind_truefalse(),
	order: m.app_card_kind_order(),
	'odd-one-out': m.app_card_kind_odd_one_out()
};

export const FACT_KIND_LABELS: Record<FactKind, string> = {
	event: m.app_fact_kind_event(),
	person: m.app_fact_kind_person(),
	resource: m.app_fact_kind_resource(),
	figure: m.app_fact_kind_figure(),
	place: m.app_fact_kind_place(),
	quote: m.app_fact_kind_quote(),
	group: m.app_fact_kind_group(),
	qa: m.app_fact_kind_qa()
};

export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
	capital: m.edit_place_kind_capital(),
	city: m.edit_place_kind_city(),
	mine: m.edit_place_kind_mine(),
	region: m.edit_place_kind_region(),
	building: m.edit_place_kind_building(),
	country: m.edit_place_kind_country()
};
