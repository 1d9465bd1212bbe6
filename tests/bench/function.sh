#!/bin/bash
# tests/bench/function.sh: a function problem against its stdio twin.
#
# Issue 5's benchmark: "for one problem available both as a function and
# as a stdin/stdout problem with the same tests: judging time per
# language, function vs stdio, in one run.  Target: the generated driver
# costs at most 10% over a hand-written stdio solution."
#
# The function side is problems/rotate-array as shipped, judged with its
# reference submissions/accepted/sol.<ext>.  The stdio side is made here,
# in a temporary folder, by tests/bench/function/convert.py: the same 15
# tests (sample and secret, up to 10^5 ints each, about 4 MB of input in
# all) as "n k" plus a line of numbers, the same limits, and the
# hand-written programs tests/bench/function/{stdio.c,stdio.cpp,stdio.py,
# Main.java,stdio.js}, which use the reference's algorithm with the usual
# fast I/O of each language.
#
# The two differ in structure, and the figures show where:
#   function  the judge validates and re-frames every test's JSON, compiles
#             the user's code with the generated driver (C/C++: one
#             translation unit holding a JSON reader and printer), runs ONE
#             process for all tests, and compares JSON results;
#   stdio     the judge compiles the program alone and runs one sandboxed
#             process per test (so a JVM or Node starts 15 times), comparing
#             tokens.
#
# Per language and round, interleaved (the side that goes first
# alternates), `verdict-judge check` runs twice per side with a private
# cache folder:
#   cold  compiled-artifact cache emptied first: what a new submission
#         costs (compile + every test);
#   warm  right after, the artifact cached (Python and JavaScript have no
#         artifact, so warm = cold there): judging without the compile.
# Printed: medians of the wall and CPU times (CPU: user + sys of the
# check and everything it waited for, steadier than wall on a loaded
# machine), ratios function/stdio, whether the <= 1.10x target holds on
# wall (cold: per submission; warm: judging alone), then the compile time
# and the sandboxed CPU time of the runs (function: the one process;
# stdio: the sum over tests) in all and per test.
# Nothing asserts a time: shared machines are noisy, compare ratios.
#
# usage: bash tests/bench/function.sh [ROUNDS]   (default 3; root: the
# sandbox).  BENCH_LANGS="c cpp" limits the languages; BENCH_SLOT picks the
# box slot (default: the first of 120..199 whose lock is free).  Bounded:
# about 4 checks per language and round, each capped by the problem's
# limits; everything is removed at exit.
set -u
cd "$(dirname "$0")/../.."
ROUNDS=${1:-3}
LANGS=${BENCH_LANGS:-c cpp python3 java javascript}
BIN=${VERDICT_JUDGE:-build/verdict-judge}
FN=problems/rotate-array
HERE=tests/bench/function
RUN_DIR=${VERDICT_RUN_DIR:-/run}
if [ "$(id -u)" != 0 ] || [ ! -x "$BIN" ] || [ ! -x /usr/bin/time ]; then
	echo "function bench: needs root, $BIN (make all) and" \
	    "/usr/bin/time (apt-get install time)" >&2
	exit 1
fi

# A free slot: flock -n says nobody holds its lock right now.
SLOT=${BENCH_SLOT:-}
if [ -z "$SLOT" ]; then
	for s in $(seq 120 199); do
		if flock -n "$RUN_DIR/verdict-box-$s.lock" true \
		    2>/dev/null; then
			SLOT=$s
			break
		fi
	done
fi
if [ -z "$SLOT" ]; then
	echo "function bench: no free box slot in 120..199" >&2
	exit 1
fi

T=$(mktemp -d /tmp/verdict-function-bench.XXXXXX) || exit 1
trap 'rm -rf "$T"' EXIT INT TERM
IO=$T/stdio
NTESTS=$(/usr/bin/python3 "$HERE/convert.py" "$FN" "$IO") || {
	echo "function bench: converting $FN failed" >&2
	exit 1
}
CACHE=$T/cache

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan";
    else if (NR % 2) print v[(NR + 1) / 2];
    else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { echo "$1 $2" | awk '{ if ($2 > 0) printf "%.2f", $1 / $2;
    else print "nan" }'; }

ext_of() {
	case $1 in
	c) echo c ;; cpp) echo cpp ;; python3) echo py ;; java) echo java ;;
	javascript) echo js ;;
	esac
}

io_src() {
	case $1 in
	java) echo "$HERE/Main.java" ;;
	*) echo "$HERE/stdio.$(ext_of "$1")" ;;
	esac
}

# summary FILE: "verdict compile_ms run_cpu_ms" of a check's JSON, where
# run_cpu_ms is the one run's CPU (function) or the sum over tests (stdio).
summary() {
	/usr/bin/python3 -c '
import json, sys
try:
    j = json.load(open(sys.argv[1]))
except Exception:
    print("none 0 0"); sys.exit(0)
tests = j.get("tests", [])
cpu = sum(t.get("time_ms", 0) for t in tests)
if cpu == 0:
    cpu = j.get("time_ms", 0)
print(j.get("verdict", "none"), j.get("compile_ms", 0), cpu)' "$1"
}

# one SIDE LANG MODE: one check; appends "wall cpu compile run_cpu" to
# $T/<side>.<mode>.<lang>: wall and CPU seconds of the check (CPU: user +
# sys of verdict-judge and everything it waited for: boxes, compilers,
# programs), compile ms and the runs' sandboxed CPU ms from its JSON.
# MODE cold empties the artifact cache first.
one() {
	local side=$1 l=$2 mode=$3 pkg src v c u
	if [ "$side" = fn ]; then
		pkg=$FN
		src=$FN/submissions/accepted/sol.$(ext_of "$l")
	else
		pkg=$IO
		src=$(io_src "$l")
	fi
	[ "$mode" = cold ] && rm -rf "$CACHE/artifacts"
	/usr/bin/time -f '%e %U %S' -o "$T/time" \
	    "$BIN" check -L judge/languages.conf --slot "$SLOT" \
	    --cache "$CACHE" --lang "$l" "$pkg" "$src" > "$T/out.json" \
	    2> "$T/err"
	read -r v c u <<< "$(summary "$T/out.json")"
	if [ "$v" != AC ]; then
		echo "# $side $l $mode: verdict $v, not AC: $(head -c 300 \
		    "$T/err") $(head -c 300 "$T/out.json")"
		FAILED=1
		return
	fi
	echo "$(tail -n 1 "$T/time") $c $u" |
	    awk '{ printf "%.3f %.3f %d %d\n", $1, $2 + $3, $4, $5 }' \
	    >> "$T/$side.$mode.$l"
}

col() { awk -v c="$1" '{ print $c }' "$2" | median; }

FAILED=0
echo "# function bench: $FN ($NTESTS tests) vs its stdio twin, $ROUNDS" \
    "round(s), slot $SLOT, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
# Warm-up, not counted: the C++ precompiled header in the private cache.
case " $LANGS " in
*" cpp "*) one io cpp cold; rm -f "$T"/io.cold.cpp ;;
esac
for l in $LANGS; do
	for side in fn io; do
		: > "$T/$side.cold.$l"
		: > "$T/$side.warm.$l"
	done
	r=1
	while [ "$r" -le "$ROUNDS" ]; do
		order="fn io"
		[ $((r % 2)) = 0 ] && order="io fn"
		for side in $order; do
			one "$side" "$l" cold
			one "$side" "$l" warm
		done
		r=$((r + 1))
	done
done

# table MODE: wall and CPU medians with their ratios, and the target.
table() {
	local mode=$1 l fw iw fu iu rw ru ok=1 mark
	printf '%-11s %7s %7s %6s   %7s %7s %6s   %s\n' "$mode" fn_wall \
	    io_wall ratio fn_cpu io_cpu ratio "<= 1.10x"
	for l in $LANGS; do
		if [ ! -s "$T/fn.$mode.$l" ] || [ ! -s "$T/io.$mode.$l" ]; then
			printf '%-11s (no AC runs)\n' "$l"
			ok=0
			continue
		fi
		fw=$(col 1 "$T/fn.$mode.$l"); iw=$(col 1 "$T/io.$mode.$l")
		fu=$(col 2 "$T/fn.$mode.$l"); iu=$(col 2 "$T/io.$mode.$l")
		rw=$(ratio "$fw" "$iw"); ru=$(ratio "$fu" "$iu")
		if awk -v r="$rw" 'BEGIN { exit !(r + 0 <= 1.10) }'; then
			mark=met
		else
			mark=MISSED
			ok=0
		fi
		printf '%-11s %7s %7s %5sx   %7s %7s %5sx   %s\n' "$l" "$fw" \
		    "$iw" "$rw" "$fu" "$iu" "$ru" "$mark"
	done
	[ $ok = 1 ] && echo met > "$T/target.$mode" ||
	    echo missed > "$T/target.$mode"
}

echo "# medians in seconds of verdict-judge check: wall, and CPU (user +"
echo "# sys of the check and all it waited for); fn = $FN"
echo "# with sol.<ext>, io = the stdio twin with the hand-written program"
table cold
table warm
printf '%-11s %8s %8s   %6s %6s %8s %8s   %7s %7s\n' detail fn_cc_ms \
    io_cc_ms fn_run io_run fn_run/t io_run/t fn_rest io_rest
for l in $LANGS; do
	[ -s "$T/fn.cold.$l" ] && [ -s "$T/io.cold.$l" ] || continue
	fcc=$(col 3 "$T/fn.cold.$l"); icc=$(col 3 "$T/io.cold.$l")
	fu=$(col 4 "$T/fn.warm.$l"); iu=$(col 4 "$T/io.warm.$l")
	printf '%-11s %8s %8s   %6s %6s %8s %8s   %7s %7s\n' "$l" "$fcc" \
	    "$icc" "$fu" "$iu" \
	    "$(echo "$fu $NTESTS" | awk '{ printf "%.1f", $1 / $2 }')" \
	    "$(echo "$iu $NTESTS" | awk '{ printf "%.1f", $1 / $2 }')" \
	    "$(awk '{ printf "%d\n", $2 * 1000 - $4 }' "$T/fn.warm.$l" |
	    median)" \
	    "$(awk '{ printf "%d\n", $2 * 1000 - $4 }' "$T/io.warm.$l" |
	    median)"
done
echo "# cc_ms: the compile as check reports it (cold).  run: sandboxed CPU"
echo "# ms of the program (fn: ONE process for all $NTESTS tests; io: the sum"
echo "# of $NTESTS processes, one per test); /t: per test.  rest: warm CPU"
echo "# ms minus run: the judge's own work (reading tests; fn: framing the"
echo "# .in JSON and comparing the JSON results with the .ans), box set-up"
echo "# (io: one box per test), and the uncached compile of Python and JS."
echo "# target function <= 1.10x stdio (wall): per submission (cold)" \
    "$(cat "$T/target.cold"); judging without the compile (warm)" \
    "$(cat "$T/target.warm")"
[ "$FAILED" = 0 ]
