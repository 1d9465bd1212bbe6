#!/usr/bin/python3
"""tests/bench/submit_client.py: the HTTP client of tests/bench/submit.sh.

Python standard library only (threads, http.client on loopback).

  submit_client.py users URL NAME...
      register each (POST /api/users, the bench password); an existing
      name (409) is fine.

  submit_client.py latency URL SRC_DIR OUT --langs L,.. --n N --warmup W
      --check "CMD ..." --problem-dir DIR --slots S,.. --poll-ms 20 --sql ..
      per language, N sequential submissions (POST, then poll until done),
      interleaved with N `verdict-judge check` runs of the same program
      (CMD ... --slot S PROBLEM_DIR FILE); prints the table and writes
      every sample to OUT (JSON).

  submit_client.py load URL SRC_DIR OUT --clients C --per-client K
      --langs L,.. --poll-ms P --sql .. [--ref LATENCY_JSON --judges J]
      C threads, one user each, each submits K times in a row (POST, poll
      until done, next); prints accounting, latency and drain figures and
      writes the ids to OUT.ids (one a line) for the SQL cross-check.

Every source sent or checked is the reference program with a comment line
of its own in front: the judge caches compiled artifacts by source, and a
bench of cache hits would measure neither compile nor a real submission.

Times are time.time() on this host, so they line up with the rows'
created_at and judged_at (MariaDB NOW(3), the same clock), read with
--sql at the end of each phase (the API gives created_at to the second).
Everything is bounded by --deadline (a time.time() value): past it the
client stops and says so (exit 3).  Exit 2: some verdicts were not AC.
"""
import argparse
import http.client
import json
import os
import subprocess
import sys
import threading
import time

EXT = {"c": "a.c", "cpp": "a.cpp", "python3": "a.py", "java": "a.java",
       "javascript": "a.js"}
# check picks the language from the extension and a Java class from the
# file name: the web path calls the class Main, so check gets Main.java.
CHECK_NAME = {"java": "Main.java"}
COMMENT = {"python3": "#"}          # the others: //
PASSWORD = "bench-password-1"
RUN = "%x-%d" % (int(time.time()), os.getpid())


class GiveUp(Exception):
    pass


def pct(v, p):
    """The p-th percentile (nearest rank) of v."""
    if not v:
        return float("nan")
    s = sorted(v)
    k = max(0, min(len(s) - 1, int(round(p / 100.0 * len(s) + 0.5)) - 1))
    return s[k]


def ms(x):
    return "%.0f" % (x * 1000.0) if x == x else "-"


def tagged(lang, src, tag):
    """src with a comment line of its own: a distinct source."""
    return "%s bench %s %s\n%s" % (COMMENT.get(lang, "//"), RUN, tag, src)


def note(doc):
    """A non-AC verdict's compile message, shortened."""
    m = (doc.get("compile_output") or "").strip()
    if doc.get("verdict") == "AC" or not m:
        return ""
    return "(%s)" % m.splitlines()[-1][:80]


class Client:
    """One keep-alive connection, one bearer token."""

    def __init__(self, url, deadline):
        assert url.startswith("http://")
        hp = url[len("http://"):].rstrip("/")
        self.host, _, port = hp.partition(":")
        self.port = int(port or 80)
        self.deadline = deadline
        self.conn = None
        self.token = None
        self.requests = 0
        self.reconnects = 0

    def req(self, method, path, body=None, headers=None, retry=True):
        """(status, response, parsed JSON or None).  A dropped keep-alive
        connection is retried once for GETs only: a POST is never resent
        (it could create a second submission)."""
        h = {"Accept": "application/json"}
        if self.token:
            h["Authorization"] = "Bearer " + self.token
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        if headers:
            h.update(headers)
        if time.time() > self.deadline:
            raise GiveUp("deadline passed")
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port,
                                                       timeout=30)
            self.conn.request(method, path, body=data, headers=h)
            r = self.conn.getresponse()
            raw = r.read()
        except (http.client.HTTPException, OSError):
            self.close()
            if method == "GET" and retry:
                self.reconnects += 1
                return self.req(method, path, None, headers, retry=False)
            raise
        self.requests += 1
        if r.getheader("Connection", "").lower() == "close":
            self.close()
        doc = None
        if raw:
            try:
                doc = json.loads(raw)
            except ValueError:
                doc = None
        return r.status, r, doc

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def login(self, user):
        st, _, doc = self.req("POST", "/api/session",
                              {"username": user, "password": PASSWORD})
        if st != 200 or not doc or "token" not in doc:
            raise RuntimeError("sign-in as %s answered %s %s" %
                               (user, st, doc))
        self.token = doc["token"]

    def submit(self, problem, lang, source):
        """POST; returns (id, t_sent, t_202, 429 count).  A 429 waits its
        Retry-After and tries again (counted)."""
        n429 = 0
        while True:
            t0 = time.time()
            st, r, doc = self.req("POST", "/api/submissions",
                                  {"problem": problem, "language": lang,
                                   "source": source})
            t1 = time.time()
            if st == 202 and doc and "id" in doc:
                return doc["id"], t0, t1, n429
            if st == 429:
                n429 += 1
                wait = float(r.getheader("Retry-After", "1") or 1)
                if time.time() + wait > self.deadline:
                    raise GiveUp("rate limited past the deadline")
                time.sleep(min(wait, 5.0))
                continue
            raise RuntimeError("POST /api/submissions (%s) answered %s %s" %
                               (lang, st, doc))

    def wait_done(self, sid, t0, poll):
        """Poll GET /api/submissions/:id (If-None-Match, as the page does)
        on a poll-second grid from t0 until done: (doc, t_seen, polls)."""
        etag = None
        k, polls = 1, 0
        while True:
            d = t0 + k * poll - time.time()
            k += 1
            if d > 0:
                time.sleep(d)
            else:
                # Late (a slow poll): on to the next slot of the grid.
                k = int((time.time() - t0) / poll) + 1
            h = {"If-None-Match": etag} if etag else None
            st, r, body = self.req("GET", "/api/submissions/%d" % sid,
                                   headers=h)
            polls += 1
            if st == 304:
                continue
            if st != 200 or body is None:
                raise RuntimeError("GET /api/submissions/%d answered %s %s"
                                   % (sid, st, body))
            etag = r.getheader("ETag")
            if body.get("status") == "done":
                return body, time.time(), polls


def read_sources(src_dir, langs):
    out = {}
    for l in langs:
        with open(os.path.join(src_dir, EXT[l]), encoding="utf-8") as f:
            out[l] = f.read()
    return out


def db_times(a, ids):
    """{id: (created_at, judged_at)} as time.time() values, from MariaDB
    (the API gives created_at to the second only)."""
    out = {}
    ids = sorted(set(ids))
    for i in range(0, len(ids), 500):
        chunk = ",".join(str(x) for x in ids[i:i + 500])
        p = subprocess.run(a.sql.split() + [
            "-e", "SELECT id, UNIX_TIMESTAMP(created_at), "
            "UNIX_TIMESTAMP(judged_at) FROM submissions WHERE id IN (%s)"
            % chunk], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            timeout=60)
        if p.returncode != 0:
            raise RuntimeError("SQL failed: %s" % p.stderr.decode()[-300:])
        for line in p.stdout.decode().splitlines():
            f = line.split("\t")
            if len(f) == 3 and f[2] != "NULL":
                out[int(f[0])] = (float(f[1]), float(f[2]))
    return out


# ---------------------------------------------------------------- users

def cmd_users(a):
    errs = []
    lock = threading.Lock()
    it = iter(a.names)

    def work():
        c = Client(a.url, a.deadline)
        while True:
            with lock:
                n = next(it, None)
            if n is None:
                break
            try:
                st, _, doc = c.req("POST", "/api/users",
                                   {"username": n, "password": PASSWORD})
                if st not in (201, 409):
                    with lock:
                        errs.append("%s: %s %s" % (n, st, doc))
            except Exception as e:    # noqa: BLE001 (reported below)
                with lock:
                    errs.append("%s: %s" % (n, e))
        c.close()

    ths = [threading.Thread(target=work) for _ in range(4)]
    for t in ths:
        t.start()
    for t in ths:
        t.join()
    if errs:
        print("bench: registering users failed: " + "; ".join(errs[:5]))
        return 1
    return 0


# -------------------------------------------------------------- latency

def run_check(a, lang, source, slots):
    """One `verdict-judge check` of source: (wall seconds, its JSON).  A
    slot taken by another process moves on to the next candidate."""
    d = os.path.join(a.out + ".check", lang)
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, CHECK_NAME.get(lang, EXT[lang]))
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    while slots:
        cmd = a.check.split() + ["--slot", str(slots[0]), a.problem_dir,
                                 path]
        t0 = time.time()
        p = subprocess.run(cmd, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE,
                           timeout=max(5, a.deadline - time.time()))
        t1 = time.time()
        err = p.stderr.decode(errors="replace")
        if p.returncode != 0 and "is taken" in err:
            print("# check: slot %d is taken, trying the next one" %
                  slots[0], flush=True)
            slots.pop(0)
            continue
        try:
            doc = json.loads(p.stdout)
        except ValueError:
            raise RuntimeError("check %s failed (%d): %s" %
                               (path, p.returncode, err.strip()[-500:]))
        return t1 - t0, doc
    raise RuntimeError("no free box slot for check")


def cmd_latency(a):
    langs = a.langs.split(",")
    src = read_sources(a.src_dir, langs)
    slots = [int(s) for s in a.slots.split(",")]
    poll = a.poll_ms / 1000.0
    per_user = 25                       # under 30 a minute
    clients = {}
    keys = ("web", "check", "web_round", "check_round", "post_rtt", "post",
            "queue_judge", "seen_after", "polls", "compile", "tests_wall",
            "check_rest", "ids")
    samples = {l: {k: [] for k in keys} for l in langs}
    bad = []        # non-AC verdicts: reported, left out of the figures

    def client(lang, i):
        k = (lang, i // per_user)
        if k not in clients:
            c = Client(a.url, a.deadline)
            c.login("%s%s-%d" % (a.prefix, lang, i // per_user))
            clients[k] = c
        return clients[k]

    def web(lang, i, keep):
        c = client(lang, i)
        sid, t0, t1, n429 = c.submit(a.problem, lang,
                                     tagged(lang, src[lang], "web %d" % i))
        doc, t2, polls = c.wait_done(sid, t0, poll)
        if doc.get("verdict") != "AC":
            bad.append("web %s submission %d: %s %safter %.1f s" % (
                lang, sid, doc.get("verdict"), note(doc) + " "
                if note(doc) else "", t2 - t0))
            print("# " + bad[-1], flush=True)
            return
        if n429:
            print("# %s: %d x 429 (rate limit)" % (lang, n429))
        if not keep:
            return
        s = samples[lang]
        s["web"].append(t2 - t0)
        s["web_round"].append(i)
        s["post_rtt"].append(t1 - t0)
        s["polls"].append(polls)
        s["ids"].append((sid, t0, t2))

    def check(lang, i, keep):
        wall, doc = run_check(a, lang, tagged(lang, src[lang],
                                              "check %d" % i), slots)
        if doc.get("verdict") != "AC":
            bad.append("check %s: %s %safter %.1f s" % (
                lang, doc.get("verdict"), note(doc) + " "
                if note(doc) else "", wall))
            print("# " + bad[-1], flush=True)
            return
        if not keep:
            return
        s = samples[lang]
        s["check"].append(wall)
        s["check_round"].append(i)
        s["compile"].append((doc.get("compile_ms") or 0) / 1000.0)
        tw = sum(t.get("wall_ms", 0) for t in doc.get("tests", [])) / 1000.0
        s["tests_wall"].append(tw)
        s["check_rest"].append(wall - s["compile"][-1] - tw)

    # Warm-up (not measured): the PCH, the package cache, page-cache
    # misses; then N interleaved rounds.  Even rounds run the web path
    # first, odd ones check first.
    t_start = time.time()
    stopped = None
    for i in range(a.warmup + a.n):
        keep = i >= a.warmup
        if a.stop_after and time.time() > a.stop_after:
            stopped = "its time budget ran out"
            break
        try:
            for lang in langs:
                if i % 2 == 0:
                    web(lang, i, keep)
                    check(lang, i, keep)
                else:
                    check(lang, i, keep)
                    web(lang, i, keep)
        except (GiveUp, subprocess.TimeoutExpired):
            stopped = "the deadline passed"
            break
        if (i + 1) % 5 == 0 or i + 1 == a.warmup:
            print("# round %d/%d (%s), %.0f s" % (
                i + 1, a.warmup + a.n, "measured" if keep else "warm-up",
                time.time() - t_start), flush=True)
    if stopped:
        print("# stopped in round %d of %d: %s; the figures below are "
              "what was measured" % (i + 1, a.warmup + a.n, stopped))
    for c in clients.values():
        c.close()
    dbt = db_times(a, [x[0] for l in langs for x in samples[l]["ids"]])
    for l in langs:
        s = samples[l]
        for sid, t0, t2 in s["ids"]:
            if sid in dbt:
                cr, jd = dbt[sid]
                s["post"].append(cr - t0)
                s["queue_judge"].append(jd - cr)
                s["seen_after"].append(t2 - jd)

    print()
    print("Submit -> verdict through HTTP (POST, poll every %d ms until "
          "done) against `verdict-judge check`" % a.poll_ms)
    print("of the same program, interleaved, n rounds after %d warm-up "
          "(ms; target: adds <= 50 ms at p50)" % a.warmup)
    print("%-11s %3s %7s %7s %9s %9s %8s %8s %7s  %s" % (
        "language", "n", "web p50", "web p95", "check p50", "check p95",
        "adds p50", "adds p95", "paired", ""))
    adds = {}
    for l in langs:
        s = samples[l]
        d50 = pct(s["web"], 50) - pct(s["check"], 50)
        d95 = pct(s["web"], 95) - pct(s["check"], 95)
        chk = dict(zip(s["check_round"], s["check"]))
        paired = [w - chk[r] for r, w in zip(s["web_round"], s["web"])
                  if r in chk]
        adds[l] = d50
        print("%-11s %3d %7s %7s %9s %9s %+8.0f %+8.0f %+7.0f  %s" % (
            l, min(len(s["web"]), len(s["check"])),
            ms(pct(s["web"], 50)), ms(pct(s["web"], 95)),
            ms(pct(s["check"], 50)), ms(pct(s["check"], 95)),
            d50 * 1000, d95 * 1000, pct(paired, 50) * 1000,
            "ok" if d50 <= 0.050 else "ABOVE TARGET"))
    print("(adds = web - check at that percentile; paired = the median of "
          "web - check within a round.)")
    print()
    for l in langs:
        print("%s: the web and queue path adds %.0f ms at p50" %
              (l, adds[l] * 1000))
    print()
    print("Where the time goes (p50 of each part, ms; row times are "
          "MariaDB NOW(3), same clock):")
    print("%-11s %8s %9s %12s %7s %6s  | %8s %8s %8s" % (
        "language", "POST rtt", "POST->row", "row->verdict", "->seen",
        "polls", "chk comp", "chk runs", "chk rest"))
    for l in langs:
        s = samples[l]
        print("%-11s %8s %9s %12s %7s %6.0f  | %8s %8s %8s" % (
            l, ms(pct(s["post_rtt"], 50)), ms(pct(s["post"], 50)),
            ms(pct(s["queue_judge"], 50)), ms(pct(s["seen_after"], 50)),
            pct(s["polls"], 50), ms(pct(s["compile"], 50)),
            ms(pct(s["tests_wall"], 50)), ms(pct(s["check_rest"], 50))))
    print("(POST rtt: until the 202; POST->row: until the row's created_at;"
          " row->verdict: until its")
    print(" judged_at = commit, Redis wake-up, claim, compile, tests, "
          "verdict write; ->seen: until a")
    print(" poll saw done (%d ms grid).  check: its compile_ms, its tests' "
          "wall_ms summed, and the" % a.poll_ms)
    print(" rest: process start, slot set-up, package load, which the "
          "resident judge does not pay.)")
    if bad:
        print()
        print("NOT AC (left out of the figures above; \"compilation took "
              "too long\" = the 20 s compile wall limit):")
        for b in bad:
            print("  " + b)
    with open(a.out, "w") as f:
        json.dump(samples, f)
    if stopped:
        return 3
    return 2 if bad else 0


# ----------------------------------------------------------------- load

def cmd_load(a):
    langs = a.langs.split(",")
    src = read_sources(a.src_dir, langs)
    poll = a.poll_ms / 1000.0
    lock = threading.Lock()
    # [client, lang, id, t_post, t_seen, verdict, created, judged, note]
    results = []
    errors = []
    n429 = [0]
    barrier = threading.Barrier(a.clients + 1)
    stats = {"requests": 0, "reconnects": 0}

    def worker(k):
        lang = langs[k % len(langs)]
        c = Client(a.url, a.deadline)
        try:
            c.login("%s%d" % (a.prefix, k))
        except Exception as e:      # noqa: BLE001
            with lock:
                errors.append("client %d: %s" % (k, e))
            barrier.wait()
            return
        barrier.wait()
        try:
            for j in range(a.per_client):
                sid, t0, _, r429 = c.submit(
                    a.problem, lang,
                    tagged(lang, src[lang], "load %d %d" % (k, j)))
                doc, t2, _ = c.wait_done(sid, t0, poll)
                with lock:
                    n429[0] += r429
                    results.append([k, lang, sid, t0, t2,
                                    doc.get("verdict"), None, None,
                                    note(doc)])
        except GiveUp as e:
            with lock:
                errors.append("client %d gave up: %s" % (k, e))
        except Exception as e:      # noqa: BLE001
            with lock:
                errors.append("client %d: %s" % (k, e))
        finally:
            with lock:
                stats["requests"] += c.requests
                stats["reconnects"] += c.reconnects
            c.close()

    ths = [threading.Thread(target=worker, args=(k,), daemon=True)
           for k in range(a.clients)]
    for t in ths:
        t.start()
    barrier.wait()                  # every client signed in
    t_start = last = time.time()
    while any(t.is_alive() for t in ths):
        time.sleep(0.25)
        now = time.time()
        if now - last >= 10:
            with lock:
                n = len(results)
            print("# %d/%d verdicts after %.0f s" %
                  (n, a.clients * a.per_client, now - t_start), flush=True)
            last = now
        if now > a.deadline + 35:
            with lock:
                errors.append("clients still running past the deadline")
            break
    t_end = time.time()

    with lock:
        results = list(results)
    want = a.clients * a.per_client
    ids = [r[2] for r in results]
    dbt = db_times(a, ids)
    for r in results:
        if r[2] in dbt:
            r[6], r[7] = dbt[r[2]]
    distinct = set(ids)
    ac = sum(1 for r in results if r[5] == "AC")
    lat = [r[4] - r[3] for r in results]
    with open(a.out + ".ids", "w") as f:
        for i in sorted(distinct):
            f.write("%d\n" % i)
    print()
    print("Load: %d clients x %d submissions (one user each; each waits "
          "for its verdict before the next);" % (a.clients, a.per_client))
    print("languages %s by client, a distinct source each, poll %d ms" %
          ("/".join(langs), a.poll_ms))
    print("accounted: %d of %d reached a final verdict, %d distinct ids, "
          "%d AC; lost %d, duplicated %d;" % (
              len(results), want, len(distinct), ac, want - len(results),
              len(ids) - len(distinct)))
    print("  429 answers %d; %d requests (%d keep-alive reconnects)" % (
        n429[0], stats["requests"], stats["reconnects"]))
    if results:
        print("latency POST -> seen done (ms): p50 %s  p95 %s  p99 %s  "
              "max %s  (min %s)" % (
                  ms(pct(lat, 50)), ms(pct(lat, 95)), ms(pct(lat, 99)),
                  ms(max(lat)), ms(min(lat))))
        for l in langs:
            v = [r[4] - r[3] for r in results if r[1] == l]
            q = [r[7] - r[6] for r in results if r[1] == l and r[7]]
            if v and len(langs) > 1:
                print("  %-11s n=%-4d p50 %6s  p95 %6s  p99 %6s  max %6s"
                      "   (row->verdict p50 %s)" % (
                          l, len(v), ms(pct(v, 50)), ms(pct(v, 95)),
                          ms(pct(v, 99)), ms(max(v)), ms(pct(q, 50))))
        cr = [r[6] for r in results if r[6]]
        jd = [r[7] for r in results if r[7]]
        if cr and jd:
            span = max(jd) - min(cr)
            rate = len(jd) / span
            print("drain: %d verdicts in %.1f s from the first row to the "
                  "last verdict = %.1f verdicts/s" % (len(jd), span, rate))
            print("  (client wall %.1f s = %.1f/s)" % (
                t_end - t_start, len(results) / (t_end - t_start)))
            ref_bound(a, langs, rate)
    nonac = [r for r in results if r[5] != "AC"]
    if nonac:
        kinds = {}
        for r in nonac:
            kinds.setdefault(("%s %s" % (r[5], r[8])).strip(),
                             []).append(r)
        for k, rs in sorted(kinds.items()):
            print("NOT AC: %d x %s (%s; POST -> done %.1f-%.1f s)" % (
                len(rs), k, ", ".join(sorted(set(r[1] for r in rs))),
                min(r[4] - r[3] for r in rs), max(r[4] - r[3] for r in rs)))
    for e in errors[:10]:
        print("error: " + e)
    if any("gave up" in e or "deadline" in e for e in errors):
        return 3
    if errors or len(results) != want or len(distinct) != want:
        return 1
    return 2 if ac != want else 0


def ref_bound(a, langs, rate):
    """The drain rate against what the judges could do if every verdict
    cost what `check` took in the latency phase (same run)."""
    if not a.ref or not os.path.exists(a.ref):
        return
    with open(a.ref) as f:
        ref = json.load(f)
    per = [pct(ref[l]["check"], 50) for l in langs if l in ref and
           ref[l]["check"]]
    if len(per) != len(langs):
        return
    bound = a.judges / (sum(per) / len(per))
    print("  against %d judge(s) x 1/(check p50 of the latency phase) = "
          "%.1f verdicts/s: %.2fx" % (a.judges, bound, rate / bound))


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    u = sub.add_parser("users")
    u.add_argument("url")
    u.add_argument("names", nargs="+")
    for name in ("latency", "load"):
        s = sub.add_parser(name)
        s.add_argument("url")
        s.add_argument("src_dir")
        s.add_argument("out")
        s.add_argument("--langs", default=",".join(EXT))
        s.add_argument("--poll-ms", type=int, default=20)
        s.add_argument("--problem", default="aplusb")
        s.add_argument("--prefix", default="bench")
        s.add_argument("--sql", required=True,
                       help="the mariadb client command (-N -B, database)")
        if name == "latency":
            s.add_argument("--n", type=int, default=20)
            s.add_argument("--warmup", type=int, default=2)
            s.add_argument("--check", required=True)
            s.add_argument("--problem-dir", required=True)
            s.add_argument("--slots", required=True)
            s.add_argument("--stop-after", type=float, default=0,
                           help="start no round after this time.time()")
        else:
            s.add_argument("--clients", type=int, default=50)
            s.add_argument("--per-client", type=int, default=10)
            s.add_argument("--ref", help="the latency phase's JSON")
            s.add_argument("--judges", type=int, default=1)
    for s in sub.choices.values():
        s.add_argument("--deadline", type=float, default=time.time() + 600)
    a = p.parse_args()
    try:
        return {"users": cmd_users, "latency": cmd_latency,
                "load": cmd_load}[a.cmd](a)
    except (GiveUp, subprocess.TimeoutExpired) as e:
        print("bench: gave up: %s" % e)
        return 3
    except (RuntimeError, OSError) as e:
        print("bench: %s" % e)
        return 1


if __name__ == "__main__":
    sys.exit(main())
