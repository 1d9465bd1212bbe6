#!/bin/sh
# tests/bench/check.sh: `verdict-judge check` against the bare floor.
#
# Issue 3's targets, measured A/B interleaved in one run (medians, ratios;
# absolute times move with the machine's load):
#   - an A+B solution judged on 100 tests, per language, against the bare
#     compile (same flags) plus 100 bare runs (fork+exec, stdin from the
#     .in file, no sandbox, no comparison; C++ compiled without a PCH, as
#     a judge without one would): target <= 1.3x;
#   - C++ compile latency with #include <bits/stdc++.h> inside check (the
#     precompiled header) against plain g++: target < 0.4 s on an idle
#     machine (plain g++ takes about 1.4 s).
#
# usage: sh tests/bench/check.sh [ROUNDS]   (default 3; root: the sandbox)
# BENCH_LANGS="c cpp" limits the languages.  The 100-test package is made
# in a temporary folder and removed at exit.
set -u
cd "$(dirname "$0")/../.."
ROUNDS=${1:-3}
LANGS=${BENCH_LANGS:-c cpp python3 java javascript}
BIN=${VERDICT_JUDGE:-build/verdict-judge}
CASES=tests/judge/cases
JDK=/usr/lib/jvm/java-17-openjdk-amd64/bin
if [ "$(id -u)" != 0 ] || [ ! -x "$BIN" ]; then
	echo "check bench: needs root and $BIN (make all)" >&2
	exit 1
fi
T=$(mktemp -d /tmp/verdict-check-bench.XXXXXX) || exit 1
trap 'rm -rf "$T"' EXIT INT TERM

# The package: 100 secret tests of A+B.
P=$T/ab100
mkdir -p "$P/data/secret" "$P/problem_statement" "$T/bare"
printf 'name: A plus B\nlimits:\n  memory: 256\n' > "$P/problem.yaml"
echo 1 > "$P/.timelimit"
echo 'Print $a+b$.' > "$P/problem_statement/problem.md"
i=1
while [ $i -le 100 ]; do
	n=$(printf '%03d' $i)
	echo "$((i * 7919)) $((i * 104729))" > "$P/data/secret/$n.in"
	echo $((i * 7919 + i * 104729)) > "$P/data/secret/$n.ans"
	i=$((i + 1))
done

now() { date +%s.%N; }
elapsed() { echo "$1 $(now)" | awk '{ printf "%.3f", $2 - $1 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2];
    else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

src_of() {
	case $1 in
	c) echo "$CASES/c-ac.c" ;;
	cpp) echo "$CASES/cpp-ac.cpp" ;;
	python3) echo "$CASES/py-ac.py" ;;
	java) echo "$CASES/java-ac.java" ;;
	javascript) echo "$CASES/js-ac.js" ;;
	esac
}

# bare LANG SRC: the same compile and 100 runs without any sandbox.
bare() {
	d=$T/bare
	rm -rf "$d"/*
	case $1 in
	c) /usr/bin/gcc -O2 -std=gnu17 -pipe -o "$d/main" "$2" -lm
	   set -- "$d/main" ;;
	cpp) /usr/bin/g++ -O2 -std=gnu++17 -pipe -o "$d/main" "$2"
	   set -- "$d/main" ;;
	python3) cp "$2" "$d/main.py"
	   (cd "$d" && /usr/bin/python3 -I -S -m py_compile main.py)
	   set -- /usr/bin/python3 -I -S "$d/main.py" ;;
	java) cp "$2" "$d/Main.java"
	   "$JDK/javac" -J-XX:-UsePerfData -J-XX:+UseSerialGC \
	       -J-XX:TieredStopAtLevel=1 -proc:none -encoding UTF-8 \
	       -nowarn -d "$d" "$d/Main.java"
	   set -- "$JDK/java" -XX:-UsePerfData -XX:+UseSerialGC \
	       -XX:TieredStopAtLevel=1 -Xss64m -Xmx256m -cp "$d" Main ;;
	javascript) cp "$2" "$d/main.js"
	   /usr/bin/node --check "$d/main.js"
	   set -- /usr/bin/node --max-old-space-size=256 "$d/main.js" ;;
	esac
	for f in "$P"/data/secret/*.in; do
		"$@" < "$f" > "$d/out"
	done
}

echo "# $ROUNDS rounds, 100 tests, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
printf '%-11s %9s %9s %7s\n' language check_s bare_s ratio
for l in $LANGS; do
	src=$(src_of "$l")
	: > "$T/c.$l"
	: > "$T/b.$l"
	r=1
	while [ $r -le "$ROUNDS" ]; do
		t0=$(now)
		"$BIN" check --lang "$l" "$P" "$src" > "$T/out.json" 2>/dev/null
		elapsed "$t0" >> "$T/c.$l"
		grep -q '"verdict": "AC"' "$T/out.json" ||
		    echo "# $l: check did not say AC: $(head -c 200 "$T/out.json")"
		t0=$(now)
		bare "$l" "$src"
		elapsed "$t0" >> "$T/b.$l"
		r=$((r + 1))
	done
	c=$(median < "$T/c.$l")
	b=$(median < "$T/b.$l")
	printf '%-11s %9s %9s %6.2fx\n' "$l" "$c" "$b" \
	    "$(echo "$c $b" | awk '{ print $1 / $2 }')"
done

# C++ with <bits/stdc++.h>: compile inside check (PCH) vs plain g++.
: > "$T/pch"
: > "$T/plain"
r=1
while [ $r -le "$ROUNDS" ]; do
	"$BIN" check --samples --lang cpp "$P" "$CASES/cpp-ac.cpp" 2>/dev/null |
	    sed -n 's/.*"compile_ms": \([0-9]*\).*/\1/p' |
	    awk '{ printf "%.3f\n", $1 / 1000 }' >> "$T/pch"
	t0=$(now)
	/usr/bin/g++ -O2 -std=gnu++17 -pipe -o "$T/bare/bits" "$CASES/cpp-ac.cpp"
	elapsed "$t0" >> "$T/plain"
	r=$((r + 1))
done
echo "# C++ <bits/stdc++.h> compile: check (sandbox + PCH) $(median < "$T/pch") s," \
    "plain g++ $(median < "$T/plain") s (target < 0.4 s idle)"
