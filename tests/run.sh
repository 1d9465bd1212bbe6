#!/bin/bash
# tests/run.sh: run every test suite and end with one line "N passed, N failed".
#
# Every suite speaks TAP ("ok N - what" / "not ok N - what").  A suite that
# exits non-zero without reporting a failure counts as one failure of its
# own, so a crashed or half-run suite can never look green.  Suites:
#   unit         build/san/tests/test_*   (ASan + UBSan)
#   fuzz         tests/fuzz/run.sh        (libFuzzer targets, briefly)
#   judge        tests/judge/run.sh       (verdict-judge check, sandbox)
#   harness      tests/harness/run.sh     (function-problem drivers)
#   problems     tests/problems/run.sh    (bundled packages judge as claimed)
#   integration  tests/integration/run.sh (a real private stack over HTTP)
#   browser      tests/browser/run.sh     (Chromium through playwright-core)
# Pass suite names to run only those: tests/run.sh unit judge
set -u
cd "$(dirname "$0")/.."
SAN=${SAN_BUILD:-build/san}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
passed=0
failed=0
skipped=0
logdir=$(mktemp -d /tmp/verdict-tests.XXXXXX)

# run_tap NAME CMD...: run CMD, echo its output, add its TAP counts.
run_tap() {
	local name=$1; shift
	local out=$logdir/${name//\//_}.log p f s rc
	echo "### $name"
	"$@" > "$out" 2>&1
	rc=$?
	cat "$out"
	s=$(grep -c '^ok .*# SKIP' "$out" 2>/dev/null) || s=0
	p=$(grep '^ok ' "$out" 2>/dev/null | grep -vc '# SKIP') || p=0
	f=$(grep -c '^not ok ' "$out" 2>/dev/null) || f=0
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "not ok - $name exited with status $rc"
		f=1
	fi
	if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
		echo "not ok - $name ran no test"
		f=1
	fi
	echo "# $name: $p passed, $f failed, $s skipped"
	passed=$((passed + p))
	failed=$((failed + f))
	skipped=$((skipped + s))
}

want() {
	[ $# -eq 0 ] && return 0
	local s
	for s in "${SUITES[@]}"; do [ "$s" = "$1" ] && return 0; done
	return 1
}
SUITES=("$@")

if [ ${#SUITES[@]} -eq 0 ] || want unit; then
	for t in "$SAN"/tests/test_*; do
		[ -x "$t" ] || continue
		run_tap "unit/$(basename "$t")" "$t"
	done
fi
if { [ ${#SUITES[@]} -eq 0 ] || want fuzz; } && [ -f tests/fuzz/run.sh ]; then
	# A short replay of the corpus plus a few seconds of new inputs;
	# `make fuzz` runs long.
	run_tap fuzz sh tests/fuzz/run.sh "${FUZZ_SECONDS:-5}"
fi
for s in judge harness problems integration browser; do
	if { [ ${#SUITES[@]} -eq 0 ] || want "$s"; } && [ -f "tests/$s/run.sh" ]; then
		run_tap "$s" bash "tests/$s/run.sh"
	fi
done

rm -rf "$logdir"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
