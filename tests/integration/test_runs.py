"""test_runs.py: "Run" on the samples and on custom input, over HTTP.

Runs are judged but never recorded as submissions; they have their own
per-user limits and wait behind submissions in the queue.
"""
import secrets

from lib import Client, ok, eq, done, csrf_from, wait_until

PW = "correct horse battery"
AC_C = r"""#include <stdio.h>
int main(void) {
	long long a, b;
	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\n", a + b);
	return 0;
}
"""
OFF_BY_ONE_C = r"""#include <stdio.h>
int main(void) { long long a, b; scanf("%lld %lld", &a, &b);
	printf("%lld\n", a + b + 1); return 0; }
"""
SILENT_C = "int main(void) { return 0; }\n"
RE_C = "#include <stdlib.h>\nint main(void) { abort(); }\n"
CE_C = "int main(void) { return nope; }\n"
TLE_C = "int main(void) { volatile unsigned long n = 0; for (;;) n++; }\n"
LEN_PY = "import sys\nprint(len(sys.stdin.read()))\n"
AC_PY = "a, b = map(int, input().split())\nprint(a + b)\n"


def uniq(prefix):
    return prefix + secrets.token_hex(4)


def err_code(r):
    return ((r.json() or {}).get("error") or {}).get("code")


def api_user():
    c = Client()
    c.name = uniq("run")
    c.post("/api/users", json_body={"username": c.name, "password": PW})
    r = c.post("/api/session", json_body={"username": c.name, "password": PW})
    c.token = (r.json() or {}).get("token")
    return c


def run(c, source, language="c", problem="aplusb", **extra):
    body = {"problem": problem, "language": language, "source": source}
    body.update(extra)
    return c.post("/api/runs", json_body=body)


def poll(c, rid):
    return c.get("/api/runs/%d" % rid).json() or {}


def wait_done(c, rid, timeout=90):
    return wait_until(lambda: (lambda j: j if j.get("status") == "done"
                               else None)(poll(c, rid)), timeout=timeout) or {}


def run_done(c, source, **kw):
    r = run(c, source, **kw)
    rid = (r.json() or {}).get("id")
    if r.status != 202 or not isinstance(rid, int):
        return {"http": r.status, "body": r.text}
    return wait_done(c, rid)


R = api_user()
ok(R.token is not None, "set-up: a user with a bearer token")

# --- the samples ----------------------------------------------------------------
r = run(R, AC_C)
eq(r.status, 202, "POST /api/runs: 202")
j = r.json() or {}
eq(j.get("status"), "queued", "the answer says queued")
rid = j.get("id")
j = wait_done(R, rid)
eq(j.get("verdict"), "AC", "a correct program passes the samples")
eq(j.get("custom"), False, "a samples run is not custom")
eq([(t.get("name"), t.get("verdict"), t.get("input"), t.get("expected"),
     t.get("output")) for t in j.get("tests") or []],
   [("sample/1", "AC", "1 2\n", "3\n", "3\n"),
    ("sample/2", "AC", "-5 5\n", "0\n", "0\n")],
   "each sample shows input, expected and actual output")
eq((j.get("passed"), j.get("total")), (2, 2), "only the samples ran")
r = R.get("/api/submissions?user=me")
eq((r.json() or {}).get("submissions"), [], "a run is not a submission")

j = run_done(R, OFF_BY_ONE_C)
eq(j.get("verdict"), "WA", "a wrong program fails the samples")
eq([t.get("verdict") for t in j.get("tests") or []], ["WA", "WA"],
   "every sample runs, even after a failure")
eq([t.get("output") for t in j.get("tests") or []], ["4\n", "1\n"],
   "the failing outputs are shown")
ok(all(t.get("message") for t in j.get("tests") or []),
   "each failing sample says why")

j = run_done(R, CE_C)
eq(j.get("verdict"), "CE", "a compile error in a run: CE")
ok("nope" in (j.get("compile_output") or ""), "with the compiler's message")

# --- custom input -----------------------------------------------------------------
j = run_done(R, AC_C, input="40 2\n")
eq(j.get("custom"), True, "a custom-input run says so")
eq(j.get("verdict"), "OK", "custom input: the verdict is OK, not a comparison")
t = (j.get("tests") or [{}])[0]
eq((len(j.get("tests") or []), t.get("input"), t.get("output")),
   (1, "40 2\n", "42\n"), "custom input: the program's output for it")
ok("expected" in t and t.get("expected") is None,
   "no expected output without a reference run")
j = run_done(R, SILENT_C, input="1 1\n")
eq((j.get("verdict"), (j.get("tests") or [{}])[0].get("output")), ("OK", ""),
   "a program that prints nothing: OK with empty output")
j = run_done(R, RE_C, input="1 1\n")
eq(j.get("verdict"), "RE", "custom input: a crash is RE")
j = run_done(R, LEN_PY, language="python3", input="")
eq((j.get("verdict"), (j.get("tests") or [{}])[0].get("output")),
   ("OK", "0\n"), "empty custom input is input too")
j = run_done(R, LEN_PY, language="python3", input="é" * 100 + "\n")
eq((j.get("tests") or [{}])[0].get("output"), "101\n",
   "custom input keeps UTF-8 text intact")
j = run_done(R, LEN_PY, language="python3", input="z" * (64 * 1024))
eq((j.get("verdict"), (j.get("tests") or [{}])[0].get("output")),
   ("OK", "65536\n"), "exactly 64 KiB of custom input is accepted")

# --- bad input ---------------------------------------------------------------------
bad = [
    ({"input": "1" * (64 * 1024 + 1)}, 400, "input_too_large",
     "custom input over 64 KiB"),
    ({"input": 42}, 400, "invalid_field", "numeric custom input"),
    ({"input": ["1 2"]}, 400, "invalid_field", "a list as custom input"),
    ({"input": "1\u00002"}, 400, "invalid_input", "custom input with a NUL"),
    ({"problem": "no-such-problem"}, 404, "no_such_problem",
     "an unknown problem"),
    ({"language": "brainfuck"}, 400, "unknown_language",
     "an unknown language"),
    ({"source": "x" * (64 * 1024 + 1)}, 413, "source_too_large",
     "a source over 64 KiB"),
    ({"source": ""}, 400, "empty_source", "an empty source"),
    ({"source": None}, 400, "missing_field", "no source"),
    ({"problem": None}, 400, "missing_field", "no problem"),
]
for extra, status, code, what in bad:
    body = {"problem": "aplusb", "language": "c", "source": AC_C}
    body.update(extra)
    body = {k: v for k, v in body.items() if v is not None}
    r = R.post("/api/runs", json_body=body)
    eq((r.status, err_code(r)), (status, code),
       "run with %s: %d %s" % (what, status, code))
r = R.post("/api/runs", json_body={"problem": "aplusb", "language": "c",
                                   "source": AC_C, "input": "1 2"},
           headers={"Content-Type": "text/plain"})
eq(r.status, 415, "a run posted as text/plain: 415")
r = R.post("/api/runs", body='{"problem":', headers={
    "Content-Type": "application/json"})
eq(r.status, 400, "a run with broken JSON: 400")
r = Client().post("/api/runs", json_body={"problem": "aplusb",
                                          "language": "c", "source": AC_C})
eq(r.status, 401, "an anonymous run: 401")

# Cookie sessions need the CSRF header.
C = Client()
name = uniq("runweb")
tok = csrf_from(C.get("/register").text)
C.post("/register", form={"csrf": tok, "username": name, "password": PW,
                          "password2": PW})
csrf = (C.get("/api/me").json() or {}).get("csrf")
body = {"problem": "aplusb", "language": "c", "source": AC_C, "input": "1 1"}
r = C.post("/api/runs", json_body=body)
eq(r.status, 403, "a cookie run without X-CSRF-Token: 403")
r = C.post("/api/runs", json_body=body, headers={"X-CSRF-Token": csrf})
eq(r.status, 202, "a cookie run with X-CSRF-Token: 202")
crid = (r.json() or {}).get("id")
eq(wait_done(C, crid).get("verdict"), "OK", "the cookie run is judged")

# --- who may see a run, ETag -----------------------------------------------------
other = api_user()
eq(other.get("/api/runs/%d" % rid).status, 403, "another user's run: 403")
eq(Client().get("/api/runs/%d" % rid).status, 401, "an anonymous poll: 401")
eq(R.get("/api/runs/999999999").status, 404, "an unknown run: 404")
r = R.get("/api/runs/%d" % rid)
etag = r.header("ETag")
ok(etag is not None, "a run's poll has an ETag")
r = R.get("/api/runs/%d" % rid, headers={"If-None-Match": etag})
eq((r.status, r.body), (304, b""), "If-None-Match: 304 without a body")

# --- queue priority and the per-user pending limit --------------------------------
P = api_user()
Q = api_user()
r = run(P, TLE_C, input="1 2\n")
slow = (r.json() or {}).get("id")
ok(wait_until(lambda: poll(P, slow).get("status") == "judging", timeout=60,
              interval=0.02), "a slow run is being judged")
waiting = [(run(P, AC_C).json() or {}).get("id") for _ in range(2)]
ok(all(isinstance(w, int) for w in waiting), "two more runs are accepted")
r = run(P, AC_C)
eq(r.status, 429, "a fourth pending run: 429")
eq(err_code(r), "too_many_pending", "error code too_many_pending")
ok((r.header("Retry-After") or "").isdigit(), "with Retry-After")
r = Q.post("/api/submissions", json_body={"problem": "aplusb",
                                          "language": "c", "source": AC_C})
sub = (r.json() or {}).get("id")
sp = Q.get("/api/submissions/%d" % sub).json() or {}
rp = poll(P, waiting[0])
ok(sp.get("status") == "queued" and sp.get("position") == 1,
   "a later submission is first in the queue", sp)
ok(rp.get("status") == "queued" and rp.get("position") == 2,
   "the earlier run waits behind it (lower priority)", rp)
j = wait_done(P, slow)
eq(j.get("verdict"), "TLE", "the endless custom run: TLE")
for w in waiting:
    wait_done(P, w)

# --- the per-minute limit ----------------------------------------------------------
M = api_user()
accepted = []
limited = None
for i in range(60):
    r = run(M, AC_PY, language="python3")
    if r.status == 202:
        accepted.append((r.json() or {}).get("id"))
    elif err_code(r) == "too_many_pending" and accepted:
        for x in accepted[-3:]:
            wait_done(M, x)
    else:
        limited = r
        break
eq(len(accepted), 20, "twenty runs are accepted within a minute")
ok(limited is not None and limited.status == 429 and
   err_code(limited) == "rate_limited", "the next one: 429 rate_limited",
   limited.text if limited else None)
ra = (limited.header("Retry-After") or "") if limited else ""
ok(ra.isdigit() and 1 <= int(ra) <= 61, "Retry-After within the minute", ra)
for x in accepted[-3:]:
    wait_done(M, x)
done()
