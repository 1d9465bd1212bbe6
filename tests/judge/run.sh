#!/bin/sh
# tests/judge/run.sh: judge a table of submissions and check every verdict.
#
# Usage: sh tests/judge/run.sh [PATTERN]      (PATTERN: a shell glob on case
# file names, e.g. 'c-*' or '*hostile*'; default every case)
#
# Each file in tests/judge/cases/ is one submission, judged with
# `build/verdict-judge check` (or $VERDICT_JUDGE) against a fixture problem
# in tests/judge/fixtures/.  The language comes from the extension (.c .cc
# .cpp .py .java .js).  Its first 15 lines may hold headers, written as
# comments of the language ("// key: value" or "# key: value"):
#
#   expect: V [V ...]  REQUIRED.  The verdicts that pass the case (AC WA
#                      TLE MLE RE OLE CE IE).  List several only when the
#                      sandbox may legitimately end an attack either way
#                      (refused with an errno: AC; killed: RE); design
#                      hostile programs so that a successful attack prints
#                      a wrong answer (WA) and never matches.
#   problem: NAME      fixture folder (default: sum, an a+b problem;
#                      sum-float has a float tolerance, sum-custom a
#                      custom output validator)
#   lang: ID           passed as --lang (default: from the extension)
#   canary: PATH       a host path that must NOT exist after the case
#                      (removed before it runs)
#   timeout: SECONDS   the case fails when check takes longer (default 120)
#
# Cases run on their own box slot ($JUDGE_SLOT, or the first free one from
# 50 on), so that other judges on the host cannot disturb the checks.  After every case the host
# is checked: the canary is absent, the slot's cgroups hold no process and
# no new sub-group, the mount table has not grown, and nothing new owned by
# a non-root user sits in /tmp.  Output is TAP ("ok N - case", "not ok N - case: why"), then a
# summary line; the exit status is non-zero when any case failed.
#
# A case can never pass by being skipped: without root, without cgroups or
# without the binary, every case is reported "not ok" with the reason.
set -u
cd "$(dirname "$0")/../.." || exit 1
BIN=${VERDICT_JUDGE:-build/verdict-judge}
CASES=tests/judge/cases
FIX=tests/judge/fixtures
PATTERN=${1:-*}

# A free slot: the sandbox holds an flock on its slot's lock file.
free_slot() {
	for s in $(seq 50 99); do
		if flock -n "${VERDICT_RUN_DIR:-/run}/verdict-box-$s.lock" true \
		    2>/dev/null; then
			echo "$s"
			return
		fi
	done
	echo 50
}
SLOT=${JUDGE_SLOT:-$(free_slot)}
OUT=$(mktemp -d /tmp/verdict-judge-run.XXXXXX) || exit 1
trap 'rm -rf "$OUT"' EXIT INT TERM

n=0
failed=0

# Why the suite cannot run here, or nothing.
precondition() {
	if [ "$(id -u)" != 0 ]; then
		echo "not root (the sandbox needs root)"
	elif [ ! -d /sys/fs/cgroup ] || [ -z "$(ls /sys/fs/cgroup 2>/dev/null)" ]; then
		echo "no cgroup file system at /sys/fs/cgroup"
	elif [ ! -x "$BIN" ]; then
		echo "$BIN is not built (run make)"
	fi
}

header() {	# header FILE KEY -> value or empty
	head -n 15 "$1" | sed -n "s/^[[:space:]]*\(\/\/\|#\)[[:space:]]*$2:[[:space:]]*//p" |
	    head -n 1 | sed 's/[[:space:]]*$//'
}

mounts() { wc -l < /proc/self/mountinfo; }

# Processes left in the slot's cgroups (v1: every controller; v2: one).
slot_pids() {
	find /sys/fs/cgroup -maxdepth 6 -path "*/box-$SLOT/cgroup.procs" \
	    -exec cat {} + 2>/dev/null | sort -u
}

# Sub-groups a box may have created below its slot (it never should).
slot_groups() {
	find /sys/fs/cgroup -maxdepth 7 -mindepth 2 -path "*/box-$SLOT/*" \
	    -type d 2>/dev/null | sort
}

tmp_foreign() {	# entries in /tmp owned by someone other than root
	find /tmp -mindepth 1 -maxdepth 1 ! -user root 2>/dev/null | sort
}

report() {	# report OK|FAIL NAME MESSAGE
	n=$((n + 1))
	if [ "$1" = OK ]; then
		echo "ok $n - $2${3:+ ($3)}"
	else
		failed=$((failed + 1))
		echo "not ok $n - $2: $3"
	fi
}

why=$(precondition)
echo "# slot $SLOT"
for f in "$CASES"/$PATTERN; do
	[ -f "$f" ] || continue
	name=${f##*/}
	case $name in
	*.c|*.cc|*.cpp|*.py|*.java|*.js) ;;
	*) continue ;;
	esac
	if [ -n "$why" ]; then
		report FAIL "$name" "not run: $why"
		continue
	fi
	expect=$(header "$f" expect)
	problem=$(header "$f" problem)
	lang=$(header "$f" lang)
	canary=$(header "$f" canary)
	tmo=$(header "$f" timeout)
	if [ -z "$expect" ]; then
		report FAIL "$name" "no '// expect: VERDICT' header"
		continue
	fi
	[ -n "$canary" ] && rm -f "$canary"
	m0=$(mounts)
	slot_groups > "$OUT/groups0"
	tmp_foreign > "$OUT/tmp0"
	start=$(date +%s.%N)
	timeout -k 5 "${tmo:-120}" "$BIN" check --slot "$SLOT" \
	    ${lang:+--lang "$lang"} \
	    "$FIX/${problem:-sum}" "$f" > "$OUT/json" 2> "$OUT/err"
	rc=$?
	secs=$(echo "$start $(date +%s.%N)" | awk '{ printf "%.2f", $2 - $1 }')
	# json-c keeps insertion order: the first "verdict" is the overall one.
	got=$(sed -n 's/^{ *"verdict": *"\([A-Z]*\)".*/\1/p' "$OUT/json" | head -n 1)
	problems=""
	if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
		problems="timed out after ${tmo:-120} s"
	elif [ -z "$got" ]; then
		problems="no verdict (exit $rc): $(tail -c 300 "$OUT/err" | tr '\n' ' ')"
	else
		ok=0
		for v in $expect; do
			[ "$v" = "$got" ] && ok=1
		done
		if [ $ok -eq 0 ]; then
			msg=$(sed -n 's/.*"judge_message": *"\([^"]*\)".*/\1/p' "$OUT/json" | head -n 1 | cut -c1-200)
			problems="got $got, expected $expect${msg:+: $msg}"
			[ "$got" = IE ] && problems="$problems ($(tail -c 200 "$OUT/err" | tr '\n' ' '))"
		elif [ "$got" != IE ] && [ $rc -ne 0 ]; then
			problems="verdict $got but exit status $rc"
		fi
	fi
	# Host unchanged?
	if [ -n "$canary" ] && [ -e "$canary" ]; then
		problems="${problems:+$problems; }canary $canary exists"
		rm -f "$canary"
	fi
	m1=$(mounts)
	[ "$m1" -gt "$m0" ] && problems="${problems:+$problems; }mount table grew ($m0 -> $m1)"
	i=0
	while :; do
		left=$(slot_pids | tr '\n' ' ')
		[ -z "$left" ] && break
		i=$((i + 1))
		[ $i -ge 20 ] && break
		sleep 0.1
	done
	[ -n "$left" ] && problems="${problems:+$problems; }stray box processes: $left"
	slot_groups > "$OUT/groups1"
	newg=$(comm -13 "$OUT/groups0" "$OUT/groups1" | tr '\n' ' ')
	[ -n "$newg" ] && problems="${problems:+$problems; }new cgroups: $newg"
	tmp_foreign > "$OUT/tmp1"
	newtmp=$(comm -13 "$OUT/tmp0" "$OUT/tmp1" | tr '\n' ' ')
	[ -n "$newtmp" ] && problems="${problems:+$problems; }new files in /tmp: $newtmp"
	if [ -z "$problems" ]; then
		report OK "$name" "$got, $secs s"
	else
		report FAIL "$name" "$problems"
	fi
done
if [ $n -eq 0 ]; then
	report FAIL "cases" "no case matched '$PATTERN' in $CASES"
fi

# The command line itself (only on a full run).
cli() {	# cli NAME WANT_RC GREP_PATTERN ARGS...: exit status and output
	name=$1 want=$2 pat=$3
	shift 3
	"$BIN" "$@" > "$OUT/cli" 2>&1
	rc=$?
	if [ $rc -ne "$want" ]; then
		report FAIL "cli: $name" "exit $rc, expected $want: $(head -c 200 "$OUT/cli")"
	elif ! grep -q -- "$pat" "$OUT/cli"; then
		report FAIL "cli: $name" "no '$pat' in: $(head -c 200 "$OUT/cli")"
	else
		report OK "cli: $name"
	fi
}
if [ "$PATTERN" = "*" ]; then
	if [ -n "$why" ]; then
		report FAIL "cli" "not run: $why"
	else
		S="--slot $SLOT"
		cli "no arguments is a usage error" 2 "usage:" check
		cli "unknown language" 2 "unknown language" check $S \
		    --lang cobol "$FIX/sum" "$CASES/c-ac.c"
		cli "unknown extension" 2 "no language" check $S "$FIX/sum" \
		    "$FIX/sum/problem.yaml"
		cli "missing problem folder" 1 "is not a folder" check $S \
		    "$FIX/nonexistent" "$CASES/c-ac.c"
		cli "--samples runs the samples only" 0 '"total": 2,' check \
		    $S --samples "$FIX/sum" "$CASES/py-ac.py"
		printf '20 22\n' > "$OUT/in"
		cli "--input runs on custom input" 0 '"output": "42\\n"' \
		    check $S --input "$OUT/in" "$FIX/sum" "$CASES/py-ac.py"
		cli "langs lists the table" 0 "python3" langs
		"$BIN" check $S "$FIX/sum" "$CASES/c-ac.c" > /dev/null 2>&1
		cli "the same source compiles once (artifact cache)" 0 \
		    '"compile_cached": true' check $S "$FIX/sum" "$CASES/c-ac.c"
	fi
fi
echo "1..$n"
echo "# judge: $((n - failed)) passed, $failed failed"
[ $failed -eq 0 ]
