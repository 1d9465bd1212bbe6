#!/usr/bin/env python3
"""Secret tests for inversion-count: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(55555)
MAXN = 200000
MAXA = 10**9


def write(name, a):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(a), " ".join(map(str, a))))


write("01-single", [MAXA])
write("02-two-inverted", [MAXA, -MAXA])
write("03-small-duplicates", [rng.randint(1, 4) for _ in range(25)])
write("04-all-equal", [-7] * 50000)
write("05-max-sorted", list(range(-MAXN, 0)))
# strictly decreasing: n (n - 1) / 2 inversions, needs 64 bits
write("06-max-strictly-decreasing", list(range(MAXN, 0, -1)))
# non-increasing with long runs of equal values
write("07-decreasing-with-runs", sorted((rng.randint(1, 500) for _ in range(50000)), reverse=True))
write("08-max-random", [rng.randint(-MAXA, MAXA) for _ in range(MAXN)])
write("09-max-few-distinct", [rng.randint(0, 3) for _ in range(MAXN)])
# nearly sorted: a few random swaps
a = list(range(1, 50001))
for _ in range(100):
    i, j = rng.randrange(50000), rng.randrange(50000)
    a[i], a[j] = a[j], a[i]
write("10-nearly-sorted", a)
# two interleaved sorted sequences
write("11-interleaved", [x for i in range(25000) for x in (i + 25000, i)])
