# A+B: the Python 3 reference for tests/bench/submit.sh.
import sys

a, b = map(int, sys.stdin.read().split()[:2])
print(a + b)
