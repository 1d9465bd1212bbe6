#!/usr/bin/env python3
"""Secret tests for subarray-sum-k: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(5550123)
MAXN = 200000
MAXA = 10**9


def write(name, k, a):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (len(a), k, " ".join(map(str, a))))


write("01-single-match", -7, [-7])
write("02-single-no-match", 7, [-7])
write("03-small-negatives", 0, [1, -1, 1, -1, 2, -2, 0])
write("04-small-random", 3, [rng.randint(-3, 3) for _ in range(50)])
# the whole array is the only subarray with this sum: 2e5 * 1e9 overflows 32 bits
write("05-max-k-whole-array", MAXN * MAXA, [MAXA] * MAXN)
# all zeros, k = 0: the answer n(n+1)/2 needs 64 bits
write("06-max-all-zeros", 0, [0] * MAXN)
n = 50000
write("07-no-match", 1, [2 * rng.randint(-1000, 1000) for _ in range(n)])
write("08-alternating", 0, [1 if i % 2 == 0 else -1 for i in range(n)])
write("09-negative-k", -5, [rng.randint(-5, 4) for _ in range(n)])
# positive and negative big values: prefix sums leave the 32-bit range
write("10-big-values", 0, [rng.choice((-MAXA, MAXA, MAXA - 1, -MAXA + 1)) for _ in range(n)])
n = MAXN
write("11-max-random-small", 10, [rng.randint(-10, 10) for _ in range(n)])
a = [rng.randint(-MAXA, MAXA) for _ in range(n)]
l = rng.randrange(n // 2)
write("12-max-random-big", sum(a[l:l + n // 3]), a)
