#!/bin/bash
# tests/bench/contest.sh: a contest burst (issue 7's bench, second part):
# 10,000 submissions from 2,000 participants as fast as the clients can
# send them; every one reaches its final verdict, none lost; the final
# leaderboard equals a from-scratch recomputation from the submissions;
# the drain time is printed against the judges' measured capacity.
#
# One private stack (the optimised build, tests/lib/stack.sh, two judges)
# with the fixture problems; the client is tests/bench/contest_client.py
# (which reuses tests/bench/submit_client.py's HTTP client):
#
#  1. setup: BENCH_USERS accounts through SQL sharing one argon2id hash
#     made by `verdict-judge useradd`, one session each (the token's
#     SHA-256 in `sessions`), checked through POST /api/session (a sample)
#     and GET /api/me (all).
#  2. capacity: per problem and kind of C source (AC, WA, CE), what one
#     verdict costs: `verdict-judge check` of the same sources one at a
#     time, sequential practice submissions through HTTP on the idle stack
#     (created_at -> judged_at), and JUDGES checks at once (what JUDGES
#     judges can do side by side on this host), BENCH_CAP_ROUNDS rounds
#     after a warm-up.  Capacity = JUDGES / the per-verdict time over the
#     burst's mix.  Measured again after the burst (step 5): the host is
#     shared, and the two bracket the noise.
#  3. burst: an ICPC contest of aplusb, ct-alpha and ct-beta (all A+B),
#     running for 46 minutes already; every account registers through the
#     API; then BENCH_CLIENTS threads send BENCH_PER_USER submissions per
#     account (a seeded plan of problems and AC/WA/CE sources, in order,
#     without waiting: the per-user limits, 5 pending and 30 a minute, hold)
#     and the drain is watched in MariaDB, at most BENCH_DRAIN_TIMEOUT s.
#     Checked: every POST answered 202 with a distinct id; MariaDB holds
#     exactly those rows, all done, each participant's BENCH_PER_USER, the
#     jobs table empty; every verdict the intended one; the API answers
#     each owner done with MariaDB's verdict.  Printed: the send rate, the
#     drain time and rate, and both against JUDGES / (per-verdict time of
#     step 2 over the burst's mix).
#  4. standings: the ICPC standings recomputed in Python from the
#     contest's rows in `submissions` against GET .../leaderboard paged
#     through, anonymously and as the admin: rank (ties shared), solved,
#     penalty, time, each cell, "first"; exact equality.
#  5. capacity again, the judges idle, and the drain against it.
#
# Knobs: BENCH_USERS (2000), BENCH_PER_USER (5), BENCH_CLIENTS (64),
# BENCH_DRAIN_TIMEOUT (1200 s from the burst's start), BENCH_CAP_ROUNDS
# (3), BENCH_SEED (7), BENCH_TIMEOUT (2400 s in all), JUDGES (2).
# Ports 18580/18506/18579, box slots 180-181 (judges), 185 (import) and
# 186-189 (check).  Loopback only; everything started here is stopped at
# exit.  No time is asserted (shared machine); a lost, duplicated,
# unfinished or misjudged submission, or a leaderboard that differs from
# the recomputation, fails the bench.
set -u
cd "$(dirname "$0")/../.."
export TEST_BIN=${TEST_BIN:-$(pwd)/build}
export TEST_JUDGES=${TEST_JUDGES:-${JUDGES:-2}}
. tests/lib/stack.sh
stack_env 18580 18506 18579 180		# judges 180-181; import 185
export WEB_WORKERS=${BENCH_WEB_WORKERS:-4}
USERS=${BENCH_USERS:-2000}
PER_USER=${BENCH_PER_USER:-5}
CLIENTS=${BENCH_CLIENTS:-64}
DRAIN_TIMEOUT=${BENCH_DRAIN_TIMEOUT:-1200}
CAP_ROUNDS=${BENCH_CAP_ROUNDS:-3}
SEED=${BENCH_SEED:-7}
TIMEOUT=${BENCH_TIMEOUT:-2400}
CHECK_SLOTS=${BENCH_CHECK_SLOTS:-186,187,188,189}
PROBLEMS=aplusb,ct-alpha,ct-beta
PY=/usr/bin/python3
CLIENT=tests/bench/contest_client.py
START=$(date +%s)
DEADLINE=$((START + TIMEOUT))

for need in "$BIN/verdict-web" "$BIN/verdict-judge" "$PY" mariadb; do
	command -v "$need" >/dev/null 2>&1 || [ -x "$need" ] || {
		echo "contest bench needs $need (make all)"; exit 1; }
done

left() {
	local l=$((DEADLINE - $(date +%s)))
	[ $l -gt 0 ] && echo $l || echo 1
}

# step NAME SUBCOMMAND ARGS...: one client step under the deadline (the
# client watches it too and stops first).
step() {
	local name=$1 rc
	shift
	timeout -k 10 $(($(left) + 60)) "$PY" "$CLIENT" "$@" \
	    "$VERDICT_URL" "$VAR/bench" --sql "$SQL" --deadline "$DEADLINE" \
	    --admin-password "$VAR/admin-password" --problems "$PROBLEMS" \
	    --seed "$SEED"
	rc=$?
	case $rc in
	0) ;;
	3|124|137) echo "contest bench: out of time in $name" \
	    "(BENCH_TIMEOUT=$TIMEOUT s; TEST_KEEP=1 keeps the logs)" ;;
	*) echo "contest bench: $name failed" ;;
	esac
	return $rc
}

stack_up || exit 1		# its EXIT trap stops the stack
SQL="mariadb --defaults-file=$VAR/my.cnf -uroot -N -B verdict"
mkdir -p "$VAR/bench"
for _ in $(seq 100); do
	n=$($SQL -e "SELECT COUNT(*) FROM judges
	    WHERE last_seen > NOW(3) - INTERVAL 60 SECOND" 2>/dev/null)
	[ "${n:-0}" -ge "$JUDGES" ] && break
	sleep 0.1
done
[ "${n:-0}" -ge "$JUDGES" ] || {
	echo "contest bench: only ${n:-0} of $JUDGES judges came up"
	tail -5 "$VAR"/log/judge-*.log; exit 1; }
echo "# stack up in $(($(date +%s) - START)) s: JUDGES=$JUDGES (box slots" \
    "$JUDGE_SLOT-$((JUDGE_SLOT + JUDGES - 1))), $WEB_WORKERS web workers," \
    "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $BIN"

rc=0
step setup setup --bin "$BIN" --conf "$VAR/judge.conf" --users "$USERS" ||
    exit 1
dirs=
for p in ${PROBLEMS//,/ }; do
	dirs="$dirs,$ROOT/tests/integration/problems/$p"
done
CAPACITY=(--rounds "$CAP_ROUNDS" --slots "$CHECK_SLOTS" --judges "$JUDGES"
    --problem-dirs "${dirs#,}" --check
    "$BIN/verdict-judge check -L $ROOT/judge/languages.conf --cache $VAR/cache")
step capacity capacity "${CAPACITY[@]}" --label before || rc=1
echo
step burst burst --judges "$JUDGES" --clients "$CLIENTS" \
    --per-user "$PER_USER" --drain-timeout "$DRAIN_TIMEOUT"
case $? in
0) ;;
3|124|137) exit 1 ;;	# not drained: no final standings to compare
*) rc=1 ;;
esac
echo
[ -s "$VAR/bench/burst.json" ] || exit 1
step standings standings || rc=1
# The host is shared: the capacity again, now that the judges idle, and
# the drain against it too.
echo
step capacity capacity "${CAPACITY[@]}" --label after || rc=1

# Retried transactions are logged at info level; anything worse as warn.
retried=$(cat "$VAR"/log/judge-*.log "$VAR"/log/web.log 2>/dev/null |
    grep -c "Deadlock found\|Lock wait timeout")
warns=$(cat "$VAR"/log/judge-*.log "$VAR"/log/web.log 2>/dev/null |
    grep -c " warn: \| err: \|fatal")
echo "# logs (judges, web): $retried deadlocks or lock waits retried," \
    "$warns warnings or errors"
if [ "$warns" -gt 0 ]; then
	cat "$VAR"/log/judge-*.log "$VAR"/log/web.log |
	    grep " warn: \| err: \|fatal" | head -10 | sed 's/^/#   /'
fi
echo "# contest bench: $(($(date +%s) - START)) s in all;" \
    "$([ $rc = 0 ] && echo passed || echo FAILED)"
exit $rc
