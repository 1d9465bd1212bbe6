#!/bin/bash
# tests/harness/run.sh: the function-problem drivers natively (run.py).
# The bundled function problems themselves are judged through the sandbox
# by tests/problems/run.sh, so run.py's problems group is left out here.
cd "$(dirname "$0")/../.."
exec /usr/bin/python3 tests/harness/run.py --no-problems
