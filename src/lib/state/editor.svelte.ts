// The deck editor's state: a draft of a deck (fields as typed, possibly invalid), checked as
// it changes with the same rules as the build, saved as a draft on every change so nothing typed
// is lost, and saved as a deck of the learner's once valid.
import type { CompiledDeck } from '$lib/domain/cards';
import type { DeckMeta, FactKind } from '$lib/domain/facts';
import { compileDeck } from '$lib/domain/generate';
import { getLocale, m } from '$lib/i18n';
import { checkDraft, type DraftCheck } from '$lib/io/deck-draft';
import { deckLibrary } from './deck-library.svelte';
import { progress } from './progress.svelte';

export type FactDraft = Record<string, unknown> & { kind: FactKind; id: string };

export interface DeckDraft {
	meta: DeckMeta;
	facts: FactDraft[];
	copiedFrom?: string;
}

const DRAFT_KEY = 'editor:draft';

export function slug(text: string): string {
	return (
		text
			.toLowerCase()
			.normalize('NFKD')
			.replace(/\p{M}+/gu, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 48) || 'deck'
	);
}

export class DeckEditor {
	draft = $state() as DeckDraft;
	/** The deck id this draft saves to; set once it has been saved. */
	savedId = $state<string>();
	restored = $state(false);
	saving = $state(false);
	message = $state<string>();

	check: DraftCheck = $derived(checkDraft(this.draft.meta, this.draft.facts));
	preview: CompiledDeck | undefined = $derived.by(() =>
		this.check.meta
			? compileDeck(
					this.check.meta,
					this.check.facts.map((f) => f.fact),
					this.#pools
				)
			: undefined
	);
	#pools = $state({ countries: [], people: [], minerals: [] } as Parameters<typeof compileDeck>[2]);
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(draft: DeckDraft, savedId?: string) {
		this.draft = draft;
		this.savedId = savedId;
		void deckLibrary.pools().then((pools) => (this.#pools = pools));
	}

	/** A new deck, a copy of a built-in one, one of the learner's, or the draft left unsaved. */
	static async open(params: { deck?: string; copy?: string }): Promise<DeckEditor> {
		const store = await progress.store();
		const left = (await store.getMeta(DRAFT_KEY)) as
			{ draft: DeckDraft; savedId?: string } | undefined;
		const target = params.deck ?? params.copy;
		if (left?.draft?.meta && (left.savedId === params.deck || (!target && !left.savedId))) {
			const editor = new DeckEditor(left.draft, left.savedId);
			editor.restored = true;
			return editor;
		}
		if (target) {
			const deck = await deckLibrary.deck(target);
			if (params.copy) {
				const base = `${deck.deck.id}-${slug(m.edit_copy_id_suffix())}`;
				let id = base;
				for (let n = 2; !(await deckLibrary.isFree(id)); n++) {
					id = `${base}-${n}`;
				}
				const title = m.edit_copy_title({ title: deck.deck.title });
				const meta = { ...structuredClone(deck.deck), id, title };
				return new DeckEditor({
					meta,
					facts: structuredClone(deck.facts) as FactDraft[],
					copiedFrom: deck.deck.id
				});
			}
			return new DeckEditor(
				{ meta: structuredClone(deck.deck), facts: structuredClone(deck.facts) as FactDraft[] },
				deck.deck.id
			);
		}
		// A new deck is written in the interface language, until the teacher says otherwise.
		const title = m.edit_new_deck_title();
		const outlet = m.edit_new_deck_source_outlet();
		const meta: DeckMeta = {
			id: `${slug(title)}-${Date.now().toString(36)}`,
			title,
			lang: getLocale(),
			sources: [{ id: slug(outlet), outlet, title: m.edit_new_deck_source_title() }]
		};
		return new DeckEditor({ meta, facts: [] });
	}

	/** Call after every change: keeps a draft on disk, so a closed tab loses nothing. */
	changed(): void {
		this.message = undefined;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.saveDraft(), 250);
	}

	async saveDraft(): Promise<void> {
		clearTimeout(this.#timer);
		const store = await progress.store();
		await store.setMeta(DRAFT_KEY, { draft: $state.snapshot(this.draft), savedId: this.savedId });
	}

	setMeta(meta: DeckMeta): void {
		this.draft.meta = meta;
		this.changed();
	}

	/** Sets one field of a fact; undefined removes it (an emptied optional field). */
	setField(index: number, name: string, value: unknown): void {
		const fact = this.draft.facts[index];
		if (!fact) {
			return;
		}
		if (value === undefined) {
			delete fact[name];
		} else {
			fact[name] = value;
		}
		this.changed();
	}

	addFact(kind: FactKind): void {
		const taken = this.draft.facts.map((f) => f.id);
		let id = `${kind}-${this.draft.facts.length + 1}`;
		for (let n = 2; taken.includes(id); n++) {
			id = `${kind}-${this.draft.facts.length + n}`;
		}
		const source = this.draft.meta.sources[0]?.id ?? '';
		this.draft.facts.push({ kind, id, source });
		this.changed();
	}

	moveFact(index: number, delta: number): void {
		const target = index + delta;
		const facts = this.draft.facts;
		if (target < 0 || target >= facts.length) {
			return;
		}
		[facts[index], facts[target]] = [facts[target] as FactDraft, facts[index] as FactDraft];
		this.changed();
	}

	removeFact(index: number): void {
		this.draft.facts.splice(index, 1);
		this.changed();
	}

	/** Saves the deck when it is valid; returns its id. */
	async save(): Promise<string | undefined> {
		const check = this.check;
		if (!check.meta || check.problems.length > 0) {
			this.message = m.edit_save_problems({ count: check.problems.length });
			return undefined;
		}
		const id = check.meta.id;
		if (id !== this.savedId && !(await deckLibrary.isFree(id))) {
			this.message = m.edit_save_id_taken({ id });
			return undefined;
		}
		this.saving = true;
		try {
			await deckLibrary.save(
				check.meta,
				check.facts.map((f) => f.fact),
				this.draft.copiedFrom
			);
			if (this.savedId && this.savedId !== id) {
				await deckLibrary.remove(this.savedId);
			}
			this.savedId = id;
			const store = await progress.store();
			await store.setMeta(DRAFT_KEY, undefined);
			this.message = m.edit_saved();
			return id;
		} finally {
			this.saving = false;
		}
	}
}
