/*
 * math.js: typeset the statement's math with KaTeX.
 *
 * lib/markdown.c leaves math as <span class="math" data-display="0|1">TeX
 * </span>; without JavaScript the TeX source stays readable.  KaTeX comes
 * from npm (make assets copies it to /static/vendor/katex).  katex.render
 * builds DOM nodes and sets styles through CSSOM, which the strict CSP
 * allows (renderToString + innerHTML would need inline styles).
 *
 * KaTeX's UMD wrapper registers itself with an AMD loader when one is
 * present, so it must run before Monaco's loader: window.verdictMath is a
 * promise that problem.js waits on before it loads the editor.
 */
(function () {
	'use strict';

	var BASE = '/static/vendor/katex/';
	var spans = document.querySelectorAll('span.math');

	function renderAll(katex) {
		var i, el;

		for (i = 0; i < spans.length; i++) {
			el = spans[i];
			try {
				katex.render(el.textContent, el, {
					displayMode: el.getAttribute('data-display') === '1',
					throwOnError: false,
					output: 'htmlAndMathml'
				});
				el.classList.add('math-done');
			} catch (e) {
				el.classList.add('math-error');
			}
		}
		document.documentElement.setAttribute('data-math', 'done');
		return true;
	}

	function load() {
		return new Promise(function (resolve) {
			var s, link;

			link = document.createElement('link');
			link.rel = 'stylesheet';
			link.href = BASE + 'katex.min.css';
			document.head.appendChild(link);
			if (window.katex) {
				resolve(window.katex);
				return;
			}
			if (typeof window.define === 'function' && window.define.amd &&
			    typeof window.require === 'function') {
				/* An AMD loader is already here: ask it. */
				window.require([BASE + 'katex.min.js'], resolve,
				    function () { resolve(null); });
				return;
			}
			s = document.createElement('script');
			s.src = BASE + 'katex.min.js';
			s.onload = function () { resolve(window.katex || null); };
			s.onerror = function () { resolve(null); };
			document.head.appendChild(s);
		});
	}

	if (spans.length === 0) {
		window.verdictMath = Promise.resolve(false);
		return;
	}
	window.verdictMath = load().then(function (katex) {
		return katex ? renderAll(katex) : false;
	});
})();
