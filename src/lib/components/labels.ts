// Names of card and fact kinds as the learner reads them.
import type { CardKind } from '$lib/domain/cards';
import type { FactKind } from '$lib/domain/facts';

export const CARD_KIND_LABELS: Record<CardKind, string> = {
	flashcard: 'Carte recto-verso',
	choice: 'Choix multiple',
	typed: 'Réponse à écrire',
	truefalse: 'Vrai ou faux',
	order: 'Chronologie',
	'odd-one-out': 'L’intrus'
};

export const FACT_KIND_LABELS: Record<FactKind, string> = {
	event: 'Événement',
	person: 'Personne',
	resource: 'Ressource',
	figure: 'Chiffre',
	place: 'Lieu',
	quote: 'Propos',
	group: 'Groupe',
	qa: 'Question'
};
