#!/bin/sh
# tests/bench/sandbox.sh: sandbox overhead, A/B interleaved with a bare
# fork+exec of /bin/true (SANDBOX.md: <= +1.5 ms per run, <= +3 ms with the
# slot's set-up and teardown).  Absolute times move with machine load;
# compare the figures of one run with each other.
#
# usage: sh tests/bench/sandbox.sh [ROUNDS]      (default 200; needs root)
# The CPU column (this process plus its reaped children) moves least with
# the machine's load.
# VERDICT_BENCH_SLOT picks the box slot (default 8).
set -eu
cd "$(dirname "$0")/../.."
rounds=${1:-200}
if [ "$(id -u)" != 0 ]; then
	echo "sandbox.sh: the sandbox needs root" >&2
	exit 1
fi
make -s build/bench/sbxbench
exec ./build/bench/sbxbench -n "$rounds" -s "${VERDICT_BENCH_SLOT:-8}"
