#!/usr/bin/env python3
"""Secret tests for fibonacci-mod: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(1123581321)
MAXQ = 10**4
MAXN = 10**18
# the Pisano period of 1e9+7 divides 2 * (1e9 + 8); F is 0 at multiples of it
PERIOD = 2 * (10**9 + 8)


def write(name, ns):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(ns), "\n".join(map(str, ns))))


write("01-zero", [0])
write("02-one-two", [1, 2])
write("03-first-hundred", list(range(101)))
write("04-small-random", [rng.randint(0, 100000) for _ in range(100)])
# around the modulus and around the period of the sequence modulo 1e9+7
ns = []
for base in (10**9 + 7, PERIOD, PERIOD // 2, 5 * PERIOD, MAXN - MAXN % PERIOD):
    ns += [base - 1, base, base + 1, base + 2]
write("05-period-boundaries", ns)
write("06-powers-of-two", [2 ** k for k in range(60)] + [2 ** k - 1 for k in range(1, 60)])
write("07-max", [MAXN, MAXN - 1, MAXN - 2])
write("08-max-random", [rng.randint(0, MAXN) for _ in range(MAXQ)])
write("09-max-near-limit", [MAXN - rng.randint(0, 10**6) for _ in range(MAXQ)])
write("10-mid-range", [rng.randint(10**6, 10**12) for _ in range(MAXQ)])
