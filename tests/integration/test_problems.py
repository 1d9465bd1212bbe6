"""test_problems.py: the problem list, the problem page and the catalogue API.

The fixture problem (aplusb) is imported by run.sh; for pagination and the
filters 120 synthetic problems are inserted here straight into MariaDB
(slugs zz-synth-NNN) and removed at the end.  The web workers see changes
through their catalogue snapshot, which is at most CAT_TTL_MS (2 s) old, so
every check after a change waits for it.
"""
import html.parser
import json
import re
import subprocess
import time
import urllib.parse

from lib import Client, ok, eq, done, csrf_from, wait_until, VAR

PW = "correct horse battery"
N = 120
FRESH = 4.0     # seconds: the snapshot TTL (2 s) plus a margin


def sql(query):
    p = subprocess.run(["mariadb", "--defaults-file=%s/my.cnf" % VAR, "-uroot",
                        "-N", "-B", "verdict", "-e", query],
                       capture_output=True, text=True)
    if p.returncode != 0:
        print("# sql failed: " + p.stderr.strip().replace("\n", " "))
    return p.stdout.strip()


def err_code(r):
    return ((r.json() or {}).get("error") or {}).get("code")


def api(c, path):
    r = c.get(path)
    return r, (r.json() or {})


def slugs(j):
    return [p.get("slug") for p in j.get("problems", [])]


class Balance(html.parser.HTMLParser):
    """Tag balance and the CSP rules: no inline script, style or handler."""
    VOID = {"meta", "link", "input", "br", "img", "hr", "source", "area",
            "base", "col", "embed", "param", "track", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        names = [a for a, _ in attrs]
        if tag == "script" and "src" not in names:
            self.errors.append("inline <script>")
        if tag == "style":
            self.errors.append("<style> element")
        if "style" in names:
            self.errors.append("style attribute on <%s>" % tag)
        for a in names:
            if a.startswith("on"):
                self.errors.append("%s= handler on <%s>" % (a, tag))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append("unexpected </%s> (open: %s)" %
                               (tag, "/".join(self.stack[-3:])))
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()


def well_formed(text, what):
    b = Balance()
    b.feed(text)
    b.close()
    errs = b.errors + (["unclosed: " + "/".join(b.stack)] if b.stack else [])
    ok(not errs, what + ": balanced tags, no inline script/style/handlers",
       "\n".join(errs[:10]))


def rows(text):
    return re.findall(r'<td class="title"><a href="/problems/([^"]+)">', text)


c = Client()

# --- the fixture problem --------------------------------------------------
r = c.get("/problems")
eq(r.status, 200, "GET /problems: 200")
ok("text/html" in (r.header("Content-Type") or ""), "/problems is HTML")
ok('href="/problems/aplusb"' in r.text, "the list links to aplusb")
ok("A plus B" in r.text or "aplusb" in r.text, "the list shows aplusb")
well_formed(r.text, "/problems")

r, j = api(c, "/api/problems")
eq(r.status, 200, "GET /api/problems: 200")
ok("application/json" in (r.header("Content-Type") or ""), "JSON")
item = next((p for p in j.get("problems", []) if p.get("slug") == "aplusb"),
            {})
ok(set(["slug", "title", "difficulty", "tags", "acceptance"]) <= set(item),
   "list items carry slug, title, difficulty, tags, acceptance", item)
ok(isinstance(item.get("tags"), list), "tags is a list")
ok(item.get("difficulty") in ("easy", "medium", "hard"), "difficulty")
ok("next_cursor" in j and j["next_cursor"] is None,
   "one page only: next_cursor null", j.get("next_cursor"))

r, d = api(c, "/api/problems/aplusb")
eq(r.status, 200, "GET /api/problems/aplusb: 200")
eq(d.get("slug"), "aplusb", "detail slug")
eq(d.get("kind"), "stdio", "aplusb is a stdio problem")
ok(isinstance(d.get("statement_html"), str) and "<" in d["statement_html"],
   "statement HTML")
lim = d.get("limits") or {}
ok(lim.get("time_ms", 0) > 0 and lim.get("memory_kb", 0) > 0,
   "limits: time_ms and memory_kb", lim)
samples = d.get("samples") or []
eq(len(samples), 2, "aplusb has 2 samples")
ok(all(isinstance(s.get("input"), str) and isinstance(s.get("expected"), str)
       for s in samples), "samples carry input and expected")
langs = [x.get("id") for x in d.get("languages") or []]
eq(sorted(langs), sorted(["c", "cpp", "python3", "java", "javascript"]),
   "all five languages offered")
stubs = d.get("stubs") or {}
ok(all(isinstance(stubs.get(x), str) and stubs[x] for x in langs),
   "a stub for every language")
ok("stdin" in stubs.get("python3", "") or "input" in stubs.get("python3", ""),
   "the Python stub of a stdio problem reads stdin", stubs.get("python3"))
ok("public class Main" in stubs.get("java", ""), "the Java stub is Main")

r = c.get("/problems/aplusb")
eq(r.status, 200, "GET /problems/aplusb: 200")
t = r.text
well_formed(t, "/problems/aplusb")
ok('class="problem-text"' in t and d["statement_html"][:40] in t,
   "the page carries the statement")
ok("Time limit:" in t and "Memory limit:" in t, "the page shows the limits")
ok(t.count('class="sample-in"') == 2, "the page shows both samples")
opts = re.findall(r'<option value="([a-z0-9]+)" data-monaco="[^"]+" '
                  r'data-stub="', t)
eq(sorted(opts), sorted(langs), "a language option with a stub for each")
ok(re.search(r'<form class="coding" id="coding" method="post" '
             r'action="/submissions">', t) is not None,
   "the no-JS form posts to /submissions")
ok('<textarea id="source" name="source"' in t, "a plain textarea for source")
ok('name="problem" value="aplusb"' in t, "the form names the problem")
ok("Log in to submit" in t and 'href="/login?next=/problems/aplusb"' in t,
   "anonymous: Log in to submit, back to the problem")
ok('id="submit"' not in t, "anonymous: no Submit button")
for js in ("csp-styles.js", "math.js", "problem.js"):
    ok('<script src="/static/js/%s" defer></script>' % js in t,
       "the page loads %s" % js)
    eq(c.get("/static/js/" + js).status, 200, "nginx serves " + js)
eq(c.get("/static/js/monaco-worker.js").status, 200,
   "nginx serves monaco-worker.js")
csp = r.header("Content-Security-Policy") or ""
ok("default-src 'self'" in csp and "unsafe-inline" not in csp,
   "the problem page keeps the strict CSP", csp)

r = c.get("/problems/aplusb?lang=python3")
m = re.search(r'<textarea id="source"[^>]*>([^<]*)</textarea>', r.text)
ok(m is not None and "sys.stdin" in m.group(1),
   "?lang=python3: the form starts with the Python template")
ok('<option value="python3" data-monaco="python" data-stub="' in r.text and
   re.search(r'value="python3"[^>]* selected>', r.text) is not None,
   "?lang=python3 is selected")
r = c.get("/problems/aplusb?lang=cobol")
eq(r.status, 200, "?lang= unknown: the default language, no error")
eq(c.request("HEAD", "/problems").status, 200, "HEAD /problems: 200")

# --- errors ---------------------------------------------------------------
for path, status, code in [
        ("/api/problems/no-such-problem", 404, "no_problem"),
        ("/api/problems/Bad_Slug", 404, "no_problem"),
        ("/api/problems/" + "a" * 65, 404, "no_problem"),
        ("/api/problems?difficulty=extreme", 400, "bad_difficulty"),
        ("/api/problems?difficulty=Easy", 400, "bad_difficulty"),
        ("/api/problems?limit=0", 400, "bad_limit"),
        ("/api/problems?limit=101", 400, "bad_limit"),
        ("/api/problems?limit=ten", 400, "bad_limit"),
        ("/api/problems?limit=-5", 400, "bad_limit"),
        ("/api/problems?limit=05", 400, "bad_limit"),
        ("/api/problems?cursor=abc", 400, "bad_cursor"),
        ("/api/problems?cursor=0", 400, "bad_cursor"),
        ("/api/problems?cursor=-3", 400, "bad_cursor"),
        ("/api/problems?tag=" + "t" * 41, 400, "bad_tag"),
        ("/api/problems?tag=%01x", 400, "bad_tag"),
        ("/api/problems?q=" + "q" * 101, 400, "bad_search"),
        ("/api/problems?q=%ff%fe", 400, "bad_search"),
        ("/api/problems?q=%zz", 400, None)]:
    r = c.get(path)
    eq(r.status, status, "GET %s: %d" % (path[:60], status))
    e = (r.json() or {}).get("error") or {}
    ok(isinstance(e.get("code"), str) and isinstance(e.get("message"), str),
       "  ... with the JSON error shape", r.text[:200])
    if code:
        eq(e.get("code"), code, "  ... code %s" % code)
r = c.get("/api/problems?limit=100")
eq(r.status, 200, "limit=100 (the maximum): 200")
r = c.get("/api/problems?limit=1")
eq(r.status, 200, "limit=1 (the minimum): 200")
r = c.get("/api/problems?tag=" + "t" * 40)
eq((r.status, slugs(r.json() or {})), (200, []),
   "a 40-byte unknown tag: 200, nothing")
r = c.get("/problems/no-such-problem")
eq(r.status, 404, "GET /problems/no-such-problem: 404")
ok("text/html" in (r.header("Content-Type") or ""), "  ... as a page")
r = c.get("/problems?difficulty=extreme")
eq(r.status, 400, "GET /problems?difficulty=extreme: 400 page")
r = c.get("/problems?after=xyz")
eq(r.status, 400, "GET /problems?after=xyz: 400 page")
r = c.post("/api/problems", json_body={})
eq(r.status, 405, "POST /api/problems: 405")

# --- 120 synthetic problems ----------------------------------------------
sql("""
INSERT INTO problems (slug, title, difficulty, kind)
  SELECT CONCAT('zz-synth-', LPAD(seq, 3, '0')),
         CONCAT('Synthetic ', IF(seq % 10 = 7, 'Graph Walk ', 'Task '), seq),
         ELT(1 + seq % 3, 'easy', 'medium', 'hard'), 'stdio'
  FROM seq_1_to_%d;
INSERT INTO problem_versions (problem_id, content_hash, statement_md,
    statement_html, time_limit_ms, memory_kb, output_kb)
  SELECT id, SHA2(slug, 256), '', CONCAT('<p>Statement of ', slug, '</p>'),
         1500, 131072, 8192 FROM problems WHERE slug LIKE 'zz-synth-%%';
UPDATE problems p JOIN problem_versions v ON v.problem_id = p.id
  SET p.current_version_id = v.id WHERE p.slug LIKE 'zz-synth-%%';
INSERT INTO problem_tags (problem_id, tag)
  SELECT id, 'synth-all' FROM problems WHERE slug LIKE 'zz-synth-%%';
INSERT INTO problem_tags (problem_id, tag)
  SELECT id, 'synth fifty' FROM problems WHERE slug LIKE 'zz-synth-%%'
    AND CAST(SUBSTRING(slug, 10) AS UNSIGNED) <= 50;
INSERT INTO problem_tags (problem_id, tag)
  SELECT id, 'synth-odd' FROM problems WHERE slug LIKE 'zz-synth-%%'
    AND CAST(SUBSTRING(slug, 10) AS UNSIGNED) %% 2 = 1;
""".replace("%d", str(N)).replace("%%", "%"))
ids = sql("SELECT COUNT(*) FROM problems WHERE slug LIKE 'zz-synth-%'")
eq(ids, str(N), "inserted %d synthetic problems" % N)
got = wait_until(lambda: (api(c, "/api/problems?tag=synth-all&limit=1")[1]
                          .get("total") == N), timeout=FRESH)
ok(got, "the snapshot shows them within %.0f s" % FRESH)

# Keyset walk through the API: every problem once, in order.
seen, cur, pages = [], None, 0
while pages < 10:
    path = "/api/problems?tag=synth-all&limit=50"
    if cur:
        path += "&cursor=" + urllib.parse.quote(cur)
    r, j = api(c, path)
    if r.status != 200:
        break
    seen += slugs(j)
    pages += 1
    cur = j.get("next_cursor")
    if cur is None:
        break
    ok(isinstance(cur, str), "next_cursor is a string")
want = ["zz-synth-%03d" % i for i in range(1, N + 1)]
eq(seen, want, "API keyset walk: all %d, in order, none twice" % N)
eq(pages, 3, "50 + 50 + 20: three pages")
r, j = api(c, "/api/problems?tag=synth-all&limit=50")
eq(j.get("total"), N, "total counts every match")
last = sql("SELECT MAX(id) FROM problems WHERE slug LIKE 'zz-synth-%'")
r, j = api(c, "/api/problems?tag=synth-all&cursor=" + last)
eq((slugs(j), j.get("next_cursor")), ([], None),
   "a cursor at the last problem: empty page, next_cursor null")
r, j = api(c, "/api/problems?tag=synth-all&limit=1")
eq((len(slugs(j)), j.get("next_cursor") is not None), (1, True),
   "limit=1: one problem and a cursor")

# Exactly a page of matches: no next page; one fewer per page: two pages.
r, j = api(c, "/api/problems?tag=synth+fifty&limit=50")
eq((len(slugs(j)), j.get("next_cursor")), (50, None),
   "tag with a space ('+'): exactly 50 on a 50 page, no next_cursor")
r, j = api(c, "/api/problems?tag=synth%20fifty&limit=49")
ok(len(slugs(j)) == 49 and j.get("next_cursor"),
   "tag with a space ('%20'), limit 49: a next page")
r, j = api(c, "/api/problems?tag=synth%20fifty&limit=49&cursor=" +
           (j.get("next_cursor") or ""))
eq((slugs(j), j.get("next_cursor")), (["zz-synth-050"], None),
   "  ... holding the 50th alone")

# Filters, alone and together.
r, j = api(c, "/api/problems?tag=synth-all&difficulty=hard&limit=100")
eq(j.get("total"), len([i for i in range(1, N + 1) if i % 3 == 2]),
   "difficulty=hard")
ok(all(p["difficulty"] == "hard" for p in j.get("problems", [])),
   "  ... only hard ones")
r, j = api(c, "/api/problems?tag=synth-odd&limit=100")
eq(j.get("total"), N // 2, "tag=synth-odd: half")
r, j = api(c, "/api/problems?q=graph+walk&limit=100")
eq(sorted(slugs(j)), ["zz-synth-%03d" % i for i in range(1, N + 1)
                      if i % 10 == 7], "q: title search")
r, j = api(c, "/api/problems?q=GRAPH%20WALK")
eq(j.get("total"), N // 10, "q is case-insensitive")
r, j = api(c, "/api/problems?q=graph+walk&tag=synth-odd&difficulty=easy")
eq(sorted(slugs(j)), ["zz-synth-%03d" % i for i in range(1, N + 1)
                      if i % 10 == 7 and i % 3 == 0],
   "q + tag + difficulty together")
r, j = api(c, "/api/problems?q=nothing+like+this")
eq((r.status, slugs(j), j.get("total")), (200, [], 0),
   "q without a match: 200, empty")
r, j = api(c, "/api/problems?tag=no-such-tag")
eq((r.status, slugs(j)), (200, []), "an unknown tag: 200, empty")
r, j = api(c, "/api/problems?difficulty=&tag=&q=&cursor=")
eq(r.status, 200, "empty parameters mean no filter")

# The HTML list: 50 rows, keyset links both ways, filters kept.
r = c.get("/problems?tag=synth-all")
p1 = rows(r.text)
eq(p1, want[:50], "/problems?tag=synth-all: the first 50 rows")
ok("1\u201350 of %d" % N in r.text, "'1-50 of %d'" % N)
ok('rel="prev"' not in r.text, "first page: no Previous link")
m = re.search(r'rel="next" href="([^"]+)"', r.text)
ok(m is not None, "first page: a Next link")
nxt = (m.group(1) if m else "").replace("&amp;", "&")
ok("tag=synth-all" in nxt and "after=" in nxt, "Next keeps the filter",
   nxt)
well_formed(r.text, "/problems?tag=synth-all")
r = c.get(nxt)
eq(rows(r.text), want[50:100], "Next: rows 51-100")
ok("51\u2013100 of %d" % N in r.text, "'51-100 of %d'" % N)
m = re.search(r'rel="prev" href="([^"]+)"', r.text)
prv = (m.group(1) if m else "").replace("&amp;", "&")
ok("before=" in prv, "page 2: a Previous link with before=", prv)
r = c.get(prv)
eq(rows(r.text), want[:50], "Previous: back to rows 1-50")
m = re.search(r'rel="next" href="([^"]+)"', c.get(nxt).text)
r = c.get((m.group(1) if m else "").replace("&amp;", "&"))
eq(rows(r.text), want[100:], "last page: rows 101-120")
ok('rel="next"' not in r.text, "last page: no Next link")
r = c.get("/problems?tag=synth-all&after=" + last)
eq(r.status, 200, "past the end: 200")
ok("no more problems" in r.text, "  ... says there are no more")
r = c.get("/problems")
ok(len(rows(r.text)) == 50, "unfiltered list: 50 per page")
ok(re.search(r'<option value="synth fifty" selected>',
             c.get("/problems?tag=synth+fifty").text) is not None,
   "the tag selector keeps the chosen tag")
ok("synth fifty (50)" in r.text, "the tag selector counts problems")
r = c.get("/problems?q=graph+walk&difficulty=medium")
ok(rows(r.text) and all(s in want for s in rows(r.text)),
   "HTML filters: q and difficulty")
ok(re.search(r'<option value="medium" selected>', r.text) is not None and
   'value="graph walk"' in r.text, "the filter form keeps its values")
r = c.get("/problems?q=nothing+like+this")
ok("No problem matches" in r.text, "no match: a clear message")

# Escaping, acceptance, hidden problems, staleness bound.
sql("UPDATE problems SET title = '<script>alert(1)</script> & \"q\"', "
    "submission_count = 8, accepted_count = 2 "
    "WHERE slug = 'zz-synth-001'")
sql("UPDATE problems SET visible = 0 WHERE slug = 'zz-synth-002'")
t0 = time.time()
got = wait_until(lambda: api(c, "/api/problems/zz-synth-001")[1]
                 .get("acceptance") == 25.0, timeout=FRESH)
ok(got, "a change shows within %.0f s (%.1f s)" % (FRESH, time.time() - t0))
r, j = api(c, "/api/problems/zz-synth-001")
eq(j.get("title"), '<script>alert(1)</script> & "q"',
   "API returns the title as data")
eq((j.get("submissions"), j.get("accepted")), (8, 2), "counters")
r = c.get("/problems?tag=synth-all")
ok("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;" in r.text and
   "<script>alert" not in r.text, "list: the title is escaped")
ok(re.search(r'title="2 of 8 accepted">25\.0%', r.text) is not None,
   "list: acceptance 25.0%")
r = c.get("/problems/zz-synth-001")
ok("<script>alert" not in r.text and "&lt;script&gt;" in r.text,
   "page: the title is escaped")
well_formed(r.text, "a page with a hostile title")
eq(c.get("/problems/zz-synth-002").status, 404, "a hidden problem: 404")
eq(c.get("/api/problems/zz-synth-002").status, 404, "  ... 404 in the API")
ok("zz-synth-002" not in c.get("/problems?tag=synth-all").text,
   "  ... and not listed")
r, j = api(c, "/api/problems/zz-synth-003")
eq((j.get("acceptance"), j.get("limits", {}).get("time_ms")), (None, 1500),
   "no submissions: acceptance null; limits from the version")

# Counters alone are updated in place; tags are part of the fingerprint.
sql("UPDATE problems SET submission_count = 4, accepted_count = 3 "
    "WHERE slug = 'zz-synth-006'")


def acceptance_of(slug):
    j = api(c, "/api/problems?tag=synth-all&limit=10")[1]
    return next((p.get("acceptance") for p in j.get("problems", [])
                 if p.get("slug") == slug), None)


got = wait_until(lambda: acceptance_of("zz-synth-006") == 75.0,
                 timeout=FRESH)
ok(got, "new counters alone show within %.0f s (list API)" % FRESH)
ok(re.search(r'title="3 of 4 accepted">75\.0%',
             c.get("/problems?tag=synth-all").text) is not None,
   "  ... and in the HTML list")
sql("INSERT INTO problem_tags (problem_id, tag) SELECT id, 'synth-late' "
    "FROM problems WHERE slug = 'zz-synth-007'")
got = wait_until(lambda: slugs(api(c, "/api/problems?tag=synth-late")[1])
                 == ["zz-synth-007"], timeout=FRESH)
ok(got, "a new tag shows within %.0f s" % FRESH)

# A function problem: only the languages with a stub, the stub itself.
sql("UPDATE problems SET kind = 'function' WHERE slug = 'zz-synth-004'; "
    "UPDATE problem_versions v JOIN problems p ON p.current_version_id = "
    "v.id SET v.stubs = '{\"python3\": \"class Solution:\\\\n    def "
    "solve(self, a):\\\\n        pass\\\\n\", \"cpp\": \"int solve();\\\\n\"}'"
    " WHERE p.slug = 'zz-synth-004'")
got = wait_until(lambda: api(c, "/api/problems/zz-synth-004")[1]
                 .get("kind") == "function", timeout=FRESH)
r, j = api(c, "/api/problems/zz-synth-004")
eq(sorted(x["id"] for x in j.get("languages", [])), ["cpp", "python3"],
   "function problem: only languages with a stub")
eq(j.get("stubs", {}).get("python3"),
   "class Solution:\n    def solve(self, a):\n        pass\n",
   "function problem: the stored stub")
r = c.get("/problems/zz-synth-004")
m = re.search(r'<textarea id="source"[^>]*>([^<]*)</textarea>', r.text)
ok(m is not None and m.group(1) == "int solve();\n",
   "the form starts with the first offered stub (C++)")
ok("Function problem" in r.text, "the page says it is a function problem")

# --- signed in: Submit instead of the log-in link, solved marks -----------
name = "prob" + str(int(time.time() * 1000) % 10 ** 9)
u = Client()
eq(u.post("/api/users", json_body={"username": name, "password": PW}).status,
   201, "register a user")
tok = csrf_from(u.get("/login").text)
u.post("/login", form={"csrf": tok, "username": name, "password": PW})
r = u.get("/problems/zz-synth-005")
ok('id="submit"' in r.text and "Log in to submit" not in r.text,
   "signed in: a Submit button")
ok('name="csrf" value="' in r.text, "signed in: the form carries the CSRF")
ok('<meta name="csrf-token" content="' in r.text,
   "the layout exposes the CSRF token for the page's JavaScript")
ok('data-signed-in="1"' in r.text, "data-signed-in=1")
uid = sql("SELECT id FROM users WHERE username = '%s'" % name)
sql("INSERT INTO submissions (user_id, problem_id, version_id, language, "
    "source, status, verdict) SELECT %s, id, current_version_id, 'c', "
    "'x', 'done', 'AC' FROM problems WHERE slug = 'zz-synth-005'" % uid)
r = u.get("/problems?tag=synth-all")
m = re.search(r'<tr class="is-solved"><td class="st"><span class="solved" '
              r'title="Solved">\u2713</span></td><td class="title"><a '
              r'href="/problems/([^"]+)"', r.text)
eq(m.group(1) if m else None, "zz-synth-005", "the list marks solved (\u2713)")
eq(r.text.count('class="is-solved"'), 1, "  ... and only that one")
ok('class="is-solved"' not in c.get("/problems?tag=synth-all").text,
   "anonymous: no solved marks")
r, j = api(u, "/api/problems/zz-synth-005")
eq(j.get("solved"), True, "API detail: solved true for its solver")
ok("You solved this problem" in u.get("/problems/zz-synth-005").text,
   "the page shows it is solved")

# --- clean up ---------------------------------------------------------------
sql("DELETE FROM submissions WHERE problem_id IN (SELECT id FROM problems "
    "WHERE slug LIKE 'zz-synth-%'); "
    "DELETE t FROM problem_tags t JOIN problems p ON p.id = t.problem_id "
    "WHERE p.slug LIKE 'zz-synth-%'; "
    "UPDATE problems SET current_version_id = NULL WHERE slug LIKE "
    "'zz-synth-%'; "
    "DELETE v FROM problem_versions v JOIN problems p ON p.id = "
    "v.problem_id WHERE p.slug LIKE 'zz-synth-%'; "
    "DELETE FROM problems WHERE slug LIKE 'zz-synth-%'")
got = wait_until(lambda: api(c, "/api/problems?tag=synth-all")[1]
                 .get("total") == 0, timeout=FRESH)
ok(got, "removed problems leave the snapshot within %.0f s" % FRESH)
done()
