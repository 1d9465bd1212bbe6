#!/bin/bash
# tests/problems/run.sh: every bundled problem package judges as it claims.
#
# For each problems/<slug>/ every file under submissions/<folder>/ is judged
# with `verdict-judge check` (the sandbox, no database) and must get its
# folder's verdict: accepted AC, wrong_answer WA, time_limit_exceeded TLE,
# run_time_error RE.  This is what `verdict-judge import` enforces; here it
# runs without a stack so a broken package is named precisely.  Packages
# need their secret tests: run scripts/gen-problems first (make test does).
# PROBLEMS="a b" limits the run to those slugs.
set -u
cd "$(dirname "$0")/../.."
BIN=${BIN:-build}
SLOT=${PROBLEMS_SLOT:-60}
n=0
fail=0
errf=$(mktemp)
trap 'rm -f "$errf"' EXIT

expect_of() {
	case "$1" in
	accepted) echo AC ;;
	wrong_answer) echo WA ;;
	time_limit_exceeded) echo TLE ;;
	run_time_error) echo RE ;;
	memory_limit_exceeded) echo MLE ;;
	*) echo "" ;;
	esac
}

slugs=${PROBLEMS:-$(ls problems)}
for slug in $slugs; do
	d=problems/$slug
	[ -f "$d/problem.yaml" ] || continue
	for f in "$d"/submissions/*/*; do
		[ -f "$f" ] || continue
		folder=$(basename "$(dirname "$f")")
		want=$(expect_of "$folder")
		[ -n "$want" ] || continue
		n=$((n + 1))
		out=$("$BIN/verdict-judge" check -L judge/languages.conf \
		    --slot "$SLOT" "$d" "$f" 2>"$errf")
		got=$(printf '%s' "$out" | /usr/bin/python3 -c \
		    'import json,sys
try: print(json.loads(sys.stdin.read().splitlines()[-1])["verdict"])
except Exception: print("ERROR")' 2>/dev/null)
		if [ "$got" = "$want" ]; then
			echo "ok $n - $slug: $folder/$(basename "$f") is $want"
		else
			fail=$((fail + 1))
			echo "not ok $n - $slug: $folder/$(basename "$f") is $got, want $want"
			{ cat "$errf"; printf '%s\n' "$out"; } | tail -c 800 |
			    sed 's/^/#   /'
		fi
	done
done
echo "1..$n"
[ "$fail" -eq 0 ]
