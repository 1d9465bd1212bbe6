#!/usr/bin/env python3
"""Secret tests for pattern-occurrences: python3 gen.py OUTDIR"""
import os
import random
import string
import sys

out = sys.argv[1]
rng = random.Random(27182818)
MAXN = 10**6


def write(name, s, p):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%s\n%s\n" % (s, p))


def rand_str(n, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


write("01-single-match", "x", "x")
write("02-single-no-match", "x", "y")
write("03-pattern-longer", "abc", "abcabc")
write("04-small-random", rand_str(60, "ab"), "aba")
write("05-equal-strings", "abcabd", "abcabd")
# s = a^n, p = a^(m-1) b: no occurrence, but O(n m) comparisons for the naive scan
write("06-max-no-match-worst", "a" * MAXN, "a" * 99999 + "b")
# s = a^n, p = a^(n/2): n/2 + 1 overlapping occurrences
write("07-max-overlap", "a" * MAXN, "a" * (MAXN // 2))
write("08-max-random-binary", rand_str(MAXN, "ab"), rand_str(12, "ab"))
write("09-max-random-short", rand_str(MAXN), "e")
write("10-periodic", "ab" * 250000, "ab" * 1000 + "a")
fib = ["b", "a"]
while len(fib[-1]) < 600000:
    fib.append(fib[-1] + fib[-2])
write("11-fibonacci", fib[-1][:600000], fib[-8])
# a pattern with a long border that almost matches everywhere
unit = "aab" * 5
write("12-near-matches", (unit * (300000 // len(unit) + 1))[:300000], unit * 100 + "c")
