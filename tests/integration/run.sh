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
PY=/usr/bin/python3
. tests/lib/stack.sh	# the private stack, shared with tests/browser
stack_env 18180 18206 18279 10
stack_up || exit 1

# TESTS="test_queue.py ..." runs only those files.
rc=0
for t in ${TESTS:-tests/integration/test_*.py}; do
	case $t in */*) ;; *) t=tests/integration/$t ;; esac
	echo "# $t"
	$PY "$t" || rc=1
done

stack_reports || rc=1
exit $rc
