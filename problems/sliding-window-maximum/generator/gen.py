#!/usr/bin/env python3
"""Secret tests for sliding-window-maximum: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(424242)
MAXN = 200000
MAXA = 10**9


def write(name, k, a):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (len(a), k, " ".join(map(str, a))))


def rand_array(n, lo=-MAXA, hi=MAXA):
    return [rng.randint(lo, hi) for _ in range(n)]


write("01-single", 1, [-MAXA])
write("02-k-equals-n", 6, [-3, -MAXA, -1, -7, -1, -2])
write("03-k1", 1, [5, -5, MAXA, -MAXA, 0])
write("04-small-random", 4, rand_array(30, -10, 10))
n = 30000
write("05-all-negative", 100, rand_array(n, -MAXA, -1))
write("06-all-equal", 500, [-42] * n)
write("07-increasing", 1000, sorted(rand_array(n)))
write("08-sawtooth", 3000, [((i * 7919) % 5000) - 2500 for i in range(n)])
write("09-few-distinct", 50, [rng.choice((-MAXA, 0, MAXA)) for _ in range(n)])
# decreasing: the deque holds the whole window; "rescan when the maximum
# leaves the window" solutions degrade to O(n * k)
n = 100000
write("10-decreasing", n // 2, sorted(rand_array(n), reverse=True))
n = MAXN
write("11-max-random-half", n // 2, rand_array(n))
