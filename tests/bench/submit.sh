#!/bin/bash
# tests/bench/submit.sh: submit -> verdict through HTTP (issue 6's bench).
#
# One private stack (the optimised build, tests/lib/stack.sh) with the
# fixture problems; A+B in each language from tests/bench/submit/, every
# submission a distinct source (a comment line of its own), so that the
# judge's compiled-artifact cache never answers for the compiler.
#
#  1. Latency on an idle stack: per language N sequential submissions
#     (POST /api/submissions, then GET /api/submissions/:id every 20 ms
#     until done), interleaved with N `verdict-judge check` runs of the
#     same program in the same run.  Printed: p50/p95 of both, what the
#     web and queue path adds (target: at most 50 ms at p50), and where
#     the time goes (the rows' created_at and judged_at, MariaDB NOW(3)).
#  2. Load: CLIENTS x PER_CLIENT submissions, one user per client (the
#     per-user limits, 5 pending and 30 a minute, never bite), each client
#     waiting for its verdict before the next: every id reaches a final
#     verdict, none lost or duplicated, cross-checked in MariaDB (exactly
#     that many rows for those users, all done and AC, the ids the
#     clients saw, the jobs table empty); latency p50/p95/p99/max and the
#     drain rate, also against what `check` times of phase 1 allow.
#
# Knobs: BENCH_N (20), BENCH_WARMUP (2), BENCH_POLL_MS (20), BENCH_LANGS
# (c,cpp,python3,java,javascript), BENCH_CLIENTS (50), BENCH_PER_CLIENT
# (10), BENCH_LOAD_LANGS (c: the fastest verdict puts the most load on
# the web tier and the queue; a list spreads clients over languages),
# BENCH_LOAD_POLL_MS (200: 50 clients at 20 ms would take the judges'
# CPU), JUDGES (2 on 2+ cores, else 1), BENCH_TIMEOUT (600 s: the latency
# phase starts no round after half of it; clients stop at the end).
# Loopback only; everything started here is stopped at exit.  No time is
# asserted (shared machine); a lost, duplicated or non-AC submission
# fails the bench.
set -u
cd "$(dirname "$0")/../.."
export TEST_BIN=${TEST_BIN:-$(pwd)/build}
. tests/lib/stack.sh
# Two judges on two cores or more (stack_env's default for tests is one).
CORES=$(getconf _NPROCESSORS_ONLN)
export TEST_JUDGES=${TEST_JUDGES:-${JUDGES:-$((CORES >= 2 ? 2 : 1))}}
stack_env 18880 18806 18879 95		# judges 95 (and 96); import 100
N=${BENCH_N:-20}
WARMUP=${BENCH_WARMUP:-2}
POLL_MS=${BENCH_POLL_MS:-20}
LANGS=${BENCH_LANGS:-c,cpp,python3,java,javascript}
CLIENTS=${BENCH_CLIENTS:-50}
PER_CLIENT=${BENCH_PER_CLIENT:-10}
LOAD_LANGS=${BENCH_LOAD_LANGS:-c}
LOAD_POLL_MS=${BENCH_LOAD_POLL_MS:-200}
TIMEOUT=${BENCH_TIMEOUT:-600}
# Box slots `check` may use (the first free one): not the judges', not the
# import's, not the other benches' (problems 89/94, web 97/102).
CHECK_SLOTS=${BENCH_CHECK_SLOTS:-98,99,101,103,104,106}
PY=/usr/bin/python3
CLIENT=tests/bench/submit_client.py
START=$(date +%s)
DEADLINE=$((START + TIMEOUT))

for need in "$BIN/verdict-web" "$BIN/verdict-judge" "$PY" mariadb curl bc; do
	command -v "$need" >/dev/null 2>&1 || [ -x "$need" ] || {
		echo "submit bench needs $need (make all)"; exit 1; }
done

# left: seconds until the deadline (at least 1).
left() {
	local l=$((DEADLINE - $(date +%s)))
	[ $l -gt 0 ] && echo $l || echo 1
}

# bounded PHASE CMD...: CMD under the deadline; says so when it hits.
bounded() {
	local phase=$1 rc
	shift
	timeout -k 10 $(($(left) + 30)) "$@"	# the client stops first
	rc=$?
	case $rc in
	3|124|137)
		echo "submit bench: out of time (BENCH_TIMEOUT=$TIMEOUT s)" \
		    "during $phase (TEST_KEEP=1 keeps the logs)" ;;
	esac
	return $rc
}

stack_up || exit 1		# its EXIT trap stops the stack
SQL="mariadb --defaults-file=$VAR/my.cnf -uroot -N -B verdict"
sql() {
	$SQL "$@"
}

echo "# stack up in $(($(date +%s) - START)) s: JUDGES=$JUDGES on" \
    "$CORES cores (box slots $JUDGE_SLOT-$((JUDGE_SLOT + JUDGES - 1)))," \
    "$WEB_WORKERS web workers, $BIN"
# The judges announce their languages; until then the web answers 400.
for _ in $(seq 100); do
	n=$(sql -e "SELECT COUNT(*) FROM judges
	    WHERE last_seen > NOW(3) - INTERVAL 60 SECOND" 2>/dev/null)
	[ "${n:-0}" -ge "$JUDGES" ] && break
	sleep 0.1
done
[ "${n:-0}" -ge "$JUDGES" ] || {
	echo "submit bench: only ${n:-0} of $JUDGES judges came up"
	cat "$VAR"/log/judge-*.log; exit 1; }
curl -sf -o /dev/null "$VERDICT_URL/api/problems/aplusb" || {
	echo "submit bench: the aplusb fixture is not served"; exit 1; }

# Users: per language ceil((WARMUP + N) / 25) (the client moves to the
# next one after 25, under 30 a minute), and one per load client.
users=()
per=$(( (WARMUP + N + 24) / 25 ))
for l in ${LANGS//,/ }; do
	for k in $(seq 0 $((per - 1))); do users+=("blat-$l-$k"); done
done
for k in $(seq 0 $((CLIENTS - 1))); do users+=("bload-$k"); done
t0=$(date +%s.%N)
bounded "user registration" "$PY" "$CLIENT" users --deadline "$DEADLINE" \
    "$VERDICT_URL" "${users[@]}" || exit 1
printf '# %d users registered through POST /api/users in %.1f s\n' \
    "${#users[@]}" "$(echo "$(date +%s.%N) - $t0" | bc)"

CHECK="$BIN/verdict-judge check -L $ROOT/judge/languages.conf"
CHECK="$CHECK --cache $VAR/cache"
echo "# latency: $N rounds per language after $WARMUP warm-up, poll" \
    "${POLL_MS} ms; check: $CHECK (slots $CHECK_SLOTS)"
rc=0
bounded "the latency phase" "$PY" "$CLIENT" latency \
    --deadline "$DEADLINE" --langs "$LANGS" --n "$N" --warmup "$WARMUP" \
    --poll-ms "$POLL_MS" --prefix blat- \
    --problem-dir "$ROOT/tests/integration/problems/aplusb" \
    --check "$CHECK" \
    --slots "$CHECK_SLOTS" --stop-after $((START + TIMEOUT / 2)) \
    --sql "$SQL" "$VERDICT_URL" tests/bench/submit "$VAR/latency.json"
case $? in
0) ;;
2|3) rc=1 ;;		# not AC, or out of time: reported; go on
*) exit 1 ;;
esac
if [ "$(left)" -lt 30 ]; then
	echo "submit bench: no time left for the load phase"
	exit 1
fi

echo
echo "# load: $CLIENTS clients x $PER_CLIENT, JUDGES=$JUDGES," \
    "languages $LOAD_LANGS, poll ${LOAD_POLL_MS} ms"
bounded "the load phase" "$PY" "$CLIENT" load --deadline "$DEADLINE" \
    --langs "$LOAD_LANGS" --clients "$CLIENTS" --per-client "$PER_CLIENT" \
    --poll-ms "$LOAD_POLL_MS" --prefix bload- --sql "$SQL" \
    --ref "$VAR/latency.json" --judges "$JUDGES" \
    "$VERDICT_URL" tests/bench/submit "$VAR/load"
[ $? = 0 ] || rc=1	# out of time, lost, duplicated or not AC

# The database's account of the same submissions.
want=$((CLIENTS * PER_CLIENT))
read -r total done_ ac <<< "$(sql -e "SELECT COUNT(*),
    COALESCE(SUM(s.status = 'done'), 0), COALESCE(SUM(s.verdict = 'AC'), 0)
    FROM submissions s JOIN users u ON u.id = s.user_id
    WHERE u.username LIKE 'bload-%'")"
jobs=$(sql -e "SELECT COUNT(*) FROM jobs")
sql -e "SELECT s.id FROM submissions s JOIN users u ON u.id = s.user_id
    WHERE u.username LIKE 'bload-%' ORDER BY s.id" > "$VAR/load.db-ids"
same=no
cmp -s "$VAR/load.db-ids" "$VAR/load.ids" && same=yes
echo "MariaDB: $total submissions by the load users (want $want)," \
    "$done_ done, $ac AC; jobs table: $jobs rows; the same ids as the" \
    "clients saw: $same"
why=
[ "$total" = "$want" ] || why="$why, $total rows instead of $want"
[ "$done_" = "$total" ] || why="$why, $((total - done_)) not done"
[ "$jobs" = 0 ] || why="$why, $jobs jobs left"
[ "$same" = yes ] || why="$why, ids differ from the clients'"
[ "$ac" = "$done_" ] ||
    why="$why, $((done_ - ac)) correct programs judged other than AC"
if [ -n "$why" ]; then
	echo "submit bench: FAILED:${why#,}"
	rc=1
fi

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
echo "# submit bench: $(($(date +%s) - START)) s in all"
exit $rc
