#!/bin/sh
# tests/fuzz/run.sh: build the libFuzzer targets and run each for a while.
#
# Usage: sh tests/fuzz/run.sh [SECONDS]   (default 10 per target; CI uses a
# short replay, `make fuzz` a long run).  FUZZ_TARGETS="req cfg" runs only
# those.  Targets, one per parser of untrusted input:
#   validate   the default output validator (judge/validate.c)
#   yaml       problem.yaml reader (judge/pkg.c)
#   req        query strings, forms, cookies, JSON bodies, integers,
#              media types (fcgi/req.c)
#   cfg        the key = value configuration file and its VERDICT_*
#              environment overrides (lib/cfg.c)
#   markdown   problem statements to HTML (lib/markdown.c + cmark)
#   sig        function-problem tests (.in/.ans) against a fixed signature
#              set, and signatures themselves (judge/sig.c, sig_code.c)
#   sigres     a driver's result channel and the comparison of its values
#              (judge/sig.c)
# Each starts from tests/fuzz/corpus/<name>/ and prints one TAP line.
# Needs clang and libclang-rt-14-dev.
set -u
cd "$(dirname "$0")/../.." || exit 1
SECS=${1:-10}
TARGETS=${FUZZ_TARGETS:-validate yaml req cfg markdown sig sigres}
OUT=build/fuzz
mkdir -p "$OUT"
CFLAGS="-g -O1 -D_GNU_SOURCE -Ilib -fsanitize=fuzzer,address,undefined $(pkg-config --cflags json-c yaml-0.1 libcmark)"
LIBS="$(pkg-config --libs json-c yaml-0.1 libcmark) -lm"
n=0
fail=0
for t in $TARGETS; do
	n=$((n + 1))
	extra=
	case $t in
	validate) src="judge/validate.c lib/xmalloc.c lib/log.c" ;;
	yaml) src="judge/pkg.c judge/validate.c lib/xmalloc.c lib/log.c" ;;
	req) src="fcgi/req.c lib/arena.c lib/xmalloc.c lib/log.c" ;;
	cfg) src="lib/cfg.c lib/xmalloc.c lib/log.c" ;;
	markdown) src="lib/markdown.c lib/buf.c lib/escape.c lib/xmalloc.c"
	    src="$src lib/log.c" ;;
	sig) src="judge/sig.c judge/sig_code.c judge/sig_harness.c lib/buf.c"
	    src="$src lib/xmalloc.c lib/log.c" ;;
	sigres) src="judge/sig.c lib/buf.c lib/xmalloc.c lib/log.c" ;;
	*) echo "not ok $n - fuzz_$t: no such target"
	   fail=$((fail + 1))
	   continue ;;
	esac
	if ! clang $CFLAGS $extra -o "$OUT/fuzz_$t" "tests/fuzz/fuzz_$t.c" \
	    $src $LIBS 2> "$OUT/fuzz_$t.build.log"; then
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
