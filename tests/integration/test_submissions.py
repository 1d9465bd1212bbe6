"""test_submissions.py: submitting, polling, verdicts, pages, limits, rejudge.

Against the fixture problem aplusb (2 samples, 3 hidden tests).  Every
verdict the judge gives is reached through HTTP, every bad input of the
submit endpoints is refused with nothing stored, the poll hides what it
must, and rejudging keeps the problem's counters true.
"""
import os
import re
import secrets
import subprocess

from lib import Client, ok, eq, done, csrf_from, wait_until, VAR

PW = "correct horse battery"
AC_C = r"""#include <stdio.h>
int main(void) {
	long long a, b;
	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\n", a + b);	/* the sum */
	return 0;
}
"""
WA_C = r"""#include <stdio.h>
int main(void) { int a, b; scanf("%d %d", &a, &b); printf("%d\n", a + b); }
"""
TLE_C = "int main(void) { volatile unsigned long n = 0; for (;;) n++; }\n"
RE_C = "#include <stdlib.h>\nint main(void) { abort(); }\n"
CE_C = "int main(void) { return undeclared_thing; }\n"
AC_PY = "a, b = map(int, input().split())\nprint(a + b)\n"
CE_PY = "def broken(:\n"


def uniq(prefix):
    return prefix + secrets.token_hex(4)


def err_code(r):
    return ((r.json() or {}).get("error") or {}).get("code")


def sql(query):
    p = subprocess.run(["mariadb", "--defaults-file=%s/my.cnf" % VAR, "-uroot",
                        "-N", "-B", "verdict", "-e", query],
                       capture_output=True, text=True)
    return p.stdout.strip() if p.returncode == 0 else None


def api_user():
    """A new account and a client holding its bearer token."""
    c = Client()
    c.name = uniq("sub")
    c.post("/api/users", json_body={"username": c.name, "password": PW})
    r = c.post("/api/session", json_body={"username": c.name, "password": PW})
    c.token = (r.json() or {}).get("token")
    return c


def cookie_user():
    """A new account signed in through the forms (cookie session)."""
    c = Client()
    c.name = uniq("web")
    tok = csrf_from(c.get("/register").text)
    c.post("/register", form={"csrf": tok, "username": c.name,
                              "password": PW, "password2": PW})
    c.csrf = (c.get("/api/me").json() or {}).get("csrf")
    return c


def submit(c, source, language="c", problem="aplusb", **extra):
    body = {"problem": problem, "language": language, "source": source}
    body.update(extra)
    return c.post("/api/submissions", json_body=body)


def poll(c, sid):
    return c.get("/api/submissions/%d" % sid).json() or {}


def wait_done(c, sid, timeout=90):
    return wait_until(lambda: (lambda j: j if j.get("status") == "done"
                               else None)(poll(c, sid)), timeout=timeout)


admin = Client()
try:
    admin_pw = open(os.path.join(VAR, "admin-password")).read().strip()
except OSError:
    admin_pw = ""
admin.token = (admin.post("/api/session", json_body={
    "username": "admin", "password": admin_pw}).json() or {}).get("token")
ok(admin.token is not None, "set-up: the admin has a bearer token")

A = api_user()
B = api_user()
ok(A.token and B.token, "set-up: two users with bearer tokens")

# --- every bad input of POST /api/submissions, nothing stored ------------------
bad = [
    ({"language": "c", "source": AC_C}, 400, "missing_field", "no problem"),
    ({"problem": 7, "language": "c", "source": AC_C}, 400, "invalid_field",
     "a numeric problem"),
    ({"problem": "aplusb", "source": AC_C}, 400, "missing_field",
     "no language"),
    ({"problem": "aplusb", "language": ["c"], "source": AC_C}, 400,
     "invalid_field", "a list as the language"),
    ({"problem": "aplusb", "language": "c"}, 400, "missing_field",
     "no source"),
    ({"problem": "aplusb", "language": "c", "source": 12}, 400,
     "invalid_field", "a numeric source"),
    ({"problem": "aplusb", "language": "c", "source": None}, 400,
     "missing_field", "a null source"),
    ({"problem": "no-such-problem", "language": "c", "source": AC_C}, 404,
     "no_such_problem", "an unknown problem"),
    ({"problem": "../aplusb", "language": "c", "source": AC_C}, 404,
     "no_such_problem", "a problem name with dots and slashes"),
    ({"problem": "aplusb", "language": "cobol", "source": AC_C}, 400,
     "unknown_language", "an unknown language"),
    ({"problem": "aplusb", "language": "C", "source": AC_C}, 400,
     "unknown_language", "a language in the wrong case"),
    ({"problem": "aplusb", "language": "c", "source": ""}, 400,
     "empty_source", "an empty source"),
    ({"problem": "aplusb", "language": "c", "source": " \n\t\n"}, 400,
     "empty_source", "a blank source"),
    ({"problem": "aplusb", "language": "c", "source": "int main;\u0000"}, 400,
     "invalid_source", "a source with a NUL"),
    ({"problem": "aplusb", "language": "c",
      "source": "/*" + "x" * (64 * 1024 - 3) + "*/"}, 413,
     "source_too_large", "a source of 64 KiB + 1 byte"),
    ({"problem": "aplusb", "language": "c", "source": AC_C,
      "contest": "no-such-contest"}, 404, "no_such_contest",
     "an unknown contest"),
]
for body, status, code, what in bad:
    r = A.post("/api/submissions", json_body=body)
    eq((r.status, err_code(r)), (status, code), "submit %s: %d %s" % (
        what, status, code))
    ok(isinstance(((r.json() or {}).get("error") or {}).get("message"), str),
       "submit %s: the error has a message" % what)
r = A.post("/api/submissions", body='{"problem": "aplusb",', headers={
    "Content-Type": "application/json"})
eq(r.status, 400, "submit broken JSON: 400")
r = A.post("/api/submissions", body='["aplusb"]', headers={
    "Content-Type": "application/json"})
eq(r.status, 400, "submit a JSON array: 400")
r = A.post("/api/submissions", body=AC_C, headers={
    "Content-Type": "text/plain"})
eq(r.status, 415, "submit as text/plain: 415")
r = Client().post("/api/submissions", json_body={
    "problem": "aplusb", "language": "c", "source": AC_C})
eq(r.status, 401, "submit anonymously: 401")
r = A.get("/api/submissions?user=me")
eq(len((r.json() or {}).get("submissions", [1])), 0,
   "no refused submission was stored")

# A known language whose judges are all gone is refused as unavailable.
if sql("INSERT INTO judges (name, languages, last_seen) VALUES "
       "('it-gone', 'c,cobol', NOW(3) - INTERVAL 1 HOUR)") is not None:
    r = submit(A, AC_C, language="cobol")
    eq((r.status, err_code(r)), (400, "language_unavailable"),
       "submit in a language no judge online offers: 400")
    sql("DELETE FROM judges WHERE name = 'it-gone'")
else:
    ok(False, "set-up: could not add a stale judge row")

# Exactly 64 KiB is accepted (the other side of the boundary).
big = AC_C + "/*" + "y" * (64 * 1024 - len(AC_C) - 5) + "*/\n"
eq(len(big.encode()), 64 * 1024, "set-up: a source of exactly 64 KiB")
r = submit(B, big)
eq(r.status, 202, "submit a source of exactly 64 KiB: 202")
big_id = (r.json() or {}).get("id")

# --- one submission per verdict -------------------------------------------------
cases = [("AC", AC_C, "c"), ("WA", WA_C, "c"), ("TLE", TLE_C, "c"),
         ("RE", RE_C, "c"), ("CE", CE_C, "c")]
ids = {}
for want, src, lang in cases:
    r = submit(A, src, language=lang)
    eq(r.status, 202, "submit the %s solution: 202" % want)
    j = r.json() or {}
    eq(j.get("status"), "queued", "the answer says queued (%s)" % want)
    ok(isinstance(j.get("id"), int), "the answer has an id (%s)" % want)
    ok((r.header("Location") or "").endswith("/api/submissions/%s" %
                                            j.get("id")),
       "Location names the poll URL (%s)" % want)
    ids[want] = j.get("id")
first = poll(A, ids["AC"])
ok(first.get("status") in ("queued", "judging", "done"),
   "the first poll has a status", first)
ok(first.get("source") == AC_C, "the author's poll carries the source")

results = {}
for want, _, _ in cases:
    j = wait_done(A, ids[want])
    results[want] = j or {}
    eq((j or {}).get("verdict"), want, "the %s solution ends %s" % (want, want))

ac = results["AC"]
eq((ac.get("passed"), ac.get("total")), (5, 5), "AC: 5 of 5 tests passed")
ok(isinstance(ac.get("time_ms"), int) and isinstance(ac.get("memory_kb"), int),
   "AC: time and memory reported")
tests = ac.get("tests") or []
eq(len(tests), 5, "AC: five test results")
samples = [t for t in tests if t.get("sample")]
hidden = [t for t in tests if not t.get("sample")]
eq(len(samples), 2, "AC: two of them are samples")
eq([(t.get("input"), t.get("expected"), t.get("output")) for t in samples],
   [("1 2\n", "3\n", "3\n"), ("-5 5\n", "0\n", "0\n")],
   "sample tests show input, expected and actual output")
ok(all(set(t) <= {"index", "sample", "verdict", "time_ms", "memory_kb"}
       for t in hidden), "hidden tests show verdict, time and memory only",
   hidden)
ok("judge_message" not in ac, "no judge message for the author")

wa = results["WA"]
eq(wa.get("passed"), 2, "WA: the samples pass, a hidden test fails")
failing = [t for t in wa.get("tests") or [] if t.get("verdict") == "WA"]
ok(len(failing) == 1 and not failing[0].get("sample"),
   "WA: the failing test is hidden", wa.get("tests"))
ok("3000000000000" not in str(wa), "WA: no hidden answer leaks to the author")
ok("judge_message" not in wa, "WA: no judge message for the author")
ok(results["CE"].get("compile_output", "").find("undeclared_thing") >= 0,
   "CE: the compiler's message is shown", results["CE"].get("compile_output"))
eq(results["CE"].get("passed"), 0, "CE: nothing passed")
eq(results["TLE"].get("tests", [{}])[0].get("verdict"), "TLE",
   "TLE: the first test ran out of time")
ok(all(t.get("verdict") == "NR" for t in results["TLE"].get("tests")[1:]),
   "TLE: the tests after the failure are not run")

j = wait_done(B, big_id)
eq((j or {}).get("verdict"), "AC", "the 64 KiB source is judged AC")

# --- who may see what ---------------------------------------------------------
r = B.get("/api/submissions/%d" % ids["AC"])
eq(r.status, 403, "another user's submission: 403 in the API")
ok(AC_C not in r.text, "the 403 carries no source")
r = B.get("/submissions/%d" % ids["AC"])
eq(r.status, 403, "another user's submission: 403 on the page")
ok("undeclared_thing" not in r.text and "%lld" not in r.text,
   "the 403 page shows no source")
r = Client().get("/api/submissions/%d" % ids["AC"])
eq(r.status, 401, "anonymous poll: 401")
r = Client().get("/submissions/%d" % ids["AC"])
eq(r.status, 303, "anonymous page: sent to sign in")
ok((r.header("Location") or "").startswith("/login?next=/submissions/"),
   "the sign-in keeps where to come back", r.header("Location"))
eq(A.get("/api/submissions/999999999").status, 404, "an unknown id: 404")
eq(A.get("/api/submissions/abc").status, 404, "a non-numeric id: 404")
eq(A.get("/api/submissions/0").status, 404, "id 0: 404")
r = admin.get("/api/submissions/%d" % ids["WA"])
eq(r.status, 200, "an admin sees any submission")
aj = r.json() or {}
eq(aj.get("source"), WA_C, "the admin sees the source")
ok("3000000000000" in (aj.get("judge_message") or ""),
   "the admin sees the judge message", aj.get("judge_message"))

# --- ETag / If-None-Match -------------------------------------------------------
r = A.get("/api/submissions/%d" % ids["AC"])
etag = r.header("ETag")
ok(etag is not None and etag.startswith('"'), "the poll has an ETag", etag)
ok("no-cache" in (r.header("Cache-Control") or ""),
   "the poll may be revalidated (no-cache)", r.header("Cache-Control"))
r = A.get("/api/submissions/%d" % ids["AC"], headers={"If-None-Match": etag})
eq(r.status, 304, "If-None-Match with the current ETag: 304")
eq(r.body, b"", "the 304 has no body")
r = A.get("/api/submissions/%d" % ids["AC"], headers={
    "If-None-Match": '"x", W/' + etag})
eq(r.status, 304, "a list with the weak form of the ETag: 304")
r = A.get("/api/submissions/%d" % ids["AC"], headers={
    "If-None-Match": '"stale"'})
eq(r.status, 200, "a stale ETag gets the full answer")
r = admin.get("/api/submissions/%d" % ids["AC"], headers={
    "If-None-Match": etag})
eq(r.status, 200, "the admin's view has its own ETag")

# --- queue position, the per-user pending limit, the pending page --------------
D = api_user()
r = submit(D, TLE_C)
tle = (r.json() or {}).get("id")
judging = wait_until(lambda: poll(D, tle).get("status") == "judging",
                     timeout=60, interval=0.02)
ok(judging, "the slow submission is being judged")
queued = [(submit(D, AC_C).json() or {}).get("id") for _ in range(4)]
ok(all(isinstance(q, int) for q in queued), "four more are accepted")
r = submit(D, AC_C)
eq(r.status, 429, "a sixth submission while five are pending: 429")
eq(err_code(r), "too_many_pending", "error code too_many_pending")
ok((r.header("Retry-After") or "").isdigit(), "the 429 has Retry-After")
q = poll(D, queued[-1])
eq(q.get("status"), "queued", "the last one is queued")
ok(isinstance(q.get("position"), int) and q.get("position") >= 4,
   "the poll gives the queue position", q)
eq((q.get("reason_code"), q.get("reason")), ("waiting", "waiting for a judge"),
   "the poll says why it waits")
r = D.get("/submissions/%d" % queued[-1])
eq(r.status, 200, "the pending submission's page: 200")
ok('<noscript><meta http-equiv="refresh"' in r.text,
   "without JavaScript the pending page refreshes itself")
ok('data-status="queued"' in r.text and "/static/js/submission.js" in r.text,
   "the pending page carries its state for the script")
ok("position" in r.text, "the pending page shows the queue position")
eq(len((D.get("/api/submissions?user=me").json() or {}).get("submissions",
                                                            [])),
   5, "the refused sixth submission was not stored")
for sid in [tle] + queued:
    wait_done(D, sid)
r = D.get("/submissions/%d" % queued[-1])
ok("<noscript><meta" not in r.text and "Accepted" in r.text,
   "a judged page stops refreshing and shows the verdict")

# --- cookie sessions: CSRF on JSON, the pages, the no-JavaScript form ----------
C = cookie_user()
ok(C.csrf is not None, "set-up: a cookie session with its CSRF token")
r = submit(C, AC_PY, language="python3")
eq(r.status, 403, "cookie JSON post without X-CSRF-Token: 403")
eq(err_code(r), "csrf", "error code csrf")
r = C.post("/api/submissions", json_body={
    "problem": "aplusb", "language": "python3", "source": AC_PY},
    headers={"X-CSRF-Token": C.csrf})
eq(r.status, 202, "cookie JSON post with X-CSRF-Token: 202")
py_id = (r.json() or {}).get("id")
eq((wait_done(C, py_id) or {}).get("verdict"), "AC",
   "the Python solution ends AC")

r = C.get("/submissions/new?problem=aplusb")
eq(r.status, 200, "the no-JavaScript submit form: 200")
tok = csrf_from(r.text)
ok(tok == C.csrf, "the form carries the session's CSRF token")
ok('value="aplusb"' in r.text and 'value="c"' in r.text,
   "the form is filled in and offers the judges' languages")
form = {"problem": "aplusb", "language": "c", "source": AC_C}
r = C.post("/submissions", form=form)
eq(r.status, 403, "the submit form without csrf: 403")
r = C.post("/submissions", form=dict(form, csrf=tok, language="cobol"))
eq(r.status, 400, "the submit form with an unknown language: 400")
ok('class="error-box"' in r.text and "Unknown language" in r.text,
   "the form page says what is wrong")
ok("%lld %lld" in r.text, "the form page keeps the source")
r = C.post("/submissions", body="csrf=%s&problem=aplusb&language=c&"
           "source=int%%20main%%FF" % tok, headers={
               "Content-Type": "application/x-www-form-urlencoded"})
eq(r.status, 400, "the submit form with invalid UTF-8: 400")
r = C.post("/submissions", form=dict(form, csrf=tok, problem="nope"))
eq(r.status, 404, "the submit form for an unknown problem: 404")
r = C.post("/submissions", form=dict(form, csrf=tok))
eq(r.status, 303, "the submit form: 303")
loc = r.header("Location") or ""
m = re.fullmatch(r"/submissions/(\d+)", loc)
ok(m is not None, "it lands on the submission's page", loc)
form_id = int(m.group(1)) if m else 0
j = wait_done(C, form_id)
eq((j or {}).get("verdict"), "AC", "the form's submission ends AC")
r = C.get(loc)
eq(r.status, 200, "the author's submission page: 200")
ok('<span class="hl-k">int</span>' in r.text,
   "the source is highlighted on the server")
ok("&lt;stdio.h&gt;" in r.text, "the source is escaped")
ok("Accepted" in r.text and "sample" in r.text, "the page shows the tests")
ok("Rejudge" not in r.text, "no Rejudge button for a user")
ok(C.csrf in r.text and 'name="csrf-token"' in r.text,
   "the page exposes the CSRF token in the meta tag")

# --- lists: filters, keyset pages, "my submissions" -----------------------------
r = A.get("/api/submissions?problem=aplusb&user=me")
mine = (r.json() or {}).get("submissions") or []
eq(sorted(s.get("id") for s in mine), sorted(ids.values()),
   "my submissions for the problem: exactly mine")
ok(all(s.get("user") == A.name and s.get("problem") == "aplusb"
       for s in mine), "each row names the user and the problem")
eq(Client().get("/api/submissions?user=me").status, 401,
   "user=me anonymously: 401")
r = A.get("/api/submissions?user=%s&limit=2" % A.name)
p1 = r.json() or {}
eq(len(p1.get("submissions") or []), 2, "limit=2 gives two rows")
ok(isinstance(p1.get("before"), int), "and a cursor for older rows")
r = A.get("/api/submissions?user=%s&limit=2&before=%d" % (A.name,
                                                           p1.get("before")))
p2 = r.json() or {}
ids1 = [s["id"] for s in p1.get("submissions") or []]
ids2 = [s["id"] for s in p2.get("submissions") or []]
ok(len(ids2) == 2 and max(ids2) < min(ids1), "the next page is older",
   (ids1, ids2))
eq(p2.get("after"), ids2[0] if ids2 else None, "and points back to newer")
r = A.get("/api/submissions?user=%s&verdict=AC" % A.name)
eq([s.get("verdict") for s in (r.json() or {}).get("submissions", [])],
   ["AC"], "verdict filter")
r = A.get("/api/submissions?language=python3&problem=aplusb&limit=100")
ok(all(s.get("language") == "python3"
       for s in (r.json() or {}).get("submissions", [])) and
   py_id in [s["id"] for s in (r.json() or {}).get("submissions", [])],
   "language filter")
eq(A.get("/api/submissions?verdict=XYZ").status, 400, "a bad verdict: 400")
eq(A.get("/api/submissions?limit=0").status, 400, "limit=0: 400")
eq(A.get("/api/submissions?limit=101").status, 400, "limit=101: 400")
eq(A.get("/api/submissions?before=x").status, 400, "a bad cursor: 400")
r = A.get("/api/submissions?user=nobody-at-all")
eq((r.status, (r.json() or {}).get("submissions")), (200, []),
   "an unknown user has no submissions")
r = Client().get("/submissions?user=%s" % A.name)
eq(r.status, 200, "the public list page: 200")
ok(A.name in r.text and "Wrong answer" in r.text,
   "the list shows users and verdicts")
ok(('href="/submissions/%d"' % ids["AC"]) not in r.text,
   "anonymous viewers get no links to sources")
r = A.get("/submissions?user=%s" % A.name)
ok(('href="/submissions/%d"' % ids["AC"]) in r.text,
   "the author gets links to their submissions")
r = Client().get("/submissions?user=%s&verdict=AC&language=c" % A.name)
ok(r.status == 200 and "Time limit" not in r.text.split("<tbody>")[-1],
   "the list page filters")
eq(Client().get("/submissions?verdict=bogus").status, 400,
   "the list page refuses a bad filter")

# --- the per-minute limit --------------------------------------------------------
E = api_user()
accepted = []
limited = None
for i in range(80):
    r = submit(E, CE_PY, language="python3")
    if r.status == 202:
        accepted.append((r.json() or {}).get("id"))
    elif err_code(r) == "too_many_pending" and accepted:
        for x in accepted[-5:]:
            wait_done(E, x)
    else:
        limited = r
        break
eq(len(accepted), 30, "thirty submissions are accepted within a minute")
ok(limited is not None and limited.status == 429 and
   err_code(limited) == "rate_limited", "the next one: 429 rate_limited",
   limited.text if limited else None)
ra = (limited.header("Retry-After") or "") if limited else ""
ok(ra.isdigit() and 1 <= int(ra) <= 61, "Retry-After within the minute", ra)
eq(wait_done(E, accepted[-1]).get("verdict"), "CE",
   "a Python syntax error is CE")

# --- Redis is only a hint ---------------------------------------------------------
F = api_user()
p = subprocess.run(["redis-cli", "-s", os.path.join(VAR, "run", "redis.sock"),
                    "CLIENT", "PAUSE", "2500", "WRITE"],
                   capture_output=True, text=True)
ok(p.returncode == 0 and "OK" in p.stdout, "set-up: Redis stops taking writes",
   p.stdout + p.stderr)
r = submit(F, AC_C)
eq(r.status, 202, "a submission while Redis does not answer: 202")
j = wait_done(F, (r.json() or {}).get("id") or 0)
eq((j or {}).get("verdict"), "AC", "and it is judged all the same")

# --- rejudge ---------------------------------------------------------------------
COUNTERS = ("SELECT p.submission_count, p.accepted_count FROM problems p "
            "WHERE p.slug = 'aplusb'")
TRUTH = ("SELECT COUNT(s.verdict), COALESCE(SUM(s.verdict = 'AC'), 0) FROM "
         "submissions s JOIN problems p ON p.id = s.problem_id WHERE "
         "p.slug = 'aplusb'")
counts = sql(COUNTERS)
ok(counts is not None, "set-up: the problem's counters", counts)
eq(counts, sql(TRUTH), "the counters match the verdicts before rejudging")
sid = ids["AC"]
r = A.post("/api/submissions/%d/rejudge" % sid)
eq(r.status, 403, "rejudge by a user: 403")
r = Client().post("/api/submissions/%d/rejudge" % sid)
eq(r.status, 401, "rejudge anonymously: 401")
admin_web = Client()
tok = csrf_from(admin_web.get("/login").text)
admin_web.post("/login", form={"csrf": tok, "username": "admin",
                         "password": admin_pw})
r = admin_web.post("/api/submissions/%d/rejudge" % sid)
eq(r.status, 403, "rejudge by an admin's cookie without X-CSRF-Token: 403")
r = admin_web.get("/submissions/%d" % sid)
ok("Rejudge" in r.text, "the admin's page has a Rejudge button")
before = poll(A, sid).get("judged_at")
r = admin.post("/api/submissions/%d/rejudge" % sid)
eq(r.status, 202, "rejudge by the admin: 202")
eq((r.json() or {}).get("status"), "queued", "the rejudge answer: queued")
eq(admin.post("/api/submissions/999999999/rejudge").status, 404,
   "rejudge an unknown submission: 404")
j = wait_until(lambda: (lambda x: x if x.get("status") == "done" and
                        x.get("judged_at") != before else None)(poll(A, sid)),
               timeout=90)
eq((j or {}).get("verdict"), "AC", "the rejudged submission is AC again")
r = admin_web.get("/submissions/%d" % sid)
tok = csrf_from(r.text)
before = poll(A, sid).get("judged_at")
r = admin_web.post("/submissions/%d/rejudge" % sid, form={"csrf": tok})
eq(r.status, 303, "the Rejudge button: 303 back to the page")
j = wait_until(lambda: (lambda x: x if x.get("status") == "done" and
                        x.get("judged_at") != before else None)(poll(A, sid)),
               timeout=90)
ok(j is not None, "the button's rejudge is judged")
eq(sql(COUNTERS), counts,
   "rejudging one submission leaves the counters as they were")

r = A.post("/api/problems/aplusb/rejudge")
eq(r.status, 403, "rejudge a problem as a user: 403")
eq(admin.post("/api/problems/no-such-problem/rejudge").status, 404,
   "rejudge an unknown problem: 404")
total = sql("SELECT COUNT(*) FROM submissions s JOIN problems p ON "
            "p.id = s.problem_id WHERE p.slug = 'aplusb'")
r = admin.post("/api/problems/aplusb/rejudge")
eq(r.status, 202, "rejudge every submission of a problem: 202")
eq(str((r.json() or {}).get("queued")), total, "the answer counts them")
settled = wait_until(lambda: sql(
    "SELECT COUNT(*) FROM submissions s JOIN problems p ON p.id = "
    "s.problem_id WHERE p.slug = 'aplusb' AND s.status <> 'done'") == "0",
    timeout=240, interval=0.5)
ok(settled, "every submission of the problem is judged again")
# Verdicts may change on a rejudge (that is its point); counts stay true.
eq(sql(COUNTERS), sql(TRUTH),
   "after rejudging the problem the counters match the verdicts")
eq(sql(COUNTERS).split("\t")[0], counts.split("\t")[0] if counts else None,
   "rejudging adds no submissions to the count")
eq(poll(A, ids["WA"]).get("verdict"), "WA", "verdicts are stable")
done()
