#!/usr/bin/env python3
"""Secret tests for climbing-stairs-function: python3 gen.py OUTDIR (.in, .ans)"""
import os
import sys

out = sys.argv[1]


def ways(n):
    a, b = 1, 1          # ways(0), ways(1)
    for _ in range(n - 1):
        a, b = b, a + b
    return b


# the largest answer still fits in a signed 32-bit integer
assert ways(45) == 1836311903 < 2**31
tests = [("01-min", 1), ("02-four", 4), ("03-five", 5), ("04-ten", 10),
         ("05-nineteen", 19), ("06-twenty-five", 25), ("07-thirty", 30),
         ("08-thirty-six", 36), ("09-forty", 40), ("10-forty-three", 43),
         ("11-forty-four", 44), ("12-max", 45), ("13-max-again", 45)]
for name, n in tests:
    assert 1 <= n <= 45
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d\n" % n)
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write("%d\n" % ways(n))
