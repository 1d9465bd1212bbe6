#!/usr/bin/python3
"""tests/bench/contest_client.py: the client of tests/bench/contest.sh.

Python standard library only; the HTTP client (keep-alive, bearer token,
deadline) and `verdict-judge check` runner are tests/bench/submit_client.py's,
imported.  Four steps, each a subcommand, sharing files in OUT (a directory):

  setup URL OUT --sql .. --bin BIN --conf JUDGE_CONF --users N
      N contest accounts (PREFIX0001...) plus a few for the capacity
      batch, straight into MariaDB: one argon2id hash made once by
      `verdict-judge useradd` shared by all, and one session each (a random
      token, its SHA-256 in `sessions`, as POST /api/session stores it), so
      2,000 accounts cost no 2,000 argon2id runs.  A sample signs in
      through POST /api/session to show the accounts are real.  Writes
      OUT/tokens.json.

  capacity URL OUT --sql .. --check "CMD .." --problem-dirs DIR,..
      --slots S,.. --judges J --label before|after
      What a verdict costs, for each problem and each kind of source (AC,
      WA, CE), three ways, after one warm-up round:
        check:    `verdict-judge check` of the same sources (wall), one at
                  a time;
        stack:    sequential practice submissions through HTTP on the idle
                  stack, each waited for: the row's created_at -> judged_at;
        parallel: J checks at once (J threads, own box slots): what J
                  judges side by side on this host get.
      Writes OUT/capacity-LABEL.json; "after" (run once the burst has
      drained) also prints the drain against it.

  burst URL OUT --sql .. --judges J --clients C --per-user K --seed S
      Creates a running ICPC contest of the problems (as the admin), signs
      every account up (POST /api/contests/:slug/register), then C client
      threads send each account's K contest submissions (a seeded plan of
      problem and kind per account, sent in order, no waiting) as fast as
      they can.  Waits (MariaDB, once a second) until every one is done or
      --drain-timeout; then checks, through the API (GET /api/submissions/:id
      by each owner) and MariaDB, that every submission the clients were
      given an id for reached its final verdict, the intended one, none
      lost or duplicated, the jobs table empty.  Prints the drain time and
      rate against the capacity measured before (J / the per-verdict time
      over the burst's mix of problems and kinds).

  standings URL OUT --sql .. --slug SLUG
      Recomputes the ICPC standings from scratch from the contest's rows in
      `submissions` (one SELECT; window, first AC, tries with CE and IE not
      counted, minute = whole seconds since the start // 60, 20 per try;
      rank = 1 + the number of strictly better) and compares them with
      GET /api/contests/:slug/leaderboard paged through (anonymous, as the
      public polls it, and as the admin, which skips every cache): rank,
      solved, penalty, time, every cell's tries and ac_minute, the "first"
      map, the total, each user once, ranks in order.  Exact equality.

Exit: 0 fine, 1 a failure (printed), 3 out of time.
"""
import argparse
import base64
import datetime
import hashlib
import json
import os
import random
import subprocess
import sys
import threading
import time
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import submit_client as sc          # noqa: E402  (Client, run_check, ...)

PASSWORD = sc.PASSWORD
RUN = sc.RUN
KINDS = ("AC", "WA", "CE")
KIND_WEIGHTS = (45, 35, 20)         # of a participant's submissions

# C sources (the contest problems are all A+B: aplusb and ct-*).
SOURCES = {
    "AC": """#include <stdio.h>

int
main(void)
{
	long long a, b;

	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\\n", a + b);
	return 0;
}
""",
    # Off by one: WA on every test, samples included.
    "WA": """#include <stdio.h>

int
main(void)
{
	long long a, b;

	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\\n", a + b + 1);
	return 0;
}
""",
    # An undeclared identifier: gcc stops at once.
    "CE": """#include <stdio.h>

int
main(void)
{
	long long a, b;

	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\\n", a + b + c);
	return 0;
}
""",
}


def source(kind, tag):
    """A distinct source (the judge caches compiled artifacts by source)."""
    return "// contest bench %s %s\n%s" % (RUN, tag, SOURCES[kind])


class Fail(Exception):
    pass


# ------------------------------------------------------------------- SQL

def sql(a, text, timeout=120):
    """Rows (lists of strings) of the statements in text (UTC session)."""
    p = subprocess.run(a.sql.split(), input=("SET time_zone = '+00:00';\n" +
                       text).encode(), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=timeout)
    if p.returncode != 0:
        raise Fail("SQL failed: %s" % p.stderr.decode()[-500:])
    return [l.split("\t") for l in p.stdout.decode().splitlines()]


def sql1(a, text):
    r = sql(a, text)
    return r[0][0] if r and r[0] else None


def q(s):
    """A SQL string literal (the names here are [a-z0-9-] anyway)."""
    return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'"


def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S.%f")


def load(path):
    with open(path) as f:
        return json.load(f)


def save(path, doc):
    with open(path + ".tmp", "w") as f:
        json.dump(doc, f)
    os.replace(path + ".tmp", path)


def client(a, token=None, deadline=None):
    c = sc.Client(a.url, deadline or a.deadline)
    c.token = token
    return c


def admin_client(a):
    with open(a.admin_password) as f:
        pw = f.read().strip()
    c = client(a)
    st, _, doc = c.req("POST", "/api/session",
                       {"username": "admin", "password": pw})
    if st != 200 or not doc or "token" not in doc:
        raise Fail("admin sign-in answered %s %s" % (st, doc))
    c.token = doc["token"]
    return c


def pool(n, items, fn):
    """fn(item, state) over items from n threads (state: per thread, a dict
    fn may keep a connection in); returns the exceptions raised, if any."""
    it = iter(items)
    lock = threading.Lock()
    errs = []

    def work():
        state = {}
        while True:
            with lock:
                x = next(it, None)
            if x is None:
                break
            try:
                fn(x, state)
            except Exception as e:      # noqa: BLE001 (reported)
                with lock:
                    errs.append(e)
        for v in state.values():
            if isinstance(v, sc.Client):
                v.close()

    ths = [threading.Thread(target=work, daemon=True) for _ in range(n)]
    for t in ths:
        t.start()
    for t in ths:
        t.join()
    return errs


# ----------------------------------------------------------------- setup

def cmd_setup(a):
    names = ["%s%04d" % (a.prefix, k) for k in range(1, a.users + 1)]
    cap = ["%scap%d" % (a.prefix, k) for k in range(a.cap_users)]
    tmpl = a.prefix + "template"
    t0 = time.time()
    p = subprocess.run([os.path.join(a.bin, "verdict-judge"), "useradd",
                        "-c", a.conf, tmpl], input=PASSWORD.encode(),
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=60)
    if p.returncode != 0:
        raise Fail("useradd failed: %s" % p.stdout.decode()[-300:])
    h = sql1(a, "SELECT password_hash FROM users WHERE username = %s;" %
             q(tmpl))
    if not h or not h.startswith("$argon2id$"):
        raise Fail("the template account has no argon2id hash: %r" % h)
    tokens = {}
    rows_u, rows_s = [], []
    for n in names + cap:
        tok = base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
        csrf = base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
        tokens[n] = tok
        rows_u.append("(%s, %s)" % (q(n), q(h)))
        rows_s.append("(UNHEX('%s'), %s, %s)" % (
            hashlib.sha256(tok.encode()).hexdigest(), q(n), q(csrf)))
    text = ["CREATE TEMPORARY TABLE bench_sessions (token_hash BINARY(32),"
            " username VARCHAR(32), csrf CHAR(43));"]
    for i in range(0, len(rows_u), 500):
        text.append("INSERT INTO users (username, password_hash) VALUES %s;"
                    % ",".join(rows_u[i:i + 500]))
        text.append("INSERT INTO bench_sessions VALUES %s;" %
                    ",".join(rows_s[i:i + 500]))
    text.append("INSERT INTO sessions (token_hash, user_id, csrf_token, "
                "expires_at) SELECT b.token_hash, u.id, b.csrf, NOW(3) + "
                "INTERVAL 1 DAY FROM bench_sessions b JOIN users u ON "
                "u.username = b.username;")
    text.append("SELECT COUNT(*) FROM sessions s JOIN users u ON "
                "u.id = s.user_id WHERE u.username LIKE %s;" %
                q(a.prefix + "%"))
    n = int(sql(a, "\n".join(text))[-1][0])
    if n != len(tokens):
        raise Fail("%d sessions stored for %d accounts" % (n, len(tokens)))
    t1 = time.time()
    # The accounts are real: a sample signs in with the shared password,
    # and every stored token answers GET /api/me as its own user.
    sample = random.Random(a.seed).sample(names, min(5, len(names)))
    for nm in sample:
        c = client(a)
        st, _, doc = c.req("POST", "/api/session",
                           {"username": nm, "password": PASSWORD})
        c.close()
        if st != 200 or not doc or "token" not in doc:
            raise Fail("sign-in as %s answered %s %s" % (nm, st, doc))
    bad = []

    def me(nm, state):
        c = state.setdefault("c", client(a))
        c.token = tokens[nm]
        st, _, doc = c.req("GET", "/api/me")
        if st != 200 or (doc or {}).get("user", {}).get("username") != nm:
            bad.append("%s: %s %s" % (nm, st, doc))

    errs = pool(a.threads, names + cap, me)
    if errs or bad:
        raise Fail("stored sessions do not sign in: %s" %
                   "; ".join([str(e) for e in errs[:3]] + bad[:3]))
    t2 = time.time()
    save(os.path.join(a.out, "tokens.json"),
         {"users": names, "cap": cap, "tokens": tokens})
    print("# %d accounts with sessions through SQL in %.1f s (one argon2id "
          "hash from useradd); %d signed in through POST /api/session, all "
          "%d tokens answer GET /api/me (%.1f s)" % (
              len(tokens), t1 - t0, len(sample), len(tokens), t2 - t1))
    return 0


# -------------------------------------------------------------- capacity

def combos(problems):
    return [(p, k) for p in problems for k in KINDS]


def cmd_capacity(a):
    problems = a.problems.split(",")
    dirs = dict(zip(problems, a.problem_dirs.split(",")))
    slots = [int(s) for s in a.slots.split(",")]
    toks = load(os.path.join(a.out, "tokens.json"))
    caps = [client(a, toks["tokens"][n]) for n in toks["cap"]]
    check = {"%s/%s" % c: [] for c in combos(problems)}
    stack = {"%s/%s" % c: [] for c in combos(problems)}
    ids = {}
    bad = []
    nsub = 0
    for r in range(a.warmup + a.rounds):
        keep = r >= a.warmup
        for p, k in combos(problems):
            key = "%s/%s" % (p, k)
            # check, then the same kind through the stack (a new source).
            ns = types.SimpleNamespace(
                out=os.path.join(a.out, "cap"), check=a.check,
                problem_dir=dirs[p], deadline=a.deadline)
            wall, doc = sc.run_check(ns, "c", source(k, "check %d %s" %
                                                     (r, key)), slots)
            if doc.get("verdict") != k:
                bad.append("check %s: %s" % (key, doc.get("verdict")))
            elif keep:
                check[key].append(wall)
            c = caps[nsub % len(caps)]
            nsub += 1
            sid, t0, _, n429 = submit(c, p, source(k, "cap %d %s" % (r, key)),
                                      None)
            doc, _, _ = c.wait_done(sid, t0, a.poll_ms / 1000.0)
            if doc.get("verdict") != k:
                bad.append("stack %s (submission %d): %s" %
                           (key, sid, doc.get("verdict")))
            elif keep:
                ids[sid] = key
        print("# capacity round %d/%d (%s)" % (
            r + 1, a.warmup + a.rounds,
            "measured" if keep else "warm-up"), flush=True)
    for c in caps:
        c.close()
    if ids:
        for sid, cr, jd in sql(a, "SELECT id, UNIX_TIMESTAMP(created_at), "
                               "UNIX_TIMESTAMP(judged_at) FROM submissions "
                               "WHERE id IN (%s);" %
                               ",".join(str(i) for i in ids)):
            stack[ids[int(sid)]].append(float(jd) - float(cr))
    # The judges work side by side on one host: JUDGES checks at once,
    # each its own box slot, each going through the kinds in its own order.
    par = {"%s/%s" % c: [] for c in combos(problems)}
    lock = threading.Lock()
    perr = []

    def loop(i):
        seq = combos(problems)
        seq = seq[i * len(seq) // a.judges:] + seq[:i * len(seq) // a.judges]
        ns = types.SimpleNamespace(
            out=os.path.join(a.out, "par%d" % i), check=a.check,
            problem_dir=None, deadline=a.deadline)
        mine = slots[i::a.judges]
        try:
            for r in range(a.rounds):
                for p, k in seq:
                    key = "%s/%s" % (p, k)
                    ns.problem_dir = dirs[p]
                    wall, doc = sc.run_check(ns, "c", source(
                        k, "par %d %d %s" % (i, r, key)), mine)
                    with lock:
                        if doc.get("verdict") != k:
                            bad.append("parallel check %s: %s" %
                                       (key, doc.get("verdict")))
                        else:
                            par[key].append(wall)
        except Exception as e:          # noqa: BLE001 (reported)
            with lock:
                perr.append(str(e))

    ths = [threading.Thread(target=loop, args=(i,), daemon=True)
           for i in range(a.judges)]
    t0 = time.time()
    for t in ths:
        t.start()
    for t in ths:
        t.join()
    t1 = time.time()
    npar = sum(len(v) for v in par.values())
    if perr:
        bad.append("parallel check: " + "; ".join(perr[:3]))
    print()
    with open("/proc/loadavg") as f:
        loadavg = " ".join(f.read().split()[:3])
    print("Per verdict, measured %s the burst (ms, median of %d rounds "
          "after %d warm-up; load %s):" % (a.label, a.rounds, a.warmup,
                                           loadavg))
    print("`verdict-judge check` and submissions through the idle stack "
          "(row created_at -> judged_at)")
    print("one at a time, then %d checks at once (%d judges' worth):" %
          (a.judges, a.judges))
    print("%-14s %10s %18s %14s" % ("problem/kind", "check", "stack "
                                    "row->verdict", "%d checks" % a.judges))
    for key in check:
        print("%-14s %10s %18s %14s" % (
            key, sc.ms(sc.pct(check[key], 50)), sc.ms(sc.pct(stack[key], 50)),
            sc.ms(sc.pct(par[key], 50))))
    print("%d checks at once: %d verdicts in %.1f s = %.1f verdicts/s (the "
          "kinds in equal shares)" % (a.judges, npar, t1 - t0,
                                      npar / max(t1 - t0, 1e-9)))
    save(os.path.join(a.out, "capacity-%s.json" % a.label),
         {"check": check, "stack": stack, "parallel": par,
          "rounds": a.rounds, "judges": a.judges})
    b = os.path.join(a.out, "burst.json")
    if a.label != "before" and os.path.exists(b):
        b = load(b)
        if b.get("rate"):
            against(a, b["mix"], b["verdicts"], b["rate"], a.label)
    if bad:
        print("UNEXPECTED VERDICTS: " + "; ".join(bad))
        return 1
    return 0


# ----------------------------------------------------------------- burst

def submit(c, problem, src, contest):
    """POST one C submission: (id, t_sent, t_202, 429 answers).  A 429
    waits its Retry-After and tries again; a dropped connection is not
    retried (the POST may have been stored: MariaDB will tell)."""
    body = {"problem": problem, "language": "c", "source": src}
    if contest:
        body["contest"] = contest
    n429 = 0
    while True:
        t0 = time.time()
        st, r, doc = c.req("POST", "/api/submissions", body)
        t1 = time.time()
        if st == 202 and doc and "id" in doc:
            return doc["id"], t0, t1, n429
        if st == 429:
            n429 += 1
            wait = float(r.getheader("Retry-After", "1") or 1)
            if time.time() + wait > c.deadline:
                raise sc.GiveUp("rate limited past the deadline")
            time.sleep(min(wait, 5.0))
            continue
        raise Fail("POST /api/submissions answered %s %s" % (st, doc))


def plan(seed, users, problems, per_user):
    """{user: [(problem, kind)] * per_user}: seeded, so a run can be
    repeated; every participant's order is the order sent."""
    rng = random.Random(seed)
    out = {}
    for u in users:
        out[u] = [(rng.choice(problems),
                   rng.choices(KINDS, KIND_WEIGHTS)[0])
                  for _ in range(per_user)]
    return out


def capacity_of(a, mix, label):
    """{method: (seconds per verdict over the burst's mix, capacity/s)}."""
    path = os.path.join(a.out, "capacity-%s.json" % label)
    if not os.path.exists(path):
        return {}
    ref = load(path)
    out = {}
    for m in ("check", "stack", "parallel"):
        tot = n = 0
        for key, cnt in mix.items():
            v = sc.pct(ref.get(m, {}).get(key, []), 50)
            if v != v:
                break
            tot += v * cnt
            n += cnt
        else:
            if n:
                out[m] = (tot / n, a.judges / (tot / n))
    return out


def against(a, mix, n, rate, label):
    """The drain rate against the capacity measured `label` the burst."""
    caps = capacity_of(a, mix, label)
    if caps:
        print("  against the judges' capacity measured %s the burst (per "
              "verdict over this burst's mix):" % label)
    for m, what in (
            ("parallel", "%d checks at once, median wall" % a.judges),
            ("check", "one check at a time, median wall"),
            ("stack", "one submission at a time, idle stack, "
             "row->verdict")):
        if m not in caps:
            continue
        per, capa = caps[m]
        print("    %-50s %d / %3.0f ms = %5.1f verdicts/s -> %4.0f s; "
              "drain at %.2fx" % (what + ":", a.judges, per * 1000, capa,
                                  n / capa, rate / capa))


def cmd_burst(a):
    problems = a.problems.split(",")
    toks = load(os.path.join(a.out, "tokens.json"))
    users = toks["users"]
    tokens = toks["tokens"]
    want = len(users) * a.per_user
    adm = admin_client(a)

    # The contest: running for a while already (ICPC minutes in the 40s),
    # with a minute boundary due a little after the burst begins.
    now = int(time.time())
    starts = now - (a.minute * 60 - a.boundary_s)
    iso = datetime.datetime.fromtimestamp(
        starts, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    st, _, doc = adm.req("POST", "/api/contests", {
        "slug": a.slug, "title": "Contest burst", "starts_at": iso,
        "duration_minutes": 90, "problems": problems, "scoring": "icpc"})
    if st != 201:
        raise Fail("POST /api/contests answered %s %s" % (st, doc))
    adm.close()
    t0 = time.time()
    regs = []

    def register(u, state):
        c = state.setdefault("c", client(a))
        c.token = tokens[u]
        st, _, doc = c.req("POST", "/api/contests/%s/register" % a.slug)
        if st != 200 or not (doc or {}).get("registered"):
            raise Fail("register %s: %s %s" % (u, st, doc))
        regs.append(u)

    errs = pool(a.threads, users, register)
    if errs:
        raise Fail("registration: %s" % "; ".join(str(e) for e in errs[:3]))
    c = client(a)
    st, _, doc = c.req("GET", "/api/contests/%s" % a.slug)
    c.close()
    if st != 200 or doc.get("phase") != "running":
        raise Fail("the contest is not running: %s %s" % (st, doc))
    cid = int(sql1(a, "SELECT id FROM contests WHERE slug = %s;" %
                   q(a.slug)))
    print("# contest %s (id %d, ICPC, problems %s, started %s): %d "
          "participants registered through the API in %.1f s" % (
              a.slug, cid, ",".join(problems), iso, doc.get("participants"),
              time.time() - t0), flush=True)
    if doc.get("participants") != len(users):
        raise Fail("%s participants, want %d" % (doc.get("participants"),
                                                 len(users)))

    # The burst.
    pl = plan(a.seed, users, problems, a.per_user)
    mix = {}
    for u in users:
        for p, k in pl[u]:
            mix["%s/%s" % (p, k)] = mix.get("%s/%s" % (p, k), 0) + 1
    lock = threading.Lock()
    sent = []           # (id, user, j, problem, kind, t0, t1)
    errors = []
    n429 = [0]
    barrier = threading.Barrier(a.clients + 1)

    def worker(i):
        c = client(a, deadline=a.deadline)
        mine = users[i::a.clients]
        barrier.wait()
        try:
            for u in mine:
                c.token = tokens[u]
                for j, (p, k) in enumerate(pl[u]):
                    try:
                        sid, s0, s1, r = submit(c, p, source(
                            k, "%s %d" % (u, j)), a.slug)
                    except (Fail, OSError, sc.http.client.HTTPException) \
                            as e:
                        with lock:
                            errors.append("%s #%d: %s" % (u, j, e))
                        continue
                    with lock:
                        sent.append((sid, u, j, p, k, s0, s1))
                        n429[0] += r
        except sc.GiveUp as e:
            with lock:
                errors.append("gave up: %s" % e)
        finally:
            c.close()

    ths = [threading.Thread(target=worker, args=(i,), daemon=True)
           for i in range(a.clients)]
    for t in ths:
        t.start()
    barrier.wait()
    b0 = time.time()
    for t in ths:
        t.join()
    b1 = time.time()
    print("# burst: %d submissions sent by %d client threads in %.1f s = "
          "%.0f/s (429 answers: %d, errors: %d)" % (
              len(sent), a.clients, b1 - b0, len(sent) / max(b1 - b0, 1e-9),
              n429[0], len(errors)), flush=True)
    for e in errors[:10]:
        print("error: " + e)

    # The drain, watched in MariaDB.
    drain_deadline = b0 + a.drain_timeout
    last_print, last_done, last_t = time.time(), None, time.time()
    gave_up = False
    while True:
        r = sql(a, "SELECT COUNT(*), COALESCE(SUM(status = 'done'), 0), "
                "(SELECT COUNT(*) FROM jobs) FROM submissions WHERE "
                "contest_id = %d;" % cid)[0]
        total, done, jobs = int(r[0]), int(r[1]), int(r[2])
        now = time.time()
        if done >= total and jobs == 0:
            break
        if last_done is None:
            last_done, last_t = done, now
        elif now - last_print >= a.progress_s:
            print("# drain: %d/%d done after %.0f s (%.1f/s over the last "
                  "%.0f s), %d jobs queued" % (
                      done, total, now - b0, (done - last_done) /
                      (now - last_t), now - last_t, jobs), flush=True)
            last_print, last_done, last_t = now, done, now
        if now > drain_deadline or now > a.deadline:
            gave_up = True
            print("contest bench: GAVE UP: %d of %d submissions done after "
                  "%.0f s (BENCH_DRAIN_TIMEOUT=%d s), %d jobs left" % (
                      done, total, now - b0, a.drain_timeout, jobs))
            break
        time.sleep(1.0)
    d1 = time.time()

    # Accounting: MariaDB.
    rows = sql(a, "SELECT s.id, u.username, s.status, IFNULL(s.verdict, ''),"
               " s.problem_id, UNIX_TIMESTAMP(s.created_at), "
               "IFNULL(UNIX_TIMESTAMP(s.judged_at), 0) FROM submissions s "
               "JOIN users u ON u.id = s.user_id WHERE s.contest_id = %d "
               "ORDER BY s.id;" % cid)
    nuser = int(sql1(a, "SELECT COUNT(*) FROM submissions s JOIN users u "
                     "ON u.id = s.user_id WHERE u.username REGEXP %s;" %
                     q("^%s[0-9]{4}$" % a.prefix)))
    jobs = int(sql1(a, "SELECT COUNT(*) FROM jobs;"))
    db = {int(r[0]): r for r in rows}
    ids = [s[0] for s in sent]
    why = []
    if len(set(ids)) != len(ids):
        why.append("%d ids answered twice" % (len(ids) - len(set(ids))))
    if len(sent) != want:
        why.append("%d of %d POSTs answered 202" % (len(sent), want))
    if sorted(db) != sorted(set(ids)):
        why.append("MariaDB holds %d contest rows, %d not seen by the "
                   "clients, %d seen by the clients missing" % (
                       len(db), len(set(db) - set(ids)),
                       len(set(ids) - set(db))))
    if nuser != len(rows):
        why.append("%d submissions by the participants, %d in the contest"
                   % (nuser, len(rows)))
    ndone = sum(1 for r in rows if r[2] == "done")
    if ndone != len(rows):
        why.append("%d not done" % (len(rows) - ndone))
    if jobs:
        why.append("%d jobs left" % jobs)
    per_user = {}
    for r in rows:
        per_user[r[1]] = per_user.get(r[1], 0) + 1
    odd = [u for u in users if per_user.get(u, 0) != a.per_user]
    if odd:
        why.append("%d participants without exactly %d rows (%s ...)" % (
            len(odd), a.per_user, ", ".join(odd[:3])))
    unexpected = {}
    for s in sent:
        r = db.get(s[0])
        if r and r[2] == "done" and r[3] != s[4]:
            unexpected.setdefault("%s -> %s" % (s[4], r[3]), []).append(
                s[0])
    if unexpected:
        why.append("verdicts other than intended: %s" % "; ".join(
            "%d x %s (e.g. %d)" % (len(v), k, v[0])
            for k, v in sorted(unexpected.items())))
    verdicts = {}
    for r in rows:
        verdicts[r[3] or r[2]] = verdicts.get(r[3] or r[2], 0) + 1
    print("MariaDB: %d contest submissions (want %d), %d distinct ids = the "
          "clients' %s, %d done, %d by the participants in all, jobs table "
          "%d rows; verdicts %s" % (
              len(rows), want, len(db),
              "yes" if sorted(db) == sorted(set(ids)) else "NO", ndone,
              nuser, jobs, ", ".join("%s %d" % kv for kv in
                                     sorted(verdicts.items()))))

    # Accounting: the API, as each participant would see it.
    api_bad = []
    api_ok = [0]

    def look(s, state):
        c = state.setdefault("c", client(a))
        c.token = tokens[s[1]]
        st, _, doc = c.req("GET", "/api/submissions/%d" % s[0])
        r = db.get(s[0])
        if st != 200 or doc.get("status") != "done" or r is None or \
                doc.get("verdict") != r[3]:
            with lock:
                api_bad.append("%d: %s %s/%s (MariaDB %s)" % (
                    s[0], st, (doc or {}).get("status"),
                    (doc or {}).get("verdict"), r and r[3]))
        else:
            with lock:
                api_ok[0] += 1

    if not gave_up:
        t2 = time.time()
        errs = pool(a.threads, sent, look)
        print("API: %d of %d submissions answer done with MariaDB's verdict "
              "to their owner (GET /api/submissions/:id, %.1f s)" % (
                  api_ok[0], len(sent), time.time() - t2))
        if errs or api_bad:
            why.append("the API disagrees for %d: %s" % (
                len(errs) + len(api_bad), "; ".join(
                    [str(e) for e in errs[:3]] + api_bad[:3])))

    # The figures.
    cr = [float(r[5]) for r in rows]
    jd = [float(r[6]) for r in rows if r[2] == "done"]
    print()
    print("Contest burst: %d participants x %d submissions (C: %s), %d "
          "client threads, %d judges" % (
              len(users), a.per_user, ", ".join(
                  "%s %d" % (k, sum(v for kk, v in mix.items()
                                    if kk.endswith("/" + k)))
                  for k in KINDS), a.clients, a.judges))
    print("  sent:    %d in %.1f s = %.0f submissions/s (first POST to last "
          "202)" % (len(sent), b1 - b0, len(sent) / max(b1 - b0, 1e-9)))
    if cr and jd:
        span = max(jd) - min(cr)
        rate = len(jd) / span
        print("  drained: %d verdicts in %.1f s from the first row to the "
              "last verdict = %.1f verdicts/s" % (len(jd), span, rate))
        print("           (the last verdict %.1f s after the last "
              "submission was stored; watched %.0f s)" % (
                  max(jd) - max(cr), d1 - b0))
        against(a, mix, len(jd), rate, "before")
    save(os.path.join(a.out, "burst.json"),
         {"contest_id": cid, "slug": a.slug, "ids": sorted(ids), "mix": mix,
          "verdicts": len(jd), "rate": len(jd) / (max(jd) - min(cr))
          if cr and jd and not gave_up else None})
    if why:
        print("contest bench: FAILED: " + "; ".join(why))
        return 3 if gave_up else 1
    return 0


# ------------------------------------------------------------- standings

def recompute(a, cid):
    """The ICPC standings from the contest's submissions, from scratch."""
    c = sql(a, "SELECT scoring, DATE_FORMAT(starts_at, '%%Y-%%m-%%d "
            "%%H:%%i:%%s.%%f'), duration_minutes FROM contests WHERE id = %d;"
            % cid)[0]
    if c[0] != "icpc":
        raise Fail("the contest's scoring is %s, not icpc" % c[0])
    start = dt(c[1])
    end = start + datetime.timedelta(minutes=int(c[2]))
    labels = sql(a, "SELECT problem_id, label FROM contest_problems WHERE "
                 "contest_id = %d ORDER BY ordinal;" % cid)
    label = {int(p): l for p, l in labels}
    order = [l for _, l in labels]
    rows = sql(a, "SELECT s.id, u.username, s.problem_id, s.status, "
               "IFNULL(s.verdict, ''), DATE_FORMAT(s.created_at, "
               "'%%Y-%%m-%%d %%H:%%i:%%s.%%f') FROM submissions s JOIN users "
               "u ON u.id = s.user_id WHERE s.contest_id = %d ORDER BY s.id;"
               % cid)
    cells = {}          # user -> {label: [tries, ac_seconds or None]}
    first = {l: None for l in order}
    for sid, user, pid, status, verdict, created in rows:
        t = dt(created)
        if status != "done" or t < start or t >= end:
            continue
        u = cells.setdefault(user, {l: [0, None] for l in order})
        cell = u[label[int(pid)]]
        if cell[1] is not None:
            continue                    # after the first AC: nothing
        secs = (t - start) // datetime.timedelta(seconds=1)
        if verdict == "AC":
            cell[1] = secs
            if first[label[int(pid)]] is None:
                first[label[int(pid)]] = user     # rows are in id order
        elif verdict not in ("CE", "IE"):
            cell[0] += 1
    board = {}
    for user, u in cells.items():
        solved = sum(1 for l in order if u[l][1] is not None)
        penalty = sum(u[l][1] // 60 + 20 * u[l][0] for l in order
                      if u[l][1] is not None)
        last = max([u[l][1] for l in order if u[l][1] is not None],
                   default=0)
        board[user] = {"solved": solved, "penalty": penalty, "time": last,
                       "problems": [{"label": l, "tries": u[l][0],
                                     "ac_minute": None if u[l][1] is None
                                     else u[l][1] // 60} for l in order]}
    keys = sorted((-b["solved"], b["penalty"]) for b in board.values())
    better = {}
    for i, k in enumerate(keys):
        better.setdefault(k, i)
    for b in board.values():
        b["rank"] = 1 + better[(-b["solved"], b["penalty"])]
    return board, first, len(rows)


def fetch_board(a, c):
    rows, off, total, first, src = [], 0, None, None, set()
    while total is None or off < total:
        st, _, doc = c.req("GET", "/api/contests/%s/leaderboard?offset=%d&"
                           "limit=200" % (a.slug, off))
        if st != 200 or doc is None:
            raise Fail("leaderboard offset %d answered %s %s" %
                       (off, st, doc))
        if total is not None and doc["total"] != total:
            raise Fail("the total moved from %d to %d while paging" %
                       (total, doc["total"]))
        total = doc["total"]
        first = doc.get("first") if first is None else first
        src.add(str(doc.get("source")))
        rows.extend(doc["rows"])
        if not doc["rows"]:
            break
        off += len(doc["rows"])
    return rows, total, first, src


def compare(board, first, got, total, gfirst, who):
    diffs = []
    if total != len(board):
        diffs.append("total %s, want %d" % (total, len(board)))
    seen = set()
    prev = 0
    for i, r in enumerate(got):
        u = r.get("user")
        if u in seen:
            diffs.append("%s listed twice" % u)
        seen.add(u)
        if r.get("rank", 0) < prev:
            diffs.append("row %d: rank %s after %d" % (i, r.get("rank"),
                                                        prev))
        prev = r.get("rank", 0)
        b = board.get(u)
        if b is None:
            diffs.append("%s is on the board with no judged submission" % u)
            continue
        g = {k: r.get(k) for k in ("rank", "solved", "penalty", "time")}
        g["problems"] = [{k: c.get(k) for k in ("label", "tries",
                                                "ac_minute")}
                         for c in r.get("problems") or []]
        w = {k: b[k] for k in ("rank", "solved", "penalty", "time",
                               "problems")}
        if g != w:
            diffs.append("%s: served %s, recomputed %s" % (
                u, json.dumps(g, sort_keys=True),
                json.dumps(w, sort_keys=True)))
    missing = set(board) - seen
    if missing:
        diffs.append("%d participants missing (%s ...)" % (
            len(missing), ", ".join(sorted(missing)[:3])))
    if gfirst != first:
        diffs.append("first %s, recomputed %s" % (gfirst, first))
    if diffs:
        print("%s: %d DIFFERENCES, e.g.:" % (who, len(diffs)))
        for d in diffs[:10]:
            print("  " + d)
    return not diffs


def cmd_standings(a):
    b = load(os.path.join(a.out, "burst.json"))
    cid = b["contest_id"]
    # The board is published to Redis after each verdict's commit and
    # cached up to a second by each web worker and by nginx: past both.
    last = sql1(a, "SELECT UNIX_TIMESTAMP(MAX(judged_at)) FROM submissions "
                "WHERE contest_id = %d;" % cid)
    wait = float(last or 0) + a.settle_s - time.time()
    if wait > 0:
        time.sleep(wait)
    t0 = time.time()
    board, first, nrows = recompute(a, cid)
    t1 = time.time()
    ok = True
    adm = admin_client(a)
    for who, c in (("anonymous", client(a)), ("admin", adm)):
        t2 = time.time()
        got, total, gfirst, src = fetch_board(a, c)
        c.close()
        print("# leaderboard (%s): %d rows in %d pages, source %s, %.2f s" % (
            who, len(got), (len(got) + 199) // 200, "/".join(sorted(src)),
            time.time() - t2))
        ok = compare(board, first, got, total, gfirst, who) and ok
    ranks = sorted(set(b["rank"] for b in board.values()))
    solved = {}
    for v in board.values():
        solved[v["solved"]] = solved.get(v["solved"], 0) + 1
    at = {}
    for v in board.values():
        at[v["rank"]] = at.get(v["rank"], 0) + 1
    tied = sum(n for n in at.values() if n > 1)
    pens = [v["penalty"] for v in board.values() if v["solved"]]
    mins = sorted(set(c["ac_minute"] for v in board.values()
                      for c in v["problems"] if c["ac_minute"] is not None))
    print("Standings recomputed from %d submission rows in %.2f s: %d "
          "participants, %d distinct ranks (%d share theirs), solved %s, "
          "penalty %d-%d, AC minutes %s, first %s" % (
              nrows, t1 - t0, len(board), len(ranks), tied,
              " ".join("%d:%d" % kv for kv in sorted(solved.items())),
              min(pens or [0]), max(pens or [0]),
              ",".join(str(m) for m in mins), json.dumps(first)))
    print("leaderboard = recomputation (rank, solved, penalty, time, cells, "
          "first; anonymous and admin): %s" % ("yes" if ok else "NO"))
    return 0 if ok else 1


# ------------------------------------------------------------------ main

def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ("setup", "capacity", "burst", "standings"):
        s = sub.add_parser(name)
        s.add_argument("url")
        s.add_argument("out")
        s.add_argument("--sql", required=True,
                       help="the mariadb client command (-N -B, database)")
        s.add_argument("--deadline", type=float, default=time.time() + 1800)
        s.add_argument("--threads", type=int, default=16,
                       help="for setup, registration and API checks")
        s.add_argument("--prefix", default="cb")
        s.add_argument("--seed", type=int, default=7)
        s.add_argument("--slug", default="burst")
        s.add_argument("--admin-password")
        s.add_argument("--problems", default="aplusb,ct-alpha,ct-beta")
    s = sub.choices["setup"]
    s.add_argument("--bin", required=True)
    s.add_argument("--conf", required=True)
    s.add_argument("--users", type=int, default=2000)
    s.add_argument("--cap-users", type=int, default=3)
    s = sub.choices["capacity"]
    s.add_argument("--check", required=True)
    s.add_argument("--judges", type=int, default=2)
    s.add_argument("--label", default="before")
    s.add_argument("--problem-dirs", required=True)
    s.add_argument("--slots", required=True)
    s.add_argument("--rounds", type=int, default=3)
    s.add_argument("--warmup", type=int, default=1)
    s.add_argument("--poll-ms", type=int, default=20)
    s = sub.choices["burst"]
    s.add_argument("--judges", type=int, default=2)
    s.add_argument("--clients", type=int, default=64)
    s.add_argument("--per-user", type=int, default=5)
    s.add_argument("--drain-timeout", type=int, default=1200)
    s.add_argument("--progress-s", type=float, default=30)
    s.add_argument("--minute", type=int, default=47,
                   help="the contest's age in minutes at the burst")
    s.add_argument("--boundary-s", type=int, default=8,
                   help="seconds to the next minute at creation")
    s = sub.choices["standings"]
    s.add_argument("--settle-s", type=float, default=3)
    a = p.parse_args()
    try:
        return {"setup": cmd_setup, "capacity": cmd_capacity,
                "burst": cmd_burst, "standings": cmd_standings}[a.cmd](a)
    except (sc.GiveUp, subprocess.TimeoutExpired) as e:
        print("contest bench: out of time: %s" % e)
        return 3
    except (Fail, RuntimeError, OSError) as e:
        print("contest bench: FAILED: %s" % e)
        return 1


if __name__ == "__main__":
    sys.exit(main())
