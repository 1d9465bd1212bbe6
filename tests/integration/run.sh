#!/bin/bash
# tests/integration/run.sh: start a real private stack (MariaDB, Redis, nginx,
# verdict-web, the judge) in a temporary directory on test ports, run every
# tests/integration/test_*.py against it over HTTP, stop it.
#
# The binaries are the sanitizer build (build/san) so that ASan/UBSan watch
# the web workers and the judge under real traffic; their logs are checked
# for sanitizer reports at the end.
set -u
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
export VAR=${TEST_VAR:-$(mktemp -d /tmp/verdict-it.XXXXXX)}
export HTTP_PORT=${TEST_HTTP_PORT:-18180}
export DB_PORT=${TEST_DB_PORT:-18206}
export REDIS_PORT=${TEST_REDIS_PORT:-18279}
export JUDGE_SLOT=${TEST_JUDGE_SLOT:-10}
export BIN=${TEST_BIN:-$ROOT/build/san}
export WEB_WORKERS=4
export IMPORT=0
export DB_POOL=128M
export ASAN_OPTIONS="detect_leaks=0:log_path=$VAR/log/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$VAR/log/ubsan"
export VERDICT_URL="http://127.0.0.1:$HTTP_PORT"
export VERDICT_VAR=$VAR
export VERDICT_ROOT=$ROOT
PY=/usr/bin/python3

cleanup() {
	bash scripts/stack stop >/dev/null 2>&1
	[ -n "${TEST_KEEP:-}" ] || rm -rf "$VAR"
}
trap cleanup EXIT
mkdir -p "$VAR/log"
chmod 1777 "$VAR/log"	# sanitizer logs of workers running as www-data

if ! bash scripts/stack start > "$VAR/stack.log" 2>&1; then
	cat "$VAR/stack.log"
	echo "not ok - integration stack did not start"
	exit 1
fi

# The fixture problems (fast to judge) instead of the whole bundled set.
if ! "$BIN/verdict-judge" import -c "$VAR/judge.conf" --slot $((JUDGE_SLOT + 5)) \
    tests/integration/problems/*/ > "$VAR/import.log" 2>&1; then
	cat "$VAR/import.log"
	echo "not ok - fixture problems did not import"
	exit 1
fi

rc=0
for t in tests/integration/test_*.py; do
	echo "# $t"
	$PY "$t" || rc=1
done

# A sanitizer report anywhere is a failure even if every request looked fine.
for f in "$VAR"/log/asan* "$VAR"/log/ubsan*; do
	[ -e "$f" ] || continue
	echo "not ok - sanitizer report $(basename "$f")"
	sed 's/^/#   /' "$f" | head -40
	rc=1
done
exit $rc
