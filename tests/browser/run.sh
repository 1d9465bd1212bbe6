#!/bin/bash
# tests/browser/run.sh: the browser suite.  Starts a private stack (the
# sanitizer build, tests/lib/stack.sh) on its own ports, then runs
# tests/browser/*.test.mjs under node --test: npm playwright-core drives
# Debian's /usr/bin/chromium headless.  Output is TAP for tests/run.sh;
# screenshots land in $ARTIFACTS (build/test-artifacts/browser).
set -u
cd "$(dirname "$0")/../.."
. tests/lib/stack.sh
stack_env 18480 18406 18479 130
export ARTIFACTS=${ARTIFACTS:-$ROOT/build/test-artifacts/browser}

for need in /usr/bin/chromium node_modules/playwright-core \
    static/vendor/monaco/vs/loader.js static/vendor/katex/katex.min.js; do
	if [ ! -e "$need" ]; then
		echo "not ok - browser suite needs $need (scripts/deps," \
		    "make assets)"
		exit 1
	fi
done
stack_up || exit 1

rc=0
node --test --test-reporter=tap tests/browser/*.test.mjs || rc=1
stack_reports || rc=1
exit $rc
