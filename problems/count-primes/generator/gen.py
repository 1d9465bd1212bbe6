#!/usr/bin/env python3
"""Secret tests for count-primes: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(2357)
MAXQ = 200000
MAXN = 10**7


def write(name, ns):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(ns), " ".join(map(str, ns))))


def primes_upto(n):
    s = bytearray([1]) * (n + 1)
    s[0] = s[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if s[i]:
            s[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i in range(n + 1) if s[i]]


write("01-one", [1])
write("02-two", [2])
write("03-all-up-to-200", list(range(1, 201)))
# exactly at primes and just below them (off-by-one checks)
ps = primes_upto(100000)
ns = []
for p in rng.sample(ps, 2000):
    ns += [p, p - 1, p + 1]
rng.shuffle(ns)
write("04-prime-boundaries", ns)
write("05-max-single", [MAXN])
# largest primes below 1e7 and their neighbours
write("06-near-max", [9999991, 9999990, 9999973, 9999972, 9999989, MAXN - 1, MAXN])
write("07-powers-of-ten", [10 ** k for k in range(8)] * 10)
write("08-max-all-max", [MAXN] * MAXQ)
write("09-max-random", [rng.randint(1, MAXN) for _ in range(MAXQ)])
write("10-small-values", [rng.randint(1, 1000) for _ in range(MAXQ // 2)])
write("11-descending", sorted((rng.randint(MAXN // 2, MAXN) for _ in range(50000)), reverse=True))
