#!/usr/bin/env python3
"""Secret tests for kth-largest: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(31337)
MAXN = 200000
MAXA = 10**9


def write(name, k, a):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (len(a), k, " ".join(map(str, a))))


write("01-single", 1, [0])
write("02-k-equals-n-small", 4, [3, 3, 1, 2])
write("03-zeros-and-max", 2, [0, MAXA, 0, MAXA, MAXA, 0])
write("04-small-random", 5, [rng.randint(0, 20) for _ in range(40)])
n = 50000
write("05-k1-random", 1, [rng.randint(0, MAXA) for _ in range(n)])
write("06-k-equals-n", n, [rng.randint(0, MAXA) for _ in range(n)])
write("07-increasing", 1000, sorted(rng.randint(0, MAXA) for _ in range(n)))
write("08-decreasing", 25000, sorted((rng.randint(0, MAXA) for _ in range(n)), reverse=True))
write("09-all-equal", 777, [123456789] * n)
write("10-few-distinct", 20000, [rng.choice((0, 5, MAXA)) for _ in range(n)])
n = MAXN
write("11-max-random-half", n // 2, [rng.randint(0, MAXA) for _ in range(n)])
