#!/usr/bin/env python3
"""Secret tests for is-palindrome-number: python3 gen.py OUTDIR (.in, .ans)"""
import os
import sys

out = sys.argv[1]
LIM = 10**15


def pal(x):
    return str(x) == str(x)[::-1]


tests = [
    ("01-zero", 0, True),
    ("02-single-digit", 7, True),
    ("03-negative-single-digit", -5, False),
    ("04-two-equal-digits", 11, True),
    ("05-trailing-zeros", 1000, False),
    ("06-even-length", 12344321, True),
    ("07-odd-length-off-by-one", 1234521, False),
    ("08-int-palindrome", 2147447412, True),
    ("09-int-max", 2147483647, False),
    # reversed, 3000000001 overflows a 32-bit int
    ("10-reverse-overflows-int", 1000000003, False),
    ("11-beyond-int-odd", 123456787654321, True),
    ("12-beyond-int-even", 12345677654321, True),
    ("13-beyond-int-almost", 123456787654320, False),
    ("14-inner-zeros", 100000010000001, True),
    ("15-inner-zeros-off", 100000000000010, False),
    ("16-max", LIM, False),
    ("17-max-palindrome", LIM - 1, True),
    ("18-min", -LIM, False),
    ("19-negative-palindrome-digits", -999999999999999, False),
    ("20-ten-power-plus-one", 10**14 + 1, True),
]
for name, x, want in tests:
    assert -LIM <= x <= LIM
    ans = x >= 0 and pal(x)
    assert ans == want, name
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d\n" % x)
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write("true\n" if ans else "false\n")
