/*
 * csp-styles.js: let Monaco and KaTeX style elements under our strict CSP.
 *
 * Verdict's CSP has no 'unsafe-inline' for styles (STYLE.md).  Both
 * libraries style elements in ways CSP blocks: Monaco writes <style>
 * elements, builds its lines as HTML strings with style="..." attributes
 * (microsoft/monaco-editor#271) and calls setAttribute('style'); KaTeX
 * calls setAttribute('style') for a few constructs.  The same styles set
 * through CSSOM (element.style, constructable stylesheets) are allowed,
 * so this file routes those script-made styles through CSSOM:
 *
 *  - setAttribute('style', v) becomes element.style.cssText = v;
 *  - document.createElement('style') gives an inert stand-in whose text
 *    lives in a constructable stylesheet adopted by the document until
 *    it is removed;
 *  - HTML from Monaco's own builders (through the trusted-types hook
 *    MonacoEnvironment.createTrustedTypesPolicy) has its style attributes
 *    moved to data-csp-style and applied through CSSOM right after the
 *    innerHTML / insertAdjacentHTML assignment, synchronously, so Monaco
 *    measures what it rendered.
 *
 * Nothing here touches markup from the server: style attributes or
 * <style> elements injected into a page would still be blocked, which is
 * what the CSP is for.  Script could always style elements through CSSOM.
 */
(function () {
	'use strict';

	var TAG = '__verdictCspHtml';
	var ATTR = 'data-csp-style';

	/* setAttribute('style'): CSSOM instead. */
	var setAttr = Element.prototype.setAttribute;

	Element.prototype.setAttribute = function (name, value) {
		if (typeof name === 'string' && name.toLowerCase() === 'style' &&
		    this.style) {
			this.style.cssText = String(value);
			return undefined;
		}
		return setAttr.call(this, name, value);
	};

	/* <style> elements made by script: constructable stylesheets. */
	var canAdopt = false;

	try {
		canAdopt = 'adoptedStyleSheets' in document &&
		    typeof new CSSStyleSheet().replaceSync === 'function';
	} catch (e) {
		canAdopt = false;
	}

	function adoptStyle(style) {
		var sheet = new CSSStyleSheet(), text = '', on = false;
		var remove = style.remove;

		function attach() {
			if (!on) {
				on = true;
				document.adoptedStyleSheets =
				    document.adoptedStyleSheets.concat([sheet]);
			}
		}
		function detach() {
			if (on) {
				on = false;
				document.adoptedStyleSheets =
				    document.adoptedStyleSheets.filter(
				    function (x) { return x !== sheet; });
			}
		}
		function set(v) {
			text = v === null || v === undefined ? '' : String(v);
			try {
				sheet.replaceSync(text);
			} catch (e) {
				/* replaceSync refuses @import: ignored. */
			}
			attach();
		}
		function get() {
			return text;
		}
		['textContent', 'innerText', 'innerHTML'].forEach(function (p) {
			Object.defineProperty(style, p,
			    { get: get, set: set, configurable: true });
		});
		Object.defineProperty(style, 'sheet', { configurable: true,
		    get: function () { attach(); return sheet; } });
		style.remove = function () {
			detach();
			return remove.call(style);
		};
	}

	if (canAdopt) {
		var create = document.createElement;

		/*
		 * Even an empty <style> element is checked (and refused) when
		 * it enters the document, so the stand-in is an inert
		 * <template> carrying the same properties.
		 */
		document.createElement = function (name, opts) {
			var e;

			if (String(name).toLowerCase() !== 'style')
				return create.call(document, name, opts);
			e = create.call(document, 'template');
			e.setAttribute('data-csp-stylesheet', '');
			adoptStyle(e);
			return e;
		};
	}

	/* Monaco's HTML: style attributes applied through CSSOM. */
	function rewrite(html) {
		/* Inside tags only: text content has < escaped as &lt;. */
		return html.replace(/<[A-Za-z][^<>]*>/g, function (tag) {
			return tag.replace(/(\s)style="/g, '$1' + ATTR + '="');
		});
	}

	function applyStyles(root) {
		var list, i;

		if (!root || !root.querySelectorAll)
			return;
		list = root.querySelectorAll('[' + ATTR + ']');
		for (i = 0; i < list.length; i++) {
			list[i].style.cssText = list[i].getAttribute(ATTR);
			list[i].removeAttribute(ATTR);
		}
	}

	function tagged(v) {
		return v !== null && typeof v === 'object' && v[TAG] === true;
	}

	var inner = Object.getOwnPropertyDescriptor(Element.prototype,
	    'innerHTML');
	var adjacent = Element.prototype.insertAdjacentHTML;

	if (inner && inner.set) {
		Object.defineProperty(Element.prototype, 'innerHTML', {
			configurable: true,
			enumerable: inner.enumerable,
			get: inner.get,
			set: function (v) {
				if (!tagged(v))
					return inner.set.call(this, v);
				inner.set.call(this, String(v));
				applyStyles(this);
			}
		});
	}
	Element.prototype.insertAdjacentHTML = function (pos, v) {
		var where;

		if (!tagged(v))
			return adjacent.call(this, pos, v);
		where = /^(beforebegin|afterend)$/i.test(pos) ?
		    this.parentNode : this;
		adjacent.call(this, pos, String(v));
		applyStyles(where);
		return undefined;
	};

	window.MonacoEnvironment = window.MonacoEnvironment || {};
	window.MonacoEnvironment.createTrustedTypesPolicy =
	    function (name, rules) {
		var policy = {};

		policy.createHTML = function (s) {
			var h = rules && rules.createHTML ?
			    rules.createHTML(s) : s;
			/* eslint-disable-next-line no-new-wrappers */
			var o = new String(rewrite(String(h)));

			o[TAG] = true;
			return o;
		};
		if (rules && rules.createScriptURL)
			policy.createScriptURL = function (s) {
				return rules.createScriptURL(s);
			};
		if (rules && rules.createScript)
			policy.createScript = function (s) {
				return rules.createScript(s);
			};
		return policy;
	};
})();
