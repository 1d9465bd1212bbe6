#!/bin/bash
# tests/bench/run.sh: run every benchmark (tests/bench/*.sh but this one).
#
# Each prints its figures and the ratio against a baseline measured in the
# same run; none asserts a time (shared machines are noisy).  BENCH="a b"
# runs only those (file names without .sh).  Every run is bounded in time
# and requests, and targets loopback only.
set -u
cd "$(dirname "$0")/../.."
rc=0
for b in tests/bench/*.sh; do
	name=$(basename "$b" .sh)
	[ "$name" = run ] && continue
	case "$name" in lib*) continue ;; esac
	if [ -n "${BENCH:-}" ] && ! printf ' %s ' "$BENCH" | grep -q " $name "; then
		continue
	fi
	echo "=== bench: $name"
	bash "$b" || { echo "bench $name failed"; rc=1; }
done
exit $rc
