/*
 * contests.test.mjs: a contest page and a live leaderboard in Chromium.
 *
 * Two participants of a running contest: one keeps the leaderboard open,
 * the other gets an AC, and the open board shows it within one refresh
 * (5 s, plus the server's 1 s page cache) without a reload; the viewer's
 * own row stays highlighted.  The contest page's countdown ticks.  No
 * console errors anywhere (the strict CSP included).  Run by
 * tests/browser/run.sh, which starts the stack and sets VERDICT_URL and
 * VERDICT_VAR.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';

const URL = process.env.VERDICT_URL || 'http://127.0.0.1:18480';
const VAR = process.env.VERDICT_VAR || '';
const ARTIFACTS = process.env.ARTIFACTS || 'build/test-artifacts/browser';
const PW = 'correct horse battery';
const AC_PY = 'a, b = map(int, input().split())\nprint(a + b)\n';
const WA_PY = 'print(0)\n';

let browser;
const problems = [];
const slug = 'br-' + randomBytes(3).toString('hex');
const users = {};

async function api(method, path, token, body) {
	const headers = { 'Content-Type': 'application/json' };

	if (token)
		headers.Authorization = `Bearer ${token}`;
	const r = await fetch(`${URL}${path}`, { method, headers,
	    body: body === undefined ? undefined : JSON.stringify(body) });
	let j = null;
	try {
		j = await r.json();
	} catch (e) {
		j = null;
	}
	return { status: r.status, json: j };
}

async function account(prefix) {
	const name = prefix + randomBytes(3).toString('hex');

	await api('POST', '/api/users', null, { username: name, password: PW });
	const r = await api('POST', '/api/session', null,
	    { username: name, password: PW });
	return { name, token: r.json && r.json.token };
}

async function waitFor(fn, ms) {
	const end = Date.now() + ms;

	while (Date.now() < end) {
		if (await fn())
			return true;
		await new Promise((r) => setTimeout(r, 200));
	}
	return false;
}

/* judged: submit to the contest and wait for the verdict. */
async function judged(user, problem, source) {
	for (let attempt = 0; attempt < 3; attempt++) {
		const r = await api('POST', '/api/submissions', user.token,
		    { problem, language: 'python3', source, contest: slug });
		assert.equal(r.status, 202, `${user.name} submits ${problem}`);
		let verdict = null;
		await waitFor(async () => {
			const s = await api('GET',
			    `/api/submissions/${r.json.id}`, user.token);
			verdict = s.json && s.json.status === 'done' ?
			    s.json.verdict : null;
			return verdict !== null;
		}, 90000);
		/* A Python CE is the judge's compile step timing out. */
		if (verdict !== 'CE')
			return verdict;
	}
	return 'CE';
}

async function newPage(user) {
	const ctx = await browser.newContext({
	    viewport: { width: 1300, height: 900 } });
	if (user)
		await ctx.addCookies([{ name: 'verdict_session',
		    value: user.token, url: URL }]);
	const page = await ctx.newPage();
	page.on('console', (m) => {
		if (m.type() === 'error' && !/favicon/.test(m.location().url))
			problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	return { ctx, page };
}

function noProblems(what) {
	assert.deepEqual(problems.splice(0), [], `${what}: no console errors`);
}

before(async () => {
	mkdirSync(ARTIFACTS, { recursive: true });
	const pw = readFileSync(`${VAR}/admin-password`, 'utf8').trim();
	const admin = (await api('POST', '/api/session', null,
	    { username: 'admin', password: pw })).json.token;
	const starts = new Date(Date.now() - 60000).toISOString()
	    .replace(/\.\d+Z$/, 'Z');
	const r = await api('POST', '/api/contests', admin, { slug,
	    title: 'Browser contest', starts_at: starts,
	    problems: ['ct-alpha', 'ct-beta'] });
	assert.equal(r.status, 201, 'the contest is created');
	users.a = await account('bra');
	users.b = await account('brb');
	for (const u of [users.a, users.b]) {
		const reg = await api('POST', `/api/contests/${slug}/register`,
		    u.token);
		assert.equal(reg.status, 200, `${u.name} registers`);
	}
	browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
	    args: ['--headless', '--no-sandbox',
	    '--disable-background-networking'] });
});

after(async () => {
	if (browser)
		await browser.close();
});

test('the contest page: countdown ticking, problems listed', async () => {
	const { ctx, page } = await newPage(users.a);

	await page.goto(`${URL}/contests/${slug}`);
	const first = await page.textContent('#countdown');
	assert.match(first, /^Ends in \d\d:\d\d:\d\d$/, 'a countdown');
	assert.ok(await waitFor(async () =>
	    (await page.textContent('#countdown')) !== first, 3000),
	    'the countdown ticks');
	const labels = await page.locator('table.contest-problems td.label')
	    .allTextContents();
	assert.deepEqual(labels, ['A', 'B'], 'problems A and B are listed');
	await page.screenshot({ path: `${ARTIFACTS}/contest.png`,
	    fullPage: true });
	noProblems('contest page');
	await ctx.close();
});

test('an open leaderboard shows another user\'s AC within one refresh',
    async () => {
	assert.equal(await judged(users.b, 'ct-alpha', WA_PY), 'WA',
	    'b has a wrong try');
	const { ctx, page } = await newPage(users.b);

	await page.goto(`${URL}/contests/${slug}/leaderboard`);
	assert.ok(await waitFor(async () => (await page.locator(
	    'table.board tr.me td.user').allTextContents()).includes(
	    users.b.name), 3000), 'b\'s own row is highlighted');
	await page.evaluate(() => { window.stillHere = true; });
	assert.equal(await judged(users.a, 'ct-alpha', AC_PY), 'AC',
	    'a gets AC');
	const t0 = Date.now();
	const row = page.locator('table.board tbody tr', {
	    hasText: users.a.name });
	const shown = await waitFor(async () => await row.count() === 1 &&
	    (await row.locator('td.cell.ac').count()) === 1, 8000);
	assert.ok(shown, 'a\'s AC shows on b\'s open board');
	assert.ok(Date.now() - t0 < 8000, 'within one refresh');
	assert.equal(await page.evaluate(() => window.stillHere === true),
	    true, 'without a page reload');
	assert.equal(await row.locator('td').first().textContent(), '1',
	    'a ranks first');
	assert.ok((await page.locator('table.board tr.me td.user')
	    .allTextContents()).includes(users.b.name),
	    'b\'s row is still highlighted after the refresh');
	await page.screenshot({ path: `${ARTIFACTS}/leaderboard.png`,
	    fullPage: true });
	noProblems('leaderboard');
	await ctx.close();
});
