/*
 * problems.test.mjs: the problem list and the problem page in Chromium.
 *
 * Debian's /usr/bin/chromium driven by npm playwright-core, under
 * node --test (tests/browser/run.sh starts the stack and sets
 * VERDICT_URL / VERDICT_VAR).  Besides the fixture problem (aplusb, whose
 * statement has math) a few synthetic problems are inserted for the
 * filters.  Screenshots are kept in $ARTIFACTS (build/test-artifacts/
 * browser by default).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const URL = process.env.VERDICT_URL || 'http://127.0.0.1:18480';
const VAR = process.env.VERDICT_VAR || '';
const ARTIFACTS = process.env.ARTIFACTS || 'build/test-artifacts/browser';

let browser;
const problems = [];	/* console errors and page errors, per test */

function sql(query) {
	return execFileSync('mariadb', [`--defaults-file=${VAR}/my.cnf`,
	    '-uroot', '-N', '-B', 'verdict', '-e', query]).toString().trim();
}

async function newPage(options = {}) {
	const ctx = await browser.newContext({
	    viewport: { width: 1400, height: 900 }, ...options });
	const page = await ctx.newPage();

	page.on('console', (m) => {
		if (m.type() === 'error' && !/favicon/.test(m.location().url))
			problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message} ` +
	    `${(e.stack || '').split('\n').slice(1, 6).join(' | ')}`));
	return { ctx, page };
}

function noProblems(what) {
	const seen = problems.splice(0);

	assert.deepEqual(seen, [], `${what}: no console errors (CSP included)`);
}

async function waitFor(fn, ms = 5000) {
	const end = Date.now() + ms;

	while (Date.now() < end) {
		if (await fn())
			return true;
		await new Promise((r) => setTimeout(r, 100));
	}
	return false;
}

before(async () => {
	mkdirSync(ARTIFACTS, { recursive: true });
	sql(`
INSERT INTO problems (slug, title, difficulty, kind)
  SELECT CONCAT('zb-', seq), CONCAT('Browser Problem ', seq),
         ELT(1 + seq % 3, 'easy', 'medium', 'hard'), 'stdio'
  FROM seq_1_to_6;
INSERT INTO problem_versions (problem_id, content_hash, statement_md,
    statement_html, time_limit_ms, memory_kb, output_kb)
  SELECT id, SHA2(slug, 256), '', CONCAT('<p>Statement of ', title, '.</p>'),
         1000, 262144, 8192 FROM problems WHERE slug LIKE 'zb-%';
UPDATE problems p JOIN problem_versions v ON v.problem_id = p.id
  SET p.current_version_id = v.id WHERE p.slug LIKE 'zb-%';
INSERT INTO problem_tags (problem_id, tag)
  SELECT id, IF(CAST(SUBSTRING(slug, 4) AS UNSIGNED) % 2 = 0,
         'browser-even', 'browser-odd')
  FROM problems WHERE slug LIKE 'zb-%';`);
	/* The workers' catalogue snapshot is at most 2 s old. */
	const ok = await waitFor(async () => {
		const r = await fetch(`${URL}/api/problems?q=browser+problem`);
		const j = await r.json();
		return j.total === 6;
	});
	assert.ok(ok, 'the synthetic problems are listed');
	browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
	    args: ['--headless', '--no-sandbox',
	    '--disable-background-networking'] });
});

after(async () => {
	if (browser)
		await browser.close();
	sql(`DELETE t FROM problem_tags t JOIN problems p ON p.id = t.problem_id
  WHERE p.slug LIKE 'zb-%';
UPDATE problems SET current_version_id = NULL WHERE slug LIKE 'zb-%';
DELETE v FROM problem_versions v JOIN problems p ON p.id = v.problem_id
  WHERE p.slug LIKE 'zb-%';
DELETE FROM problems WHERE slug LIKE 'zb-%';`);
});

test('the problem list renders and filters', async () => {
	const { ctx, page } = await newPage();

	await page.goto(`${URL}/problems`);
	const titles = await page.locator('table.problems td.title a')
	    .allTextContents();
	assert.ok(titles.includes('A plus B'), 'aplusb is listed');
	assert.ok(titles.filter((t) => t.startsWith('Browser Problem'))
	    .length === 6, 'the six synthetic problems are listed');
	await page.screenshot({ path: `${ARTIFACTS}/problem-list.png`,
	    fullPage: true });

	await page.selectOption('select[name=tag]', 'browser-even');
	await Promise.all([page.waitForNavigation(),
	    page.click('form.filters button[type=submit]')]);
	assert.match(page.url(), /tag=browser-even/, 'the filter is in the URL');
	let shown = await page.locator('table.problems td.title a')
	    .allTextContents();
	assert.equal(shown.length, 3, 'three problems carry browser-even');
	assert.ok(shown.every((t) => t.startsWith('Browser Problem')));

	await page.fill('input[name=q]', 'problem 4');
	await page.selectOption('select[name=difficulty]', 'medium');
	await Promise.all([page.waitForNavigation(),
	    page.click('form.filters button[type=submit]')]);
	shown = await page.locator('table.problems td.title a')
	    .allTextContents();
	assert.deepEqual(shown, ['Browser Problem 4'],
	    'tag + difficulty + title search together');
	assert.equal(await page.inputValue('select[name=tag]'),
	    'browser-even', 'the form keeps the tag');

	await page.click('a.clear');
	assert.ok((await page.locator('table.problems tbody tr').count()) >= 7,
	    'clear filters shows everything again');
	noProblems('list');
	await ctx.close();
});

test('the problem page: statement, math, editor, stubs', async () => {
	const { ctx, page } = await newPage();

	await page.goto(`${URL}/problems`);
	await Promise.all([page.waitForNavigation(),
	    page.click('a[href="/problems/aplusb"]')]);
	assert.equal(await page.textContent('.statement h1'), 'A plus B');
	assert.ok(await page.isVisible('.problem-text'), 'statement shown');
	assert.match(await page.textContent('.limits'), /Time limit: .* s/);
	assert.equal(await page.locator('.samples .sample').count(), 2,
	    'two samples');

	/* KaTeX typeset every math span (math.js). */
	assert.ok(await waitFor(async () => await page.getAttribute('html',
	    'data-math') === 'done'), 'math.js finished');
	const spans = await page.locator('span.math').count();
	assert.ok(spans > 0, 'the statement has math');
	assert.equal(await page.locator('span.math.math-done .katex').count(),
	    spans, 'every math span is KaTeX output');

	/* Monaco, from /static/vendor/monaco, under the strict CSP. */
	await page.waitForSelector('#workspace[data-editor=monaco]',
	    { timeout: 20000 });
	assert.ok(await page.isVisible('.monaco-editor .view-lines'),
	    'the Monaco editor is visible');
	assert.ok(await page.isHidden('#source'),
	    'the plain textarea is hidden behind it');
	const tops = await page.$$eval('.monaco-editor .view-line',
	    (ls) => ls.map((l) => parseFloat(l.style.top)).sort((a, b) => a - b));
	assert.ok(tops.length > 3 && tops[1] > tops[0],
	    'editor lines are laid out (styles applied through CSSOM)');
	const colored = await page.$$eval('.monaco-editor .view-line span span',
	    (ss) => new Set(ss.map((s) => getComputedStyle(s).color)).size);
	assert.ok(colored > 1, 'syntax highlighting colours tokens');

	/* Each language shows its own stub. */
	const langs = await page.$$eval('#language option',
	    (os) => os.map((o) => [o.value, o.getAttribute('data-stub')]));
	assert.equal(langs.length, 5, 'five languages');
	for (const [lang, stub] of langs) {
		await page.selectOption('#language', lang);
		const value = await page.evaluate(() =>
		    window.monaco.editor.getModels()[0].getValue());
		assert.equal(value, stub, `the ${lang} stub`);
		const mode = await page.evaluate(() =>
		    window.monaco.editor.getModels()[0].getLanguageId());
		assert.notEqual(mode, 'plaintext', `${lang} is highlighted`);
	}
	assert.ok(await page.isVisible('a#login'), 'anonymous: Log in link');
	assert.match(await page.getAttribute('a#login', 'href'),
	    /^\/login\?next=\/problems\/aplusb$/);
	await page.selectOption('#language', 'cpp');
	await page.screenshot({ path: `${ARTIFACTS}/problem-page.png` });
	noProblems('problem page');
	await ctx.close();
});

test('a draft survives a reload, per language', async () => {
	const { ctx, page } = await newPage();
	const mark = `draft ${Date.now()}`;

	await page.goto(`${URL}/problems/aplusb`);
	await page.waitForSelector('#workspace[data-editor=monaco]',
	    { timeout: 20000 });
	await page.selectOption('#language', 'python3');
	await page.click('.monaco-editor .view-lines');
	await page.keyboard.press('Control+End');
	await page.keyboard.type(`# ${mark}`);
	assert.ok(await waitFor(async () => (await page.evaluate((k) =>
	    window.localStorage.getItem(k), 'verdict:draft:aplusb:python3') ||
	    '').includes(mark)), 'the draft is saved');

	await page.reload();
	await page.waitForSelector('#workspace[data-editor=monaco]',
	    { timeout: 20000 });
	assert.equal(await page.inputValue('#language'), 'python3',
	    'the language is remembered');
	let value = await page.evaluate(() =>
	    window.monaco.editor.getModels()[0].getValue());
	assert.ok(value.includes(mark), 'the draft is back after a reload');

	await page.selectOption('#language', 'cpp');
	value = await page.evaluate(() =>
	    window.monaco.editor.getModels()[0].getValue());
	assert.ok(!value.includes(mark), 'another language: its own code');
	await page.selectOption('#language', 'python3');
	value = await page.evaluate(() =>
	    window.monaco.editor.getModels()[0].getValue());
	assert.ok(value.includes(mark), 'back to Python: the draft again');
	noProblems('drafts');
	await ctx.close();
});

test('without JavaScript: a plain form that works', async () => {
	const { ctx, page } = await newPage({ javaScriptEnabled: false });

	await page.goto(`${URL}/problems/aplusb?lang=python3`);
	assert.ok(await page.isVisible('textarea#source'), 'a textarea');
	assert.match(await page.inputValue('textarea#source'), /sys\.stdin/,
	    'holding the Python template (?lang=python3)');
	assert.equal(await page.getAttribute('form#coding', 'action'),
	    '/submissions');
	assert.equal(await page.getAttribute('form#coding', 'method'), 'post');
	assert.ok(await page.isVisible('select#language'), 'language select');
	assert.equal(await page.locator('.monaco-editor').count(), 0,
	    'no editor without JavaScript');
	assert.ok(await page.isHidden('#tabs'), 'no tabs without JavaScript');
	assert.ok(await page.isVisible('.problem-text'), 'the statement');
	assert.ok(await page.isVisible('a#login'), 'Log in to submit');
	await page.screenshot({ path: `${ARTIFACTS}/problem-page-nojs.png` });

	await page.goto(`${URL}/problems`);
	await page.selectOption('select[name=difficulty]', 'hard');
	await Promise.all([page.waitForNavigation(),
	    page.click('form.filters button[type=submit]')]);
	const diffs = await page.locator('table.problems tbody td span')
	    .allTextContents();
	assert.ok(diffs.length > 0 && diffs.every((d) => d === 'Hard'),
	    'the filter form works without JavaScript');
	noProblems('no-JS');
	await ctx.close();
});

test('signed in: Run and Submit answer in place', async () => {
	const { ctx, page } = await newPage();
	const name = `br${Date.now() % 1000000000}`;
	const pw = 'correct horse battery';
	const ac = 'a, b = map(int, input().split())\nprint(a + b)\n';

	const r = await page.request.post(`${URL}/api/users`,
	    { data: { username: name, password: pw } });
	assert.equal(r.status(), 201, 'registered');
	await page.goto(`${URL}/login?next=/problems/aplusb`);
	await page.fill('#username', name);
	await page.fill('#password', pw);
	await Promise.all([page.waitForNavigation(),
	    page.click('form button[type=submit]')]);
	assert.match(page.url(), /\/problems\/aplusb$/, 'back on the problem');
	await page.waitForSelector('#workspace[data-editor=monaco]',
	    { timeout: 20000 });
	assert.ok(await page.isVisible('#run'), 'a Run button');
	assert.ok(await page.isVisible('#submit'), 'a Submit button');

	await page.selectOption('#language', 'python3');
	await page.evaluate((src) =>
	    window.monaco.editor.getModels()[0].setValue(src), ac);
	const done = '#result .head .verdict:not(.verdict-pending)';

	await page.click('#run');
	await page.waitForSelector(done, { timeout: 90000 });
	assert.equal(await page.textContent('#result .head .verdict'),
	    'Accepted', 'Run on the examples: Accepted');
	assert.equal(await page.locator('#result .test').count(), 2,
	    'both examples shown');

	await page.click('#custom summary');
	await page.fill('#custom-input', '40 2\n');
	await page.click('#run');
	await page.waitForSelector(done, { timeout: 90000 });
	assert.match(await page.textContent('#result .test'), /42/,
	    'Run on custom input shows the output');

	await page.click('#submit');
	await page.waitForSelector(done, { timeout: 90000 });
	assert.equal(await page.textContent('#result .head .verdict'),
	    'Accepted', 'Submit: Accepted');
	assert.match(await page.textContent('#result .head .facts'),
	    /(\d+) \/ \1 tests passed/, 'every test passed');
	await page.screenshot({ path: `${ARTIFACTS}/problem-page-accepted.png` });

	await page.click('.tab[data-pane=submissions]');
	await page.waitForSelector('#my-submissions table', { timeout: 10000 });
	assert.equal(await page.locator('#my-submissions tbody tr').count(), 1,
	    'the Submissions tab lists it');
	assert.match(await page.textContent('#my-submissions tbody tr'),
	    /Accepted/);
	noProblems('signed in');
	await ctx.close();
});

test('without JavaScript: sign in, submit, the page refreshes to Accepted',
    async () => {
	const { ctx, page } = await newPage({ javaScriptEnabled: false });
	const name = `nj${Date.now() % 1000000000}`;
	const pw = 'correct horse battery';
	const ac = 'a, b = map(int, input().split())\nprint(a + b)\n';

	const r = await page.request.post(`${URL}/api/users`,
	    { data: { username: name, password: pw } });
	assert.equal(r.status(), 201, 'registered');
	await page.goto(`${URL}/login?next=/problems/aplusb%3Flang%3Dpython3`);
	await page.fill('#username', name);
	await page.fill('#password', pw);
	await Promise.all([page.waitForNavigation(),
	    page.click('form button[type=submit]')]);
	await page.goto(`${URL}/problems/aplusb?lang=python3`);
	assert.ok(await page.isVisible('textarea#source'), 'the textarea form');
	assert.equal(await page.inputValue('select#language'), 'python3');
	await page.fill('textarea#source', ac);
	await Promise.all([page.waitForNavigation(),
	    page.click('form#coding button#submit')]);
	assert.match(page.url(), /\/submissions\/\d+$/,
	    'the form lands on the submission page');
	/* No script runs: only the page's own meta refresh reloads it. */
	const judged = await waitFor(async () => {
		try {
			const t = await page.textContent('main');
			return /Accepted/.test(t || '');
		} catch (e) {
			return false;	/* caught mid-reload */
		}
	}, 90000);
	assert.ok(judged, 'the self-refreshing page reaches Accepted');
	assert.equal(await page.locator('meta[http-equiv=refresh]').count(), 0,
	    'a judged submission stops refreshing');
	assert.match(await page.textContent('main'), /a, b = map/,
	    'the author sees the source');
	await page.screenshot({ path: `${ARTIFACTS}/submission-nojs.png` });
	noProblems('no-JS submit');
	await ctx.close();
});
