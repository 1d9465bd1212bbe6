#!/bin/sh
# tests/fuzz/run.sh: build the libFuzzer targets and run each for a while.
#
# Usage: sh tests/fuzz/run.sh [SECONDS]   (default 10 per target; CI uses a
# short replay, `make fuzz` a long run).  Targets: fuzz_validate (the
# default output validator), fuzz_yaml (problem.yaml reader).  Each starts
# from tests/fuzz/corpus/<name>/ and prints one TAP line.  Needs clang and
# libclang-rt-14-dev.
set -u
cd "$(dirname "$0")/../.." || exit 1
SECS=${1:-10}
OUT=build/fuzz
mkdir -p "$OUT"
CFLAGS="-g -O1 -D_GNU_SOURCE -Ilib -fsanitize=fuzzer,address,undefined $(pkg-config --cflags json-c yaml-0.1)"
LIBS="$(pkg-config --libs json-c yaml-0.1) -lm"
n=0
fail=0
for t in validate yaml; do
	n=$((n + 1))
	case $t in
	validate) src="judge/validate.c lib/xmalloc.c lib/log.c" ;;
	yaml) src="judge/pkg.c judge/validate.c lib/xmalloc.c lib/log.c" ;;
	esac
	if ! clang $CFLAGS -o "$OUT/fuzz_$t" "tests/fuzz/fuzz_$t.c" $src \
	    $LIBS 2> "$OUT/fuzz_$t.build.log"; then
		echo "not ok $n - fuzz_$t: build failed ($(tail -n 3 \
		    "$OUT/fuzz_$t.build.log" | tr '\n' ' '))"
		fail=$((fail + 1))
		continue
	fi
	mkdir -p "$OUT/corpus_$t"
	if "$OUT/fuzz_$t" -max_total_time="$SECS" -max_len=4096 \
	    -timeout=10 "$OUT/corpus_$t" "tests/fuzz/corpus/$t" \
	    > "$OUT/fuzz_$t.log" 2>&1; then
		echo "ok $n - fuzz_$t ($SECS s, $(grep -c . "$OUT/fuzz_$t.log") log lines)"
	else
		echo "not ok $n - fuzz_$t: crash, see $OUT/fuzz_$t.log" \
		    "and the crash-* file"
		fail=$((fail + 1))
	fi
done
echo "1..$n"
[ $fail -eq 0 ]
