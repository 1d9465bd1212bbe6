"""test_queue.py: the judge queue against the real MariaDB (issue 3, tests).

The stack's judges are stopped and this test runs its own daemons with a
short lease, so it controls who holds which job:
  - two daemons draining one queue never judge the same job twice;
  - a daemon killed with SIGKILL in the middle of a job leaves a job that
    the other daemon finishes, with exactly one final verdict;
  - a job that kills its judge every time ends as IE after the bounded
    number of attempts, and the queue is empty afterwards.
The stack's judges are started again at the end for the suites after this.
"""
import glob
import os
import re
import signal
import subprocess
import time

from lib import ok, eq, done, wait_until, VAR

BIN = os.environ.get("BIN", os.path.join(os.environ.get("VERDICT_ROOT", "."),
                                         "build/san"))
SLOT = int(os.environ.get("JUDGE_SLOT", "10"))
RUN = os.path.join(VAR, "run")
LOG = os.path.join(VAR, "log")
LEASE = 3

FAST_C = r"""#include <stdio.h>
int main(void) { long long a, b; scanf("%lld %lld", &a, &b);
	printf("%lld\n", a + b); return 0; }
"""
# About 0.4 s of CPU per test: a job that stays in hand for seconds.
SLOW_C = r"""#include <stdio.h>
int main(void) { long long a, b; volatile unsigned long n;
	for (n = 0; n < 400000000UL; n++) ;
	scanf("%lld %lld", &a, &b); printf("%lld\n", a + b); return 0; }
"""


def sql(query):
    out = subprocess.run(
        ["mariadb", "--defaults-file=" + os.path.join(VAR, "my.cnf"),
         "-uroot", "-N", "-B", "verdict", "-e", query],
        capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    return [line.split("\t") for line in out.stdout.splitlines()]


def pid_alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


def stop_pidfile(path):
    try:
        pid = int(open(path).read().strip())
    except (OSError, ValueError):
        return
    os.kill(pid, signal.SIGTERM)
    wait_until(lambda: not pid_alive(pid), 30, 0.05)


def start_daemon(name, slot):
    log = open(os.path.join(LOG, "queue-%s.log" % name), "a")
    p = subprocess.Popen(
        [os.path.join(BIN, "verdict-judge"), "daemon", "-c",
         os.path.join(VAR, "judge.conf"), "--slot", str(slot), "--name",
         name, "--lease", str(LEASE)],
        stdin=subprocess.DEVNULL, stdout=log, stderr=log,
        start_new_session=True)
    return p


def stop_daemon(p):
    if p.poll() is None:
        p.send_signal(signal.SIGTERM)
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def judged_ids(names):
    """{submission id: how many times a daemon logged its verdict}."""
    seen = {}
    for n in names:
        path = os.path.join(LOG, "queue-%s.log" % n)
        if not os.path.exists(path):
            continue
        for m in re.finditer(r"submission (\d+): ([A-Z]+)", open(path).read()):
            seen[int(m.group(1))] = seen.get(int(m.group(1)), 0) + 1
    return seen


USER = None
PROBLEM = None
VERSION = None


def setup():
    global USER, PROBLEM, VERSION
    sql("INSERT IGNORE INTO users (username, password_hash) "
        "VALUES ('queue-tester', 'x')")
    USER = sql("SELECT id FROM users WHERE username = 'queue-tester'")[0][0]
    PROBLEM, VERSION = sql("SELECT id, current_version_id FROM problems "
                           "WHERE slug = 'aplusb'")[0]


def enqueue(source, n=1):
    """Insert n submissions and their jobs directly, in one transaction."""
    src = source.replace("\\", "\\\\").replace("'", "\\'")
    ids = []
    for _ in range(n):
        row = sql("START TRANSACTION; INSERT INTO submissions (user_id, "
                  "problem_id, version_id, language, source) VALUES "
                  "(%s, %s, %s, 'c', '%s'); SET @s = LAST_INSERT_ID(); "
                  "INSERT INTO jobs (kind, ref_id, language) VALUES "
                  "('submission', @s, 'c'); COMMIT; SELECT @s;"
                  % (USER, PROBLEM, VERSION, src))
        ids.append(int(row[-1][0]))
    return ids


def status(sid):
    r = sql("SELECT status, IFNULL(verdict, ''), "
            "(SELECT COUNT(*) FROM submission_tests WHERE submission_id = "
            "s.id), total FROM submissions s WHERE id = %d" % sid)
    return r[0] if r else None


def all_done(ids):
    return all(status(i)[0] == "done" for i in ids)


# --- the stack's judges step aside -------------------------------------
stack_pidfiles = sorted(glob.glob(os.path.join(RUN, "judge-*.pid")))
for f in stack_pidfiles:
    stop_pidfile(f)
ok(not any(pid_alive(int(open(f).read())) for f in stack_pidfiles
           if os.path.exists(f)), "the stack's judges stopped")
setup()

# --- 1. two daemons, one queue: every job judged exactly once ------------
sql("DELETE FROM jobs")
ids = enqueue(FAST_C, 24)
qa = start_daemon("qa", SLOT + 20)
qb = start_daemon("qb", SLOT + 21)
ok(wait_until(lambda: all_done(ids), 240, 0.2), "24 jobs drained by two "
   "daemons")
seen = judged_ids(["qa", "qb"])
eq(sorted(i for i in ids if seen.get(i) == 1), sorted(ids),
   "each submission judged exactly once")
ok(all(status(i)[1] == "AC" for i in ids), "every verdict is AC")
eq(sql("SELECT COUNT(*) FROM jobs")[0][0], "0", "the queue is empty")
both = [n for n in ("qa", "qb") if any(
    True for _ in re.finditer(r"submission \d+:", open(
        os.path.join(LOG, "queue-%s.log" % n)).read()))]
eq(len(both), 2, "both daemons took jobs (SKIP LOCKED shares the queue)")

# --- 2. SIGKILL mid-job: the other daemon finishes it once ---------------
stop_daemon(qb)
(slow,) = enqueue(SLOW_C)
owner = wait_until(lambda: (sql("SELECT lease_owner FROM jobs WHERE kind = "
                                "'submission' AND ref_id = %d AND state = "
                                "'leased'" % slow) or [[None]])[0][0], 30, 0.05)
eq(owner, "qa", "daemon qa leased the slow job")
time.sleep(0.5)
qa.kill()
qa.wait()
ok(status(slow)[0] != "done", "the job was not finished when qa died")
qb = start_daemon("qb", SLOT + 21)
ok(wait_until(lambda: status(slow)[0] == "done", 120, 0.2),
   "daemon qb finished the orphaned job after the lease expired")
st = status(slow)
eq(st[1], "AC", "one final verdict: AC")
eq(st[2], st[3], "per-test rows written once (%s of %s)" % (st[2], st[3]))
eq(judged_ids(["qa", "qb"]).get(slow), 1, "exactly one daemon logged a "
   "verdict for it")
attempts = sql("SELECT COUNT(*) FROM jobs WHERE ref_id = %d" % slow)[0][0]
eq(attempts, "0", "its job row is gone")

# --- 3. a job that kills its judge every time ends as IE -----------------
stop_daemon(qb)
(doomed,) = enqueue(SLOW_C)
kills = 0
for attempt in range(3):
    d = start_daemon("qc%d" % attempt, SLOT + 22)
    got = wait_until(lambda: sql("SELECT attempts FROM jobs WHERE ref_id = %d "
                                 "AND state = 'leased' AND lease_owner = "
                                 "'qc%d'" % (doomed, attempt)), 30, 0.05)
    if got:
        time.sleep(0.3)
        d.kill()
        kills += 1
    d.wait()
eq(kills, 3, "the judge holding the job was killed three times")
final = start_daemon("qd", SLOT + 22)
ok(wait_until(lambda: status(doomed)[0] == "done", 60, 0.2),
   "the fourth claim ends the job")
eq(status(doomed)[1], "IE", "after the bounded attempts the verdict is IE")
eq(sql("SELECT COUNT(*) FROM jobs")[0][0], "0", "the queue is empty again")
stop_daemon(final)

# --- the stack's judges come back ----------------------------------------
for i, f in enumerate(stack_pidfiles):
    name = os.path.basename(f)[:-4]
    log = open(os.path.join(LOG, name + ".log"), "a")
    subprocess.Popen(
        [os.path.join(BIN, "verdict-judge"), "daemon", "-c",
         os.path.join(VAR, "judge.conf"), "--slot", str(SLOT + i), "--name",
         name, "-p", f], stdin=subprocess.DEVNULL, stdout=log, stderr=log,
        start_new_session=True)
ok(wait_until(lambda: all(os.path.exists(f) for f in stack_pidfiles), 30,
              0.1), "the stack's judges are back")
done()
