"""test_contests.py: contests, registration, submit rules and the leaderboard.

Against the real stack: an admin creates contests through the API and the
web form (every bad input of POST /api/contests refused), users register
and submit (contest jobs judged ahead of practice), and the leaderboard is
checked against hand-computed standings in both scoring modes (ties, ICPC
penalties with CE not counted, first to solve), with around=me, ETag 304,
the limit cap and bad parameters.  A contest in its frozen minutes shows
the public board at the freeze while each participant sees their own row;
once it ends its results are written, served, unchanged by a rejudge, and
recomputed after an admin reopens them.  Redis is flushed (rebuilt to the
same ranking) and stopped (the board answers from MariaDB), then restarted.
Problems of an upcoming contest answer 404 everywhere until the start.
"""
import datetime
import glob
import os
import re
import secrets
import signal
import subprocess
import time

from lib import Client, ok, eq, done, csrf_from, wait_until, VAR

PW = "correct horse battery"
AC_PY = "a, b = map(int, input().split())\nprint(a + b)\n"
WA_PY = "print(0)\n"
CE_C = "int main(void) { return undeclared_thing; }\n"
REDIS_SOCK = os.path.join(VAR, "run", "redis.sock")


def uniq(prefix):
    return prefix + secrets.token_hex(3)


def err_code(r):
    return ((r.json() or {}).get("error") or {}).get("code")


def sql(query):
    p = subprocess.run(["mariadb", "--defaults-file=%s/my.cnf" % VAR, "-uroot",
                        "-N", "-B", "verdict", "-e", query],
                       capture_output=True, text=True)
    return p.stdout.strip() if p.returncode == 0 else None


def redis(*args):
    p = subprocess.run(["redis-cli", "-s", REDIS_SOCK] + list(args),
                       capture_output=True, text=True)
    return p.stdout.strip()


# How long an anonymous board may lag: each worker builds a page at most
# once a second, and nginx micro-caches anonymous pages for a second (in
# whole seconds, so up to two).
CACHE_WAIT = 2.2


def iso(seconds):
    """UTC now + seconds as ISO 8601."""
    t = datetime.datetime.now(datetime.timezone.utc) + \
        datetime.timedelta(seconds=seconds)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def api_user(prefix="ct"):
    c = Client()
    c.name = uniq(prefix)
    c.post("/api/users", json_body={"username": c.name, "password": PW})
    r = c.post("/api/session", json_body={"username": c.name, "password": PW})
    c.token = (r.json() or {}).get("token")
    c.uid = sql("SELECT id FROM users WHERE username = '%s'" % c.name)
    return c


def create(c, **fields):
    return c.post("/api/contests", json_body=fields)


def submit(c, problem, source, language="python3", contest=None):
    body = {"problem": problem, "language": language, "source": source}
    if contest is not None:
        body["contest"] = contest
    r = c.post("/api/submissions", json_body=body)
    return r, (r.json() or {}).get("id")


def wait_done(c, sid, timeout=90):
    def f():
        j = c.get("/api/submissions/%d" % sid).json() or {}
        return j if j.get("status") == "done" else None
    return wait_until(f, timeout=timeout) or {}


def judged(c, problem, source, contest, language="python3"):
    """Submit and wait for the verdict; returns (status, verdict, id).

    Python sources here always compile: a CE for one is the judge's
    compile step timing out on a loaded machine, not what is tested, so
    it is retried (a CE is never a try, so the standings do not change).
    """
    for attempt in range(3):
        r, sid = submit(c, problem, source, language, contest)
        if r.status != 202:
            return r.status, None, None
        j = wait_done(c, sid)
        if j.get("verdict") != "CE" or language != "python3":
            break
        print("# %s: Python compile failed in the judge (%s), retrying"
              % (problem, (j.get("compile_output") or "")[:60]))
    return r.status, j.get("verdict"), sid


def board(c, slug, query=""):
    r = c.get("/api/contests/%s/leaderboard%s" % (slug, query))
    return r, (r.json() or {})


def by_user(j):
    return {row.get("user"): row for row in j.get("rows") or []}


def ranks(j):
    return {row.get("user"): row.get("rank") for row in j.get("rows") or []}


def cell(row, label):
    for c in (row or {}).get("problems") or []:
        if c.get("label") == label:
            return c
    return {}


# --- set-up -------------------------------------------------------------------
admin = Client()
try:
    admin_pw = open(os.path.join(VAR, "admin-password")).read().strip()
except OSError:
    admin_pw = ""
admin.token = (admin.post("/api/session", json_body={
    "username": "admin", "password": admin_pw}).json() or {}).get("token")
ok(admin.token is not None, "set-up: the admin has a bearer token")
u1, u2, u3, u4 = api_user(), api_user(), api_user(), api_user()
ok(all(u.token and u.uid for u in (u1, u2, u3, u4)),
   "set-up: four users with bearer tokens")
anon = Client()
# Warm the judge up (a first compile in a fresh judge can be slow) before
# the timed part below.
r, warm = submit(u3, "aplusb", AC_PY)
ok(r.status == 202 and wait_done(u3, warm).get("status") == "done",
   "set-up: the judge answers a practice submission")
judged(u4, "aplusb", AC_PY, None)

# --- a short contest, already in its frozen minutes (checked at its end) ---------
# Starts 120 s ago and lasts 3 minutes: it ends in 60 s (room for a slow
# judge); the last 2 minutes are frozen, so the board froze 60 s ago.
E = uniq("end")
r = create(admin, slug=E, title="Ending soon", starts_at=iso(-120),
           duration_minutes=3, freeze_minutes=2,
           problems=["ct-alpha", "ct-beta"])
eq(r.status, 201, "short frozen contest created")
e_end = time.time() + 60
for u in (u1, u2):
    u.post("/api/contests/%s/register" % E)
r, j = board(anon, E)
eq(j.get("frozen"), True, "short contest: the public board is frozen")
e_ac = judged(u1, "ct-alpha", AC_PY, E)
eq(e_ac[:2], (202, "AC"), "frozen minutes: u1 gets AC on A")
e_wa = judged(u2, "ct-alpha", WA_PY, E)
eq(e_wa[:2], (202, "WA"), "frozen minutes: u2 gets WA on A")
j = wait_until(lambda: (lambda j: j if len(j.get("rows") or []) == 2 else None)
               (board(anon, E)[1]), timeout=10) or {}
eq((by_user(j).get(u1.name) or {}).get("solved"), 0,
   "frozen: the public board shows u1 as at the freeze (0 solved)")
ok("me" not in j, "frozen: anonymous callers get no own row")
# Pages are cached up to a second per worker: wait for every worker's.
j = wait_until(lambda: (lambda j: j if u1.name in by_user(j) else None)
               (board(u1, E)[1]), timeout=5) or {}
eq((j.get("me") or {}).get("solved"), 1,
   "frozen: u1 sees their own row as it is (1 solved)")
eq((by_user(j).get(u1.name) or {}).get("solved"), 0,
   "  ... while the board itself stays frozen for u1")
eq((j.get("me") or {}).get("rank"), 1, "  ... ranked against the frozen board")
r, j = board(u1, E, "?around=me")
eq((by_user(j).get(u1.name) or {}).get("solved"), 1,
   "frozen: around=me shows the caller's true row in place")
j = wait_until(lambda: (lambda j: j if u1.name in by_user(j) else None)
               (board(u2, E)[1]), timeout=5) or {}
eq((by_user(j).get(u1.name) or {}).get("solved"), 0,
   "frozen: another participant sees u1 frozen")
j = wait_until(lambda: (lambda j: j if u1.name in by_user(j) else None)
               (board(admin, E)[1]), timeout=5) or {}
eq((j.get("frozen"), (by_user(j).get(u1.name) or {}).get("solved")),
   (False, 1), "frozen: admins see the full board")
t = u1.get("/contests/%s/leaderboard" % E).text
ok('class="notice frozen"' in t and 'class="me"' in t,
   "frozen: the page says so and highlights the caller's row")

# --- who may create contests ---------------------------------------------------------
good = {"slug": uniq("x"), "title": "T", "starts_at": iso(3600),
        "problems": ["ct-alpha"]}
eq(anon.post("/api/contests", json_body=good).status, 401,
   "POST /api/contests anonymous: 401")
r = u1.post("/api/contests", json_body=good)
eq((r.status, err_code(r)), (403, "forbidden"), "POST /api/contests as a user: 403")
eq(u1.request("PATCH", "/api/contests/%s" % E, json_body={"title": "x"}).status,
   403, "PATCH a contest as a user: 403")
eq(u1.post("/api/contests/%s/unfreeze" % E).status, 403,
   "unfreeze as a user: 403")
eq(u1.post("/api/contests/%s/reopen" % E).status, 403, "reopen as a user: 403")

# --- every bad input of POST /api/contests ---------------------------------------------


def variant(**kw):
    b = dict(good)
    b["slug"] = uniq("bad")
    for k, v in kw.items():
        if v is None:
            b.pop(k, None)
        else:
            b[k] = v
    return b


bad = [
    (variant(slug=None), "missing_field", "no slug"),
    (variant(title=None), "missing_field", "no title"),
    (variant(starts_at=None), "missing_field", "no starts_at"),
    (variant(problems=None), "missing_field", "no problems"),
    (variant(slug="Bad Slug"), "invalid_slug", "a slug with capitals and space"),
    (variant(slug="-lead"), "invalid_slug", "a slug starting with '-'"),
    (variant(slug="a" * 65), "invalid_slug", "a 65-character slug"),
    (variant(slug=12), "invalid_slug", "a numeric slug"),
    (variant(title=""), "invalid_title", "an empty title"),
    (variant(title="x" * 201), "invalid_title", "a 201-byte title"),
    (variant(title="two\nlines"), "invalid_title", "a title with a newline"),
    (variant(title=5), "invalid_title", "a numeric title"),
    (variant(description="d" * 10001), "invalid_description",
     "a 10001-byte description"),
    (variant(starts_at="tomorrow"), "invalid_starts_at", "starts_at: a word"),
    (variant(starts_at="2030-02-30T10:00:00Z"), "invalid_starts_at",
     "starts_at: 30 February"),
    (variant(starts_at="2030-13-01T00:00:00Z"), "invalid_starts_at",
     "starts_at: month 13"),
    (variant(starts_at="2030-01-01T24:00:00Z"), "invalid_starts_at",
     "starts_at: hour 24"),
    (variant(starts_at="2030-01-01T10:00:00Zjunk"), "invalid_starts_at",
     "starts_at: trailing junk"),
    (variant(starts_at=1900000000), "invalid_starts_at", "starts_at: a number"),
    (variant(duration_minutes=0), "invalid_duration", "duration 0"),
    (variant(duration_minutes=-5), "invalid_duration", "a negative duration"),
    (variant(duration_minutes=20161), "invalid_duration", "duration > 2 weeks"),
    (variant(duration_minutes="90"), "invalid_duration", "duration as a string"),
    (variant(duration_minutes=90.5), "invalid_duration", "a fractional duration"),
    (variant(duration_minutes=True), "invalid_duration", "duration true"),
    (variant(problems=[]), "invalid_problems", "no problems"),
    (variant(problems="ct-alpha"), "invalid_problems", "problems as a string"),
    (variant(problems=[1]), "invalid_problems", "problems: a number"),
    (variant(problems=["Not A Slug"]), "invalid_problems", "problems: a bad slug"),
    (variant(problems=["ct-alpha", "ct-alpha"]), "duplicate_problem",
     "a problem listed twice"),
    (variant(problems=["no-such-problem-x"]), "unknown_problem",
     "an unknown problem"),
    (variant(problems=["p%d" % i for i in range(27)]), "invalid_problems",
     "27 problems"),
    (variant(scoring="elo"), "invalid_scoring", "an unknown scoring"),
    (variant(scoring=1), "invalid_scoring", "a numeric scoring"),
    (variant(freeze_minutes=-1), "invalid_freeze", "a negative freeze"),
    (variant(freeze_minutes=90), "invalid_freeze", "freeze = duration"),
    (variant(freeze_minutes=30, duration_minutes=20), "invalid_freeze",
     "freeze longer than the contest"),
    (variant(freeze_minutes="x"), "invalid_freeze", "freeze as a string"),
    (variant(colour="blue"), "unknown_field", "an unknown field"),
]
for body, code, what in bad:
    r = admin.post("/api/contests", json_body=body)
    j = r.json() or {}
    ok(r.status == 400 and err_code(r) == code and
       isinstance((j.get("error") or {}).get("message"), str),
       "POST /api/contests, %s: 400 %s" % (what, code),
       "%d %s" % (r.status, r.text[:300]))
    slug = body.get("slug")
    if isinstance(slug, str) and re.match(r"^[a-z0-9][a-z0-9-]*$", slug):
        eq(admin.get("/api/contests/" + slug).status, 404,
           "  ... and nothing was created")
r = admin.post("/api/contests", body="[1, 2]",
               headers={"Content-Type": "application/json"})
eq(r.status, 400, "POST /api/contests with a JSON array: 400")
r = admin.post("/api/contests", body="slug=x",
               headers={"Content-Type": "application/x-www-form-urlencoded"})
eq(r.status, 415, "POST /api/contests as a form: 415")

# --- a running contest (default scoring) ---------------------------------------------
M = uniq("main")
r = create(admin, slug=M, title="Main <contest>", starts_at=iso(-120),
           problems=["ct-alpha", "ct-beta", "ct-gamma"])
eq(r.status, 201, "a running contest is created: 201")
eq(r.header("Location"), "/api/contests/" + M, "  ... with its Location")
j = r.json() or {}
eq((j.get("phase"), j.get("duration_minutes"), j.get("scoring"),
    j.get("freeze_minutes")), ("running", 90, "default", 0),
   "  ... running, 90 minutes, default scoring, no freeze (defaults)")
eq([p.get("label") for p in j.get("problems") or []], ["A", "B", "C"],
   "  ... problems labelled A, B, C in order")
r = create(admin, slug=M, title="Again", starts_at=iso(0),
           problems=["ct-alpha"])
eq((r.status, err_code(r)), (409, "slug_taken"), "a taken slug: 409")
r = anon.get("/api/contests")
ok(M in [c.get("slug") for c in (r.json() or {}).get("contests") or []],
   "GET /api/contests lists it")

eq(anon.post("/api/contests/%s/register" % M).status, 401,
   "register anonymously: 401")
for u in (u1, u2, u3):
    eq(u.post("/api/contests/%s/register" % M).status, 200,
       "%s registers" % u.name)
eq(u1.post("/api/contests/%s/register" % M).status, 200,
   "registering twice is fine")
j = u1.get("/api/contests/" + M).json() or {}
eq((j.get("registered"), j.get("participants")), (True, 3),
   "the contest knows u1 registered, 3 participants")
eq((u4.get("/api/contests/" + M).json() or {}).get("registered"), False,
   "u4 is not registered")
eq(anon.post("/api/contests/no-such-contest-x/register").status, 401,
   "register for an unknown contest anonymously: 401")
eq(u1.post("/api/contests/no-such-contest-x/register").status, 404,
   "register for an unknown contest: 404")

r, _ = submit(u4, "ct-alpha", AC_PY, contest=M)
eq((r.status, err_code(r)), (403, "not_registered"),
   "an unregistered user submits to the contest: 403")
r, _ = submit(u1, "aplusb", AC_PY, contest=M)
eq((r.status, err_code(r)), (400, "problem_not_in_contest"),
   "a problem outside the contest: 400")
r, _ = submit(u1, "ct-alpha", AC_PY, contest="no-such-contest-x")
eq((r.status, err_code(r)), (404, "no_such_contest"), "an unknown contest: 404")

# Contest submissions are judged ahead of practice: pause the judges, queue
# a practice submission first and a contest one second, let them go.
jpids = []
for f in sorted(glob.glob(os.path.join(VAR, "run", "judge-*.pid"))):
    try:
        jpids.append(int(open(f).read()))
    except (OSError, ValueError):
        pass
ok(len(jpids) > 0, "set-up: the judges' pids")
practice = contest_sub = None
if jpids:
    for pid in jpids:
        os.kill(pid, signal.SIGSTOP)
    try:
        r, practice = submit(u4, "aplusb", AC_PY)
        eq(r.status, 202, "practice submission queued")
        r, contest_sub = submit(u1, "ct-alpha", AC_PY, contest=M)
        eq(r.status, 202, "contest submission queued after it")
        eq(sql("SELECT priority FROM jobs WHERE kind = 'submission' AND "
               "ref_id IN (%s, %s) ORDER BY ref_id" % (practice, contest_sub)),
           "10\n5", "queue priorities: practice 10, contest 5")
        eq(sql("SELECT contest_id IS NULL FROM submissions WHERE id IN "
               "(%s, %s) ORDER BY id" % (practice, contest_sub)), "1\n0",
           "the contest submission names its contest")
    finally:
        for pid in jpids:
            os.kill(pid, signal.SIGCONT)
if practice and contest_sub:
    wait_done(u4, practice)
    wait_done(u1, contest_sub)
    eq(sql("SELECT id FROM submissions WHERE id IN (%s, %s) ORDER BY "
           "judged_at, id LIMIT 1" % (practice, contest_sub)), str(contest_sub),
       "the contest submission was judged first")

eq(judged(u1, "ct-beta", WA_PY, M)[:2], (202, "WA"), "u1: B wrong")
eq(judged(u1, "ct-beta", AC_PY, M)[:2], (202, "AC"), "u1: B accepted")
eq(judged(u2, "ct-alpha", CE_C, M, "c")[:2], (202, "CE"), "u2: A compile error")
eq(judged(u2, "ct-alpha", AC_PY, M)[:2], (202, "AC"), "u2: A accepted")
eq(judged(u3, "ct-alpha", WA_PY, M)[:2], (202, "WA"), "u3: A wrong")


def m_ready():
    r, j = board(anon, M)
    return j if len(j.get("rows") or []) == 3 and \
        (by_user(j).get(u2.name) or {}).get("solved") == 1 else None


j = wait_until(m_ready, timeout=15) or {}
time.sleep(CACHE_WAIT)		# every worker's cached page is as new
eq([(row.get("rank"), row.get("user"), row.get("solved"))
    for row in j.get("rows") or []],
   [(1, u1.name, 2), (2, u2.name, 1), (3, u3.name, 0)],
   "default scoring: ranked by solved")
eq(j.get("total"), 3, "total: 3 with a score")
want_t = sql("SELECT TIMESTAMPDIFF(SECOND, c.starts_at, MAX(s.created_at)) "
             "FROM submissions s JOIN contests c ON c.id = s.contest_id "
             "WHERE c.slug = '%s' AND s.user_id = %s AND s.verdict = 'AC'"
             % (M, u1.uid))
eq(str(by_user(j).get(u1.name, {}).get("time")), want_t,
   "u1's time: seconds from the start to the last first AC")
eq((cell(by_user(j).get(u1.name), "B").get("tries"),
    cell(by_user(j).get(u1.name), "B").get("ac_minute") is not None),
   (1, True), "u1's B: one rejected try, then accepted")
eq(cell(by_user(j).get(u2.name), "A").get("tries"), 0,
   "u2's A: the compile error is not a try")
eq((cell(by_user(j).get(u3.name), "A").get("tries"),
    cell(by_user(j).get(u3.name), "A").get("ac_minute")), (1, None),
   "u3's A: one try, unsolved")
eq(j.get("first"), {"A": u1.name, "B": u1.name, "C": None},
   "first to solve: A and B by u1, C by nobody")

r, j = board(anon, M)
etag = r.header("ETag")
ok(etag is not None and etag.startswith('"'), "the leaderboard has an ETag")
r = anon.get("/api/contests/%s/leaderboard" % M,
             headers={"If-None-Match": etag})
eq((r.status, r.body), (304, b""), "If-None-Match with it: 304, no body")
r, j = board(anon, M, "?limit=500")
eq((r.status, j.get("limit")), (200, 200), "limit=500 is capped at 200")
r, j = board(anon, M, "?offset=1&limit=1")
eq([(x.get("rank"), x.get("user")) for x in j.get("rows") or []],
   [(2, u2.name)], "offset=1&limit=1: the second row with its rank")
r, j = board(anon, M, "?offset=3")
eq((r.status, j.get("rows"), j.get("total")), (200, [], 3),
   "an offset past the end: no rows, the total")
for q, code in [("?limit=0", "invalid_limit"), ("?limit=abc", "invalid_limit"),
                ("?limit=-1", "invalid_limit"), ("?offset=-1", "invalid_offset"),
                ("?offset=x", "invalid_offset"), ("?around=you",
                                                  "invalid_around")]:
    r, j = board(anon, M, q)
    eq((r.status, err_code(r)), (400, code), "leaderboard%s: 400 %s" % (q, code))
r, j = board(anon, M, "?around=me")
eq(r.status, 401, "around=me anonymously: 401")
r, j = board(u2, M, "?around=me")
eq((r.status, j.get("position"), len(j.get("rows") or [])), (200, 1, 3),
   "around=me: u2 at position 1 among all three")
r, j = board(u4, M, "?around=me")
eq((r.status, j.get("position"), j.get("rows")), (200, None, []),
   "around=me for someone not on the board: no position, no rows")
eq(anon.get("/api/contests/no-such-contest-x/leaderboard").status, 404,
   "the leaderboard of an unknown contest: 404")

t = u1.get("/contests/%s/leaderboard" % M).text
m = re.search(r'<tr class="me">(.*?)</tr>', t)
ok(m is not None and u1.name in m.group(1), "the page highlights the caller's row")
ok('<noscript><meta http-equiv="refresh" content="5"></noscript>' in t,
   "the page refreshes itself every 5 s without JavaScript")
ok('src="/static/js/leaderboard.js"' in t and 'data-contest="%s"' % M in t,
   "  ... and with it, leaderboard.js reads data-* attributes")
ok("<script>" not in t, "no inline script")
ok("Main &lt;contest&gt;" in t, "the title is escaped")
ok('class="cell ac first"' in t, "first-to-solve cells are marked")
r = u1.get("/contests/%s/leaderboard?page=me" % M)
eq((r.status, r.header("Location")), (303, "/contests/%s/leaderboard?page=1" % M),
   "Find me: to the page holding the caller's row")
eq(anon.get("/contests/%s/leaderboard?page=0" % M).status, 400,
   "page=0: 400")
t = anon.get("/contests").text
ok(M in t and "Running" in t, "/contests lists the running contest")
t = u1.get("/contests/" + M).text
ok('id="countdown"' in t and 'data-phase="running"' in t and
   "Ends in" in t, "the contest page has a countdown")
ok('href="/problems/ct-alpha?contest=%s"' % M in t and
   "/submissions/new?problem=ct-alpha&amp;contest=%s" % M in t,
   "the contest page links its problems, with a submit link")
ok("You are registered" in t, "the page says u1 is registered")
t = u1.get("/problems/ct-alpha?contest=" + M).text
ok('<input type="hidden" name="contest" value="%s">' % M in t,
   "the problem page opened from the contest submits to it")
t = u4.get("/contests/" + M).text
ok('action="/contests/%s/register"' % M in t and 'name="csrf"' in t,
   "an unregistered user gets a register form with a CSRF token")

# --- an upcoming contest hides its problems --------------------------------------------
F = uniq("fut")
r = create(admin, slug=F, title="Future", starts_at=iso(86400),
           problems=["ct-delta"])
eq(r.status, 201, "a contest starting tomorrow")
j = u1.get("/api/contests/" + F).json() or {}
eq((j.get("phase"), j.get("problems")), ("upcoming", None),
   "upcoming: no problem list for users")
eq(len((admin.get("/api/contests/" + F).json() or {}).get("problems") or []),
   1, "  ... admins see it")
ok(wait_until(lambda: anon.get("/api/problems/ct-delta").status == 404,
              timeout=10), "its problem: GET /api/problems/:slug 404")
eq(anon.get("/problems/ct-delta").status, 404, "  ... the problem page 404")
ok("ct-delta" not in anon.get("/api/problems?limit=100").text,
   "  ... not in the catalogue")
r, _ = submit(u1, "ct-delta", AC_PY)
eq((r.status, err_code(r)), (404, "no_such_problem"),
   "  ... submitting it as practice: 404")
eq(u1.post("/api/contests/%s/register" % F).status, 200,
   "registering before the start is fine")
r, _ = submit(u1, "ct-delta", AC_PY, contest=F)
eq((r.status, err_code(r)), (404, "no_such_problem"),
   "  ... submitting it to its contest before the start: 404")
t = u1.get("/contests/" + F).text
ok("ct-delta" not in t and "appear here when the contest starts" in t,
   "the contest page does not list it yet")
r, j = board(anon, F)
eq((r.status, j.get("total")), (200, 0), "its leaderboard is empty")

# Edits.
r = admin.request("PATCH", "/api/contests/" + F, json_body={"title": "Later"})
eq((r.status, (r.json() or {}).get("title")), (200, "Later"), "PATCH the title")
r = admin.request("PATCH", "/api/contests/" + F, json_body={"slug": "other"})
eq((r.status, err_code(r)), (400, "slug_immutable"), "PATCH the slug: 400")
r = admin.request("PATCH", "/api/contests/" + F,
                  json_body={"freeze_minutes": 90})
eq((r.status, err_code(r)), (400, "invalid_freeze"),
   "PATCH a freeze as long as the contest: 400")
r = admin.request("PUT", "/api/contests/" + F, json_body={
    "title": "Put", "starts_at": iso(90000), "problems": ["ct-delta"],
    "scoring": "icpc", "freeze_minutes": 10})
eq((r.status, (r.json() or {}).get("scoring")), (200, "icpc"),
   "PUT replaces an upcoming contest")
r = admin.request("PUT", "/api/contests/" + F, json_body={"title": "x"})
eq((r.status, err_code(r)), (400, "missing_field"), "PUT without starts_at: 400")
eq(admin.request("PATCH", "/api/contests/no-such-contest-x",
                 json_body={"title": "x"}).status, 404, "PATCH unknown: 404")
for body, what in [({"problems": ["ct-alpha"]}, "problems"),
                   ({"starts_at": iso(600)}, "starts_at"),
                   ({"scoring": "icpc"}, "scoring"),
                   ({"freeze_minutes": 5}, "freeze_minutes"),
                   ({"duration_minutes": 60}, "a shorter duration")]:
    r = admin.request("PATCH", "/api/contests/" + M, json_body=body)
    eq((r.status, err_code(r)), (409, "contest_started"),
       "a started contest refuses a new %s: 409" % what)
r = admin.request("PATCH", "/api/contests/" + M,
                  json_body={"duration_minutes": 120, "title": "Main"})
eq((r.status, (r.json() or {}).get("duration_minutes")), (200, 120),
   "a started contest may be extended and renamed")

# --- problems appear at the start ------------------------------------------------------
R = uniq("soon")
r = create(admin, slug=R, title="Soon", starts_at=iso(8),
           problems=["ct-epsilon"])
eq(r.status, 201, "a contest starting in 8 s")
ok(wait_until(lambda: anon.get("/api/problems/ct-epsilon").status == 404,
              timeout=5), "its problem is hidden before the start")
eq(u1.get("/problems/ct-epsilon").status, 404, "  ... its page too")
ok(wait_until(lambda: anon.get("/api/problems/ct-epsilon").status == 200,
              timeout=15), "its problem is visible after the start")
eq(anon.get("/problems/ct-epsilon").status, 200, "  ... its page too")
ok("ct-epsilon" in anon.get("/contests/" + R).text,
   "the contest page lists it")

# --- ICPC scoring: penalties, CE not counted, ties ---------------------------------------
# Started 301 s ago: every submission of the next ~55 s is in minute 5.
I = uniq("icpc")
r = create(admin, slug=I, title="ICPC", starts_at=iso(-301), scoring="icpc",
           problems=["ct-alpha", "ct-beta"])
eq(r.status, 201, "an ICPC contest")
for u in (u1, u2, u3):
    u.post("/api/contests/%s/register" % I)
eq(judged(u1, "ct-alpha", WA_PY, I)[:2], (202, "WA"), "icpc: u1 A wrong")
eq(judged(u1, "ct-alpha", CE_C, I, "c")[:2], (202, "CE"),
   "icpc: u1 A compile error")
eq(judged(u1, "ct-alpha", AC_PY, I)[:2], (202, "AC"), "icpc: u1 A accepted")
eq(judged(u2, "ct-alpha", AC_PY, I)[:2], (202, "AC"), "icpc: u2 A accepted")
eq(judged(u3, "ct-alpha", AC_PY, I)[:2], (202, "AC"), "icpc: u3 A accepted")
j = wait_until(lambda: (lambda j: j if len(j.get("rows") or []) == 3 else None)
               (board(anon, I)[1]), timeout=15) or {}
def ac_minute(u):
    return int(sql("SELECT TIMESTAMPDIFF(MINUTE, c.starts_at, s.created_at) "
                   "FROM submissions s JOIN contests c ON c.id = "
                   "s.contest_id WHERE c.slug = '%s' AND s.user_id = %s AND "
                   "s.verdict = 'AC'" % (I, u.uid)) or -1)


# By hand: the minute of the AC, + 20 for u1's WA (its CE is free).
pen = {u1.name: ac_minute(u1) + 20, u2.name: ac_minute(u2),
       u3.name: ac_minute(u3)}
eq(ac_minute(u2), 5, "icpc: the ACs came in minute 5")
eq(j.get("scoring"), "icpc", "the board says ICPC")
eq({u: (x.get("rank"), x.get("solved"), x.get("penalty"))
    for u, x in by_user(j).items()},
   {u: (1 + sum(1 for q in pen.values() if q < p), 1, p)
    for u, p in pen.items()},
   "icpc: penalties by hand (u1 pays 20 for the WA, not the CE), "
   "equal ones share a rank")
eq(sorted(x.get("rank") for x in j.get("rows") or []), [1, 1, 3],
   "icpc: u2 and u3 tie in first place, u1 third")
t = anon.get("/contests/%s/leaderboard" % I).text
ok("Penalty" in t, "the ICPC page shows penalties")

# --- a big board: rebuilt into Redis from MariaDB, Redis flushed and stopped ---------------
S = uniq("syn")
r = create(admin, slug=S, title="Synthetic", starts_at=iso(-3600),
           duration_minutes=600, problems=["ct-alpha"])
eq(r.status, 201, "a contest for synthetic standings")
sid = sql("SELECT id FROM contests WHERE slug = '%s'" % S)
tag = secrets.token_hex(3)
N = 60
sql("INSERT INTO users (username, password_hash) SELECT CONCAT('syn%s_', seq), "
    "'x' FROM seq_1_to_%d" % (tag, N))
sql("INSERT INTO contest_scores (contest_id, user_id, solved, time_s, penalty,"
    " cells, pub_solved, pub_time_s, pub_penalty, pub_cells) SELECT %s, u.id, "
    "s.seq %% 4, (s.seq %% 3) * 100, 0, '[]', s.seq %% 4, (s.seq %% 3) * 100, "
    "0, '[]' FROM seq_1_to_%d s JOIN users u ON u.username = "
    "CONCAT('syn%s_', s.seq)" % (sid, N, tag))
sql("INSERT INTO contest_scores (contest_id, user_id, solved, time_s, penalty,"
    " cells, pub_solved, pub_time_s, pub_penalty, pub_cells) VALUES (%s, %s, "
    "2, 150, 0, '[]', 2, 150, 0, '[]')" % (sid, u1.uid))
want = {"syn%s_%d" % (tag, i): (i % 4, (i % 3) * 100) for i in range(1, N + 1)}
want[u1.name] = (2, 150)


def score(v):
    return v[0] * 10 ** 10 - v[1]


want_rank = {u: 1 + sum(1 for w in want.values() if score(w) > score(v))
             for u, v in want.items()}


def check_board(j, what):
    got = ranks(j)
    eq((j.get("total"), len(got)), (N + 1, N + 1), what + ": every row")
    eq(got, want_rank, what + ": ranks as computed by hand (ties shared)")


r, j = board(anon, S, "?limit=200")
eq(j.get("source"), "redis", "missing keys: rebuilt into Redis from MariaDB")
check_board(j, "rebuilt board")
eq(redis("EXISTS", "contest:%s:built" % sid), "1", "  ... and marked built")
eq(redis("ZCARD", "contest:%s:lb" % sid), str(N + 1), "  ... all rows in Redis")
r, j = board(anon, S, "?offset=50&limit=20")
rows = j.get("rows") or []
eq(len(rows), N + 1 - 50, "offset=50&limit=20: the last 11 rows")
ok(rows and all(x.get("rank") == want_rank.get(x.get("user")) for x in rows),
   "  ... each with its shared rank (the first counted with ZCOUNT)")
r, j = board(u1, S, "?around=me")
pos = j.get("position")
rows = j.get("rows") or []
ok(isinstance(pos, int) and len(rows) == min(pos, 10) + 1 + min(N - pos, 10),
   "around=me: ten rows either side of the caller",
   "position %r, %d rows" % (pos, len(rows)))
ok(u1.name in [x.get("user") for x in rows] and
   by_user(j).get(u1.name, {}).get("rank") == want_rank[u1.name],
   "  ... the caller among them with their rank")

# nginx micro-caches anonymous board pages, and never a signed-in one.
r1, _ = board(anon, S, "?limit=7")
r2, _ = board(anon, S, "?limit=7")
eq((r1.header("X-Cache"), r2.header("X-Cache")), ("MISS", "HIT"),
   "an anonymous board page is served from nginx's cache the second time")
ra, _ = board(u1, S, "?limit=7")
rb, _ = board(u1, S, "?limit=7")
ok(ra.header("X-Cache") == "BYPASS" and rb.header("X-Cache") == "BYPASS",
   "a signed-in board request always reaches verdict-web",
   (ra.header("X-Cache"), rb.header("X-Cache")))
rm, _ = board(anon, S, "?around=me")
ok(rm.header("X-Cache") != "HIT", "around=me is never served from the cache")

redis("FLUSHALL")
time.sleep(CACHE_WAIT)
r, j = board(anon, S, "?limit=200")
check_board(j, "after FLUSHALL")
ok(wait_until(lambda: redis("EXISTS", "contest:%s:built" % sid) == "1",
              timeout=5), "Redis was rebuilt after the flush")
r, j = board(anon, M)
eq([(x.get("rank"), x.get("user")) for x in j.get("rows") or []],
   [(1, u1.name), (2, u2.name), (3, u3.name)],
   "the live contest's board is rebuilt to the same ranking")

redis_pid = None
try:
    redis_pid = int(open(os.path.join(VAR, "run", "redis.pid")).read())
except (OSError, ValueError):
    pass
redis("SHUTDOWN", "NOSAVE")
ok(wait_until(lambda: redis("PING") != "PONG", timeout=5), "Redis stopped")
try:
    time.sleep(CACHE_WAIT)
    r, j = board(anon, S, "?limit=200")
    eq((r.status, j.get("source"), j.get("degraded")), (200, "db", True),
       "Redis down: the board answers from MariaDB, marked degraded")
    check_board(j, "from MariaDB")
    r, j = board(u1, S, "?around=me")
    eq((r.status, j.get("position") is not None), (200, True),
       "Redis down: around=me still answers")
    t = anon.get("/contests/%s/leaderboard" % S).text
    ok("come from the database" in t, "Redis down: the page says so")
finally:
    subprocess.Popen(["setsid", "redis-server",
                      os.path.join(VAR, "redis.conf")],
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL)
    ok(wait_until(lambda: redis("PING") == "PONG", timeout=10),
       "Redis restarted")
time.sleep(CACHE_WAIT)
ok(wait_until(lambda: board(anon, S, "?limit=200")[1].get("source") == "redis",
              timeout=10), "Redis back: the board is served from it again")
check_board(board(anon, S, "?limit=200")[1], "after the restart")

# --- the admin web form ----------------------------------------------------------------------
W = Client()
tok = csrf_from(W.get("/login").text)
r = W.post("/login", form={"csrf": tok, "username": "admin",
                           "password": admin_pw})
eq(r.status, 303, "set-up: the admin signs in through the form")
W.csrf = (W.get("/api/me").json() or {}).get("csrf")
eq(u1.get("/contests/new").status, 403, "the new-contest form is for admins")
t = W.get("/contests/new").text
ok('action="/contests"' in t and 'name="csrf"' in t,
   "GET /contests/new: a form with a CSRF token")
form = {"slug": uniq("web"), "title": "Web form", "description": "Hi",
        "starts_at": iso(7200)[:16], "duration_minutes": "60",
        "freeze_minutes": "0", "scoring": "icpc",
        "problems": "ct-delta, ct-gamma"}
eq(W.post("/contests", form=form).status, 403, "the form without its token: 403")
r = W.post("/contests", form=dict(form, csrf=W.csrf, title=""))
ok(r.status == 400 and 'class="error-box"' in r.text and
   'value="%s"' % form["slug"] in r.text,
   "an empty title: 400, the form again with the error and the values")
r = W.post("/contests", form=dict(form, csrf=W.csrf))
eq((r.status, r.header("Location")), (303, "/contests/" + form["slug"]),
   "the form creates the contest")
j = admin.get("/api/contests/" + form["slug"]).json() or {}
eq(([p.get("slug") for p in j.get("problems") or []], j.get("scoring"),
    j.get("duration_minutes")), (["ct-delta", "ct-gamma"], "icpc", 60),
   "  ... as typed")
t = W.get("/contests/%s/edit" % form["slug"]).text
ok('value="ct-delta, ct-gamma"' in t, "the edit form shows the problems")
r = W.post("/contests/%s/edit" % form["slug"],
           form=dict(form, csrf=W.csrf, title="Renamed", problems="ct-delta"))
eq(r.status, 303, "the edit form saves")
# Other workers see an edit within their one-second contest cache.
j = wait_until(lambda: (lambda j: j if j.get("title") == "Renamed" else None)
               (admin.get("/api/contests/" + form["slug"]).json() or {}),
               timeout=5) or {}
eq((j.get("title"), [p.get("slug") for p in j.get("problems") or []]),
   ("Renamed", ["ct-delta"]), "  ... the new title and problems")
ok(wait_until(lambda: anon.get("/api/problems/ct-gamma").status == 200,
              timeout=10), "a problem dropped from an upcoming contest shows again")
t = W.get("/contests/%s/edit" % M).text
vals = dict(re.findall(r'name="([a-z_]+)" value="([^"]*)"', t))
vals.update(csrf=W.csrf, description="", scoring="default")
r = W.post("/contests/%s/edit" % M, form=vals)
eq(r.status, 303, "a running contest's edit form saves its unchanged values")
C = Client()
tok = csrf_from(C.get("/register").text)
cname = uniq("web")
C.post("/register", form={"csrf": tok, "username": cname, "password": PW,
                          "password2": PW})
ccsrf = (C.get("/api/me").json() or {}).get("csrf")
eq(C.post("/contests/%s/register" % M, form={}).status, 403,
   "the register form without its token: 403")
r = C.post("/contests/%s/register" % M, form={"csrf": ccsrf})
eq((r.status, r.header("Location")), (303, "/contests/" + M),
   "the register form registers")
ok("You are registered" in C.get("/contests/" + M).text, "  ... and says so")

# --- the end of the short contest: practice, unfreeze, final results ------------------------
time.sleep(max(0, e_end - time.time()) + 1)
j = anon.get("/api/contests/" + E).json() or {}
eq(j.get("phase"), "ended", "the short contest has ended")
r, sid_after = submit(u1, "ct-beta", AC_PY, contest=E)
eq(r.status, 202, "submitting after the end: accepted as practice")
if sid_after:
    wait_done(u1, sid_after)
    eq(sql("SELECT contest_id IS NULL FROM submissions WHERE id = %s"
           % sid_after), "1", "  ... stored without its contest")
r = u3.post("/api/contests/%s/register" % E)
eq((r.status, err_code(r)), (409, "contest_ended"), "registering after the end: 409")
r, j = board(anon, E)
eq((j.get("frozen"), (by_user(j).get(u1.name) or {}).get("solved")), (True, 0),
   "after the end, still frozen until an admin unfreezes")
r, j = board(admin, E)
eq((by_user(j).get(u1.name) or {}).get("solved"), 1,
   "the practice AC on B did not change the standings")
ok(wait_until(lambda: board(admin, E)[1].get("source") == "results",
              timeout=30), "the judge wrote the final results")
eq(sql("SELECT COUNT(*) FROM contest_results r JOIN contests c ON c.id = "
       "r.contest_id WHERE c.slug = '%s'" % E), "2", "  ... one row each")
r = admin.post("/api/contests/%s/unfreeze" % E)
eq(r.status, 200, "the admin unfreezes the board")
ok(wait_until(lambda: board(anon, E)[1].get("final") is True, timeout=5),
   "unfrozen: the public board is the final results")
r, j = board(anon, E)
eq([(x.get("rank"), x.get("user"), x.get("solved")) for x in j.get("rows") or []],
   [(1, u1.name, 1), (2, u2.name, 0)], "final standings")

# A rejudge after the results were written changes nothing on the board.
eq(admin.post("/api/submissions/%d/rejudge" % e_ac[2]).status, 202,
   "rejudge u1's contest AC")
wait_done(admin, e_ac[2])
sql("UPDATE contest_scores cs JOIN contests c ON c.id = cs.contest_id SET "
    "cs.solved = 0, cs.time_s = 0, cs.cells = '[]' WHERE c.slug = '%s' AND "
    "cs.user_id = %s" % (E, u1.uid))
time.sleep(CACHE_WAIT)
r, j = board(anon, E)
eq([(x.get("rank"), x.get("user"), x.get("solved")) for x in j.get("rows") or []],
   [(1, u1.name, 1), (2, u2.name, 0)],
   "after a rejudge and a changed score: the results stand")
r = admin.post("/api/contests/%s/reopen" % E)
eq(r.status, 202, "the admin reopens the results")
eq(admin.post("/api/contests/%s/reopen" % M).status, 409,
   "reopening a contest without results: 409")
eq(admin.post("/api/contests/%s/unfreeze" % M).status, 409,
   "unfreezing a running contest: 409")


def recomputed():
    j = board(anon, E)[1]
    return j if j.get("final") and \
        (by_user(j).get(u1.name) or {}).get("solved") == 0 else None


j = wait_until(recomputed, timeout=30) or {}
eq(sorted((x.get("rank"), x.get("user")) for x in j.get("rows") or []),
   sorted([(1, u1.name), (1, u2.name)]),
   "reopened: the results are written again from the current scores")
done()
