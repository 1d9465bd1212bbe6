/*
 * problem.js: the problem page's editor, drafts, Run and Submit.
 *
 * The page works without this file: a textarea in a form that posts to
 * /submissions.  Here that form becomes the Monaco editor (npm
 * monaco-editor, served from /static/vendor/monaco through its AMD
 * loader), the code is kept per problem and language in localStorage,
 * and Run and Submit go through the JSON API with the verdict shown in
 * place.  Everything comes from data-* attributes and the API: the page
 * carries no inline script (strict CSP), and nothing from the server is
 * ever put into innerHTML.  csp-styles.js (loaded first) lets Monaco
 * style its elements under the strict CSP.
 *
 *	POST /api/submissions {problem, language, source}  -> 202 {id}
 *	GET  /api/submissions/:id   polled every second until status "done"
 *	POST /api/runs {problem, language, source, input?} -> 202 {id}
 *	GET  /api/runs/:id          polled the same way
 *	GET  /api/submissions?problem=SLUG&user=me   the Submissions tab
 */
(function () {
	'use strict';

	var MONACO = '/static/vendor/monaco/vs';
	var POLL_MS = 1000;
	var POLL_GIVE_UP_MS = 10 * 60 * 1000;
	var VERDICTS = {
		AC: 'Accepted', WA: 'Wrong Answer', TLE: 'Time Limit Exceeded',
		MLE: 'Memory Limit Exceeded', RE: 'Runtime Error',
		OLE: 'Output Limit Exceeded', CE: 'Compilation Error',
		IE: 'Internal Error'
	};

	var ws = document.getElementById('workspace');
	var form = document.getElementById('coding');
	if (!ws || !form)
		return;
	var slug = ws.getAttribute('data-slug');
	var signedIn = ws.getAttribute('data-signed-in') === '1';
	var select = document.getElementById('language');
	var textarea = document.getElementById('source');
	var editorBox = document.getElementById('editor');
	var consoleBox = document.getElementById('console');
	var resultBox = document.getElementById('result');
	var statusEl = document.getElementById('status');
	var runBtn = document.getElementById('run');
	var submitBtn = document.getElementById('submit');
	var resetBtn = document.getElementById('reset');
	var customBox = document.getElementById('custom');
	var customInput = document.getElementById('custom-input');
	var editor = null;
	var monacoApi = null;
	var busy = false;
	var saveTimer = null;
	var lang = select.value;

	/* Small helpers. */

	function el(tag, cls, text) {
		var e = document.createElement(tag);

		if (cls)
			e.className = cls;
		if (text !== undefined && text !== null)
			e.textContent = String(text);
		return e;
	}

	function storageGet(key) {
		try {
			return window.localStorage.getItem(key);
		} catch (e) {
			return null;
		}
	}

	function storageSet(key, value) {
		try {
			if (value === null)
				window.localStorage.removeItem(key);
			else
				window.localStorage.setItem(key, value);
		} catch (e) {
			/* Full or disabled storage: drafts are a convenience. */
		}
	}

	function draftKey(l) {
		return 'verdict:draft:' + slug + ':' + l;
	}

	function option(l) {
		var i;

		for (i = 0; i < select.options.length; i++)
			if (select.options[i].value === l)
				return select.options[i];
		return null;
	}

	function stubOf(l) {
		var o = option(l);

		return o ? o.getAttribute('data-stub') || '' : '';
	}

	function monacoLang(l) {
		var o = option(l);

		return o ? o.getAttribute('data-monaco') || 'plaintext' :
		    'plaintext';
	}

	function source() {
		return editor ? editor.getValue() : textarea.value;
	}

	function setSource(v) {
		textarea.value = v;
		if (editor && editor.getValue() !== v)
			editor.setValue(v);
	}

	function loginUrl() {
		return '/login?next=' + encodeURIComponent('/problems/' + slug);
	}

	function setStatus(text) {
		statusEl.textContent = text || '';
	}

	/* Drafts: one per problem and language; the stub is not a draft. */

	function saveDraft() {
		var v = source();

		clearTimeout(saveTimer);
		saveTimer = null;
		storageSet(draftKey(lang), v === stubOf(lang) ? null : v);
	}

	function scheduleSave() {
		clearTimeout(saveTimer);
		saveTimer = setTimeout(saveDraft, 300);
	}

	function loadLanguage(l) {
		var d = storageGet(draftKey(l));

		lang = l;
		if (select.value !== l)
			select.value = l;
		storageSet('verdict:lang:' + slug, l);
		setSource(d !== null ? d : stubOf(l));
		if (editor && monacoApi)
			monacoApi.editor.setModelLanguage(editor.getModel(),
			    monacoLang(l));
	}

	/* Start from the remembered language and the draft, if any. */
	(function () {
		var remembered = storageGet('verdict:lang:' + slug);

		if (remembered && option(remembered))
			lang = remembered;
		loadLanguage(lang);
	})();

	select.addEventListener('change', function () {
		saveDraft();
		loadLanguage(select.value);
	});
	textarea.addEventListener('input', scheduleSave);
	window.addEventListener('pagehide', saveDraft);
	resetBtn.hidden = false;
	resetBtn.addEventListener('click', function () {
		if (source() !== stubOf(lang) &&
		    !window.confirm('Replace your code with the starting code?'))
			return;
		setSource(stubOf(lang));
		storageSet(draftKey(lang), null);
	});

	/* The editor. */

	function loadScript(src) {
		return new Promise(function (resolve, reject) {
			var s = document.createElement('script');

			s.src = src;
			s.onload = resolve;
			s.onerror = function () {
				reject(new Error('cannot load ' + src));
			};
			document.head.appendChild(s);
		});
	}

	/*
	 * Monaco starts its web workers from blob: URLs, which the CSP
	 * (worker-src falls back to 'self') refuses; a same-origin bootstrap
	 * script starts them instead.
	 */
	function monacoEnvironment() {
		/* csp-styles.js put its trusted-types hook here already. */
		window.MonacoEnvironment = window.MonacoEnvironment || {};
		window.MonacoEnvironment.getWorker = function (id, label) {
			return new Worker('/static/js/monaco-worker.js',
			    { name: label });
		};
	}

	function startEditor(monaco) {
		var host = el('div', 'monaco-host');

		monacoApi = monaco;
		editorBox.appendChild(host);
		editor = monaco.editor.create(host, {
			value: textarea.value,
			language: monacoLang(lang),
			automaticLayout: true,
			minimap: { enabled: false },
			fontSize: 14,
			tabSize: 4,
			scrollBeyondLastLine: false,
			renderLineHighlight: 'line',
			hideCursorInOverviewRuler: true,
			/* Its async render races with setValue on a
			 * language switch ("Illegal value for lineNumber"). */
			stickyScroll: { enabled: false },
			overviewRulerBorder: false,
			fixedOverflowWidgets: true
		});
		textarea.hidden = true;
		editor.onDidChangeModelContent(function () {
			textarea.value = editor.getValue();
			scheduleSave();
		});
		editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter,
		    function () { if (submitBtn) doSubmit(); });
		editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Quote,
		    function () { if (runBtn) doRun(); });
		ws.setAttribute('data-editor', 'monaco');
	}

	function editorFailed(err) {
		/* The plain textarea stays; it is a complete editor too. */
		ws.setAttribute('data-editor', 'textarea');
		if (window.console)
			window.console.warn('editor: ' + (err && err.message || err));
	}

	(window.verdictMath || Promise.resolve()).catch(function () {})
	    .then(function () {
		monacoEnvironment();
		return loadScript(MONACO + '/loader.js');
	    })
	    .then(function () {
		window.require.config({ paths: { vs: MONACO } });
		window.require(['vs/editor/editor.main'], function () {
			try {
				startEditor(window.monaco);
			} catch (e) {
				editorFailed(e);
			}
		}, editorFailed);
	    }).catch(editorFailed);

	/* The JSON API. */

	function csrfToken() {
		var m = document.querySelector('meta[name="csrf-token"]');
		var i = form.querySelector('input[name="csrf"]');

		if (m && m.getAttribute('content'))
			return m.getAttribute('content');
		return i ? i.value : '';
	}

	function api(method, path, body) {
		var headers = { 'Accept': 'application/json' };
		var opts = { method: method, credentials: 'same-origin',
		    headers: headers };

		if (body !== undefined) {
			headers['Content-Type'] = 'application/json';
			headers['X-CSRF-Token'] = csrfToken();
			opts.body = JSON.stringify(body);
		}
		return fetch(path, opts).then(function (res) {
			return res.text().then(function (t) {
				var j = null;

				try {
					j = t ? JSON.parse(t) : null;
				} catch (e) {
					j = null;
				}
				return { status: res.status, ok: res.ok, body: j,
				    retry: res.headers.get('Retry-After') };
			});
		});
	}

	function errorText(r) {
		if (r.body && r.body.error && r.body.error.message)
			return r.body.error.message;
		if (r.status === 429)
			return 'Too many requests; wait a moment and try again.';
		if (r.status >= 500)
			return 'The server could not take it right now (' +
			    r.status + '); try again in a moment.';
		return 'The request failed (' + r.status + ').';
	}

	/* poll: GET url every second until "done"; render each answer. */
	function poll(url, render) {
		var started = Date.now(), failures = 0;

		return new Promise(function (resolve, reject) {
			function again(ms) {
				if (Date.now() - started > POLL_GIVE_UP_MS)
					reject(new Error('Still not finished; ' +
					    'check your submissions later.'));
				else
					setTimeout(tick, ms);
			}
			function tick() {
				api('GET', url).then(function (r) {
					if (!r.ok || !r.body) {
						if ((r.status >= 500 ||
						    r.status === 429) &&
						    failures++ < 10) {
							again(2000);
							return;
						}
						reject(new Error(errorText(r)));
						return;
					}
					failures = 0;
					render(r.body);
					if (r.body.status === 'done')
						resolve(r.body);
					else
						again(POLL_MS);
				}, function () {
					if (failures++ < 10)
						again(2000);
					else
						reject(new Error('The server cannot ' +
						    'be reached.'));
				});
			}
			tick();
		});
	}

	function setBusy(on) {
		busy = on;
		if (runBtn)
			runBtn.disabled = on;
		if (submitBtn)
			submitBtn.disabled = on;
	}

	/* Results. */

	function showConsole() {
		consoleBox.hidden = false;
		if (editor)
			editor.layout();
	}

	function clearResult() {
		while (resultBox.firstChild)
			resultBox.removeChild(resultBox.firstChild);
		showConsole();
	}

	function showError(msg) {
		clearResult();
		resultBox.appendChild(el('div', 'error-box', msg));
	}

	function verdictEl(v, status) {
		var code = v || (status === 'done' ? '' : 'pending');
		var text = v ? (VERDICTS[v] || v) :
		    status === 'judging' ? 'Judging\u2026' :
		    status === 'queued' ? 'In queue\u2026' : 'Waiting\u2026';
		var s = el('span', 'verdict verdict-' + (code || 'pending'), text);

		if (!v) {
			var spin = el('span', 'spinner');
			spin.setAttribute('aria-hidden', 'true');
			s.insertBefore(document.createTextNode(' '), s.firstChild);
			s.insertBefore(spin, s.firstChild);
		}
		return s;
	}

	function num(x) {
		return typeof x === 'number' && isFinite(x);
	}

	function facts(o) {
		var f = [];

		if (num(o.time_ms))
			f.push(o.time_ms + ' ms');
		if (num(o.memory_kb))
			f.push((o.memory_kb / 1024).toFixed(1) + ' MB');
		if (num(o.passed) && num(o.total) && o.total > 0)
			f.push(o.passed + ' / ' + o.total + ' tests passed');
		return f.join(' \u00b7 ');
	}

	function ioBlock(title, text) {
		var d = el('div');

		d.appendChild(el('h5', null, title));
		d.appendChild(el('pre', null, text === '' ? '\u00a0' : text));
		return d;
	}

	/* The page's own examples, for Run results that only carry output. */
	function pageSample(i) {
		var ins = document.querySelectorAll('.samples pre.sample-in');
		var outs = document.querySelectorAll('.samples pre.sample-out');

		if (i < ins.length && i < outs.length)
			return { input: ins[i].textContent,
			    expected: outs[i].textContent };
		return null;
	}

	function firstString() {
		var i;

		for (i = 0; i < arguments.length; i++)
			if (typeof arguments[i] === 'string')
				return arguments[i];
		return null;
	}

	function testEl(t, i, sample) {
		var box = el('div', 'test');
		var h = el('h4');
		var io = el('div', 'io');
		var input = firstString(t.input, sample && sample.input);
		var expected = firstString(t.expected, t.answer,
		    sample && sample.expected);
		var output = firstString(t.output, t.actual, t.stdout);

		h.appendChild(el('span', null, t.name || ('Test ' + (i + 1))));
		h.appendChild(verdictEl(t.verdict, 'done'));
		if (num(t.time_ms))
			h.appendChild(el('span', 'muted', t.time_ms + ' ms'));
		box.appendChild(h);
		if (input !== null)
			io.appendChild(ioBlock('Input', input));
		if (output !== null)
			io.appendChild(ioBlock('Your output', output));
		if (expected !== null)
			io.appendChild(ioBlock('Expected', expected));
		if (io.firstChild)
			box.appendChild(io);
		if (typeof t.message === 'string' && t.message)
			box.appendChild(el('p', 'muted', t.message));
		return box;
	}

	function compileEl(text) {
		var d = el('div');

		d.appendChild(el('h4', null, 'Compiler output'));
		d.appendChild(el('pre', null, text));
		return d;
	}

	/* Where a pending submission or run stands in the queue. */
	function queueInfo(head, o) {
		var pos = num(o.position) ? o.position : o.queue_position;

		if (typeof o.reason === 'string' && o.reason)
			head.appendChild(el('span', 'muted', o.reason));
		else if (num(pos) && pos > 0)
			head.appendChild(el('span', 'muted', 'Position ' + pos +
			    ' in the queue'));
	}

	function renderSubmission(s) {
		var head = el('div', 'head'), tests, i, shown = 0, link;

		clearResult();
		head.appendChild(verdictEl(s.status === 'done' ? s.verdict : null,
		    s.status));
		if (s.status === 'done' && s.verdict !== 'CE' && s.verdict !== 'IE')
			head.appendChild(el('span', 'facts', facts(s)));
		link = el('a', null, 'Submission #' + s.id);
		link.href = '/submissions/' + encodeURIComponent(s.id);
		head.appendChild(link);
		resultBox.appendChild(head);
		if (s.status === 'done') {
			setStatus('');
			if (typeof s.compile_output === 'string' &&
			    s.compile_output)
				resultBox.appendChild(compileEl(s.compile_output));
			tests = Array.isArray(s.tests) && s.verdict !== 'CE' ?
			    s.tests : [];
			for (i = 0; i < tests.length; i++) {
				/* Details for the examples that ran only. */
				if ((!tests[i].is_sample &&
				    typeof tests[i].input !== 'string') ||
				    !tests[i].verdict || tests[i].verdict === 'NR')
					continue;
				resultBox.appendChild(testEl(tests[i], shown,
				    null));
				shown++;
			}
			if (typeof s.judge_message === 'string' &&
			    s.judge_message)
				resultBox.appendChild(el('p', 'muted',
				    s.judge_message));
		} else
			queueInfo(head, s);
	}

	function renderRun(run, custom) {
		/* The judge's result, nested or (as served) merged in. */
		var res = run.result && typeof run.result === 'object' ?
		    run.result : run;
		var head = el('div', 'head'), tests, i;

		clearResult();
		head.appendChild(verdictEl(run.status === 'done' ?
		    (res.verdict || 'IE') : null, run.status));
		head.appendChild(el('span', 'facts', custom ?
		    'Run on your input' : 'Run on the examples'));
		resultBox.appendChild(head);
		if (run.status !== 'done') {
			queueInfo(head, run);
			return;
		}
		setStatus('');
		if (typeof res.compile_output === 'string' && res.compile_output)
			resultBox.appendChild(compileEl(res.compile_output));
		tests = Array.isArray(res.tests) && res.verdict !== 'CE' ?
		    res.tests : [];
		for (i = 0; i < tests.length; i++) {
			if (!tests[i].verdict || tests[i].verdict === 'NR')
				continue;
			if (custom) {
				tests[i] = Object.assign({ input: custom }, tests[i]);
				delete tests[i].expected;
			}
			resultBox.appendChild(testEl(tests[i], i,
			    custom ? null : pageSample(i)));
		}
		if (typeof res.message === 'string' && res.message)
			resultBox.appendChild(el('p', 'muted', res.message));
	}

	function start(path, body, what) {
		if (busy)
			return null;
		saveDraft();
		setBusy(true);
		setStatus(what + '\u2026');
		clearResult();
		resultBox.appendChild(verdictEl(null, 'queued'));
		return api('POST', path, body).then(function (r) {
			if (r.status === 401) {
				window.location.href = loginUrl();
				throw new Error('Please log in first.');
			}
			if (!r.ok || !r.body || r.body.id === undefined ||
			    r.body.id === null)
				throw new Error(errorText(r));
			return r.body.id;
		});
	}

	function finish(p) {
		p.catch(function (err) {
			setStatus('');
			showError(err.message || String(err));
		}).then(function () {
			setBusy(false);
		});
	}

	function doSubmit() {
		var body = { problem: slug, language: lang, source: source() };
		// Opened from a contest page: the submission counts there.
		var contest = form.querySelector('input[name="contest"]');
		if (contest)
			body.contest = contest.value;
		var p = start('/api/submissions', body, 'Submitting');

		if (p === null)
			return;
		finish(p.then(function (id) {
			return poll('/api/submissions/' + encodeURIComponent(id),
			    renderSubmission);
		}).then(function () {
			loadMine();
		}));
	}

	function doRun() {
		var input = customBox.open && customInput.value !== '' ?
		    customInput.value : null;
		var body = { problem: slug, language: lang, source: source() };
		var p;

		if (input !== null)
			body.input = input;
		if ((p = start('/api/runs', body, 'Running')) === null)
			return;
		finish(p.then(function (id) {
			return poll('/api/runs/' + encodeURIComponent(id),
			    function (run) { renderRun(run, input); });
		}));
	}

	if (signedIn && submitBtn) {
		form.addEventListener('submit', function (e) {
			e.preventDefault();
			doSubmit();
		});
		submitBtn.title = 'Submit (Ctrl+Enter)';
	}
	if (signedIn && runBtn) {
		runBtn.hidden = false;
		runBtn.title = 'Run on the examples or your input (Ctrl+\')';
		runBtn.addEventListener('click', doRun);
		consoleBox.hidden = false;
	}

	/* The tabs: the statement, and this problem's submissions. */

	var tabs = document.getElementById('tabs');
	var mine = document.getElementById('my-submissions');

	function loadMine() {
		if (!signedIn || !mine)
			return;
		api('GET', '/api/submissions?problem=' + encodeURIComponent(slug) +
		    '&user=me').then(function (r) {
			var list, table, tb, i, s, tr, a, td;

			while (mine.firstChild)
				mine.removeChild(mine.firstChild);
			if (!r.ok || !r.body) {
				mine.appendChild(el('p', 'error-box',
				    errorText(r)));
				return;
			}
			list = Array.isArray(r.body) ? r.body :
			    r.body.submissions || r.body.items || [];
			if (list.length === 0) {
				mine.appendChild(el('p', 'muted',
				    'No submissions yet.'));
				return;
			}
			table = el('table', 'list mine');
			tr = el('tr');
			['#', 'Verdict', 'Language', 'Time', 'Memory',
			    'When'].forEach(function (h) {
				tr.appendChild(el('th', null, h));
			});
			table.appendChild(el('thead')).appendChild(tr);
			tb = table.appendChild(el('tbody'));
			for (i = 0; i < list.length; i++) {
				s = list[i];
				tr = el('tr');
				td = el('td');
				a = el('a', null, '#' + s.id);
				a.href = '/submissions/' + encodeURIComponent(s.id);
				td.appendChild(a);
				tr.appendChild(td);
				td = el('td');
				td.appendChild(verdictEl(s.status === 'done' ?
				    s.verdict : null, s.status));
				tr.appendChild(td);
				tr.appendChild(el('td', null, s.language || ''));
				tr.appendChild(el('td', null, num(s.time_ms) ?
				    s.time_ms + ' ms' : ''));
				tr.appendChild(el('td', null, num(s.memory_kb) ?
				    (s.memory_kb / 1024).toFixed(1) + ' MB' :
				    ''));
				tr.appendChild(el('td', null,
				    (s.created_at || '').replace('T', ' ')
				    .replace('Z', '')));
				tb.appendChild(tr);
			}
			mine.appendChild(table);
		}, function () {
			while (mine.firstChild)
				mine.removeChild(mine.firstChild);
			mine.appendChild(el('p', 'error-box',
			    'The server cannot be reached.'));
		});
	}

	function showPane(name) {
		var bs = tabs.querySelectorAll('.tab'), i, on;

		for (i = 0; i < bs.length; i++) {
			on = bs[i].getAttribute('data-pane') === name;
			bs[i].setAttribute('aria-selected', on ? 'true' : 'false');
			document.getElementById('pane-' +
			    bs[i].getAttribute('data-pane')).hidden = !on;
		}
		if (name === 'submissions')
			loadMine();
	}

	if (tabs) {
		tabs.hidden = false;
		tabs.addEventListener('click', function (e) {
			var b = e.target.closest('.tab');

			if (b)
				showPane(b.getAttribute('data-pane'));
		});
	}
})();
