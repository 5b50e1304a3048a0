import { describe, expect, test } from 'vitest';
import { compareLanguages, componentProblems } from '../../scripts/i18n';

const problems = (source: string) => componentProblems(source, 'X.svelte').map((p) => p.message);

describe('the i18n check', () => {
	test('flags interface text written into a component', () => {
		const found = problems(`<script lang="ts">
	const grade = 'À revoir';
	const hint = 'Show the answer';
</script>
<p>Bonjour</p>
<button aria-label="Fermer la fenêtre" title="Close">x</button>
<input placeholder="Votre réponse" />`);
		expect(found).toEqual([
			'hard-coded text: "Bonjour"',
			'hard-coded aria-label: "Fermer la fenêtre"',
			'hard-coded title: "Close"',
			'hard-coded placeholder: "Votre réponse"',
			'hard-coded text in a script: "À revoir"',
			'hard-coded text in a script: "Show the answer"'
		]);
	});

	test('leaves code alone: messages, identifiers, classes, symbols, lone characters', () => {
		expect(
			problems(`<script lang="ts">
	import { m } from '$lib/i18n';
	const kind = 'odd-one-out';
	const ligature = 'œ';
	throw new Error('A study answer always gives the card a state.');
</script>
<p class="meta wide">{m.app_loading()} · 3 → 4 %</p>
<button aria-label={m.app_nav_label()}>↑</button>`)
		).toEqual([]);
	});

	test('flags a message missing in a language, or whose placeholders differ', () => {
		const messages = new Map([
			[
				'fr',
				new Map([
					['a', 'Bonjour {name}'],
					['b', 'Seul'],
					['c', '{n} cartes']
				])
			],
			[
				'en',
				new Map([
					['a', 'Hello {name}'],
					['c', '{count} cards']
				])
			]
		]);
		expect(compareLanguages(messages).map((p) => p.message)).toEqual([
			'"b" is missing',
			'"c" has placeholders {count} but fr has {n}'
		]);
	});
});
