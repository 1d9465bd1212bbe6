#!/bin/bash
# tests/bench/web.sh: the web tier against its floors (issue 2's bench).
#
# One private stack (optimised build); wrk at 64 connections for DUR
# seconds against, in the same run and interleaved:
#   verdict-web  a small dynamic page (/, the home page) through nginx
#   bare         build/bench/bare-fcgi answering the same bytes through an
#                identical nginx (the FastCGI floor)
#   static       nginx serving a file of the same size
# Targets: verdict-web >= 0.9 x bare rps, p99 <= 2 x bare p99; the bare
# responder itself reaches about 0.3 x static (FLOORS.md).  Loopback only;
# everything started here is stopped at exit.
set -u
cd "$(dirname "$0")/../.."
export TEST_BIN=${TEST_BIN:-$(pwd)/build}
. tests/lib/stack.sh
stack_env 18980 18906 18979 97
. tests/bench/lib.sh
ROUNDS=${BENCH_ROUNDS:-3}
bench_need || exit 1
stack_up || exit 1
bare_up "/" || exit 1
# A static file of the same size, served by the same nginx as the site.
STATIC=static/bench-home.html
cp "$BV/pages/1" "$STATIC"
trap 'rm -f "$STATIC"; bare_down' EXIT

echo "# $(stat -c %s "$STATIC") bytes, $WEB_WORKERS workers, wrk -t2" \
    "-c$CONN -d${DUR}s, $ROUNDS interleaved rounds, loopback"
printf '%-6s %-10s %9s %8s %8s\n' round target rps p50ms p99ms
: > "$VAR/bench.txt"
for r in $(seq "$ROUNDS"); do
	for t in web bare static; do
		case $t in
		web) url=$VERDICT_URL/ ;;
		bare) url=http://127.0.0.1:$BARE_PORT/ ;;
		static) url=$VERDICT_URL/static/bench-home.html ;;
		esac
		read -r rps p99 err p50 <<< "$(run_wrk "$url")"
		printf '%-6s %-10s %9s %8s %8s%s\n' "$r" "$t" "$rps" "$p50" \
		    "$p99" "$([ "$err" -gt 0 ] && echo "  ($err errors)")"
		echo "$t $rps $p99" >> "$VAR/bench.txt"
	done
done
# Medians over the rounds, then the ratios the issue asks for.
med() {
	median $(awk -v t="$1" -v f="$2" '$1 == t { print $f }' "$VAR/bench.txt")
}
w=$(med web 2); b=$(med bare 2); s=$(med static 2)
wp=$(med web 3); bp=$(med bare 3)
echo "median rps: verdict-web $w, bare $b, static $s"
echo "verdict-web / bare: $(ratio "$w" "$b")x rps (target >= 0.9)," \
    "$(ratio "$wp" "$bp")x p99 (target <= 2)"
echo "bare / static: $(ratio "$b" "$s")x (FLOORS.md: about 0.3)"
