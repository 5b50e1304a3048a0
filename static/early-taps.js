// Taps made before the app's scripts have run. A prerendered page shows its buttons at once, but
// they do nothing until Svelte has hydrated the page, which takes seconds on a slow phone. This
// small script runs first (a plain script in the page's head): until the layout announces
// 'revise:ready', the page is marked `data-hydrating` (app.css dims buttons after a moment), the
// last tap on a button is held and marked, and a file chosen is remembered; once ready, the tap is
// replayed and the file's `change` event sent again, so the first tap works.
(function () {
	var root = document.documentElement;
	var held;
	var changed = [];
	root.setAttribute('data-hydrating', '');

	function onClick(event) {
		var target =
			event.target instanceof Element &&
			event.target.closest('button, [role="button"], input[type="submit"], input[type="button"]');
		// Links, summaries and form fields work without scripts.
		if (!target) {
			return;
		}
		event.preventDefault();
		event.stopImmediatePropagation();
		if (held) {
			held.removeAttribute('data-tap-held');
		}
		held = target;
		held.setAttribute('data-tap-held', '');
	}
	function onChange(event) {
		var target = event.target;
		if (
			target instanceof HTMLInputElement &&
			target.type === 'file' &&
			changed.indexOf(target) < 0
		) {
			changed.push(target);
		}
	}

	document.addEventListener('click', onClick, true);
	document.addEventListener('change', onChange, true);
	addEventListener(
		'revise:ready',
		function () {
			document.removeEventListener('click', onClick, true);
			document.removeEventListener('change', onChange, true);
			root.removeAttribute('data-hydrating');
			changed.forEach(function (input) {
				if (input.isConnected && input.files && input.files.length) {
					input.dispatchEvent(new Event('change', { bubbles: true }));
				}
			});
			if (held) {
				held.removeAttribute('data-tap-held');
				if (held.isConnected && !held.disabled) {
					held.click();
				}
			}
			held = undefined;
			changed = [];
		},
		{ once: true }
	);
})();
