# tests/lib/stack.sh: a private Verdict stack for a test suite (sourced).
#
# The suites that need a running site (integration, browser) start their
# own stack with scripts/stack in a temporary directory, on their own
# ports and judge slot, with the sanitizer build, so they can run beside
# `make run` and beside each other.
#
#	. tests/lib/stack.sh
#	stack_env 18180 18206 18279 10	# HTTP, DB, Redis port, judge slot
#	stack_up || exit 1		# start + import the fixture problems
#	...				# $VERDICT_URL, $VAR, $BIN
#	stack_reports || rc=1		# sanitizer reports are failures
#
# TEST_VAR, TEST_HTTP_PORT, TEST_DB_PORT, TEST_REDIS_PORT, TEST_JUDGE_SLOT
# and TEST_BIN override the defaults; TEST_KEEP=1 keeps the directory.
# The stack is stopped (and its directory removed) when the shell exits.

# stack_env HTTP DB REDIS SLOT: the environment of the stack.
stack_env() {
	ROOT=$(pwd)
	export VAR=${TEST_VAR:-$(mktemp -d /tmp/verdict-test.XXXXXX)}
	export HTTP_PORT=${TEST_HTTP_PORT:-$1}
	export DB_PORT=${TEST_DB_PORT:-$2}
	export REDIS_PORT=${TEST_REDIS_PORT:-$3}
	export JUDGE_SLOT=${TEST_JUDGE_SLOT:-$4}
	export BIN=${TEST_BIN:-$ROOT/build/san}
	export WEB_WORKERS=4
	# One judge: the queue tests reason about what waits behind what.
	export JUDGES=${TEST_JUDGES:-1}
	export IMPORT=0
	export DB_POOL=128M
	export ASAN_OPTIONS="detect_leaks=0:log_path=$VAR/log/asan"
	export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$VAR/log/ubsan"
	export VERDICT_URL="http://127.0.0.1:$HTTP_PORT"
	export VERDICT_VAR=$VAR
	export VERDICT_ROOT=$ROOT
}

stack_cleanup() {
	local n=0

	# A judge writes its own pid file once it is up; stop finds judges
	# by those files, so wait for it (a few seconds at most) rather
	# than orphan a judge when the suite ends right after the start.
	while [ -e "$VAR/log/judge-0.log" ] && [ ! -e "$VAR/run/judge-0.pid" ] &&
	    [ $n -lt 50 ]; do
		sleep 0.1
		n=$((n + 1))
	done
	bash "$ROOT/scripts/stack" stop >/dev/null 2>&1
	[ -n "${TEST_KEEP:-}" ] || rm -rf "$VAR"
}

# stack_up: start the stack and import the fixture problems (fast to
# judge) instead of the whole bundled set.  Prints a TAP failure and
# returns 1 when either fails.
stack_up() {
	trap stack_cleanup EXIT
	mkdir -p "$VAR/log"
	chmod 1777 "$VAR/log"	# sanitizer logs of workers running as www-data
	if ! bash "$ROOT/scripts/stack" start > "$VAR/stack.log" 2>&1; then
		cat "$VAR/stack.log"
		echo "not ok - the test stack did not start"
		return 1
	fi
	if ! "$BIN/verdict-judge" import -c "$VAR/judge.conf" \
	    --slot $((JUDGE_SLOT + 5)) "$ROOT"/tests/integration/problems/*/ \
	    > "$VAR/import.log" 2>&1; then
		cat "$VAR/import.log"
		echo "not ok - fixture problems did not import"
		return 1
	fi
	# The judge announces itself; without it every verdict would hang.
	local n=0
	until [ "$(mariadb --defaults-file="$VAR/my.cnf" -uroot -N -B verdict \
	    -e "SELECT COUNT(*) FROM judges WHERE last_seen > NOW(3) -
	    INTERVAL 30 SECOND" 2>/dev/null)" -gt 0 ] 2>/dev/null; do
		n=$((n + 1))
		if [ $n -gt 100 ]; then
			sed 's/^/#   /' "$VAR"/log/judge-*.log | tail -5
			echo "not ok - the judge did not start (box slot" \
			    "$JUDGE_SLOT busy? set TEST_JUDGE_SLOT)"
			return 1
		fi
		sleep 0.1
	done
}

# stack_reports: a sanitizer report anywhere is a failure even if every
# request looked fine.  Returns 1 when there is one.
stack_reports() {
	local f rc=0

	for f in "$VAR"/log/asan* "$VAR"/log/ubsan*; do
		[ -e "$f" ] || continue
		echo "not ok - sanitizer report $(basename "$f")"
		sed 's/^/#   /' "$f" | head -40
		rc=1
	done
	return $rc
}
