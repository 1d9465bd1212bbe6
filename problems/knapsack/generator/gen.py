#!/usr/bin/env python3
"""Secret tests for knapsack: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(1010101)
MAXN = 100
MAXW = 10**5
MAXV = 10**9


def write(name, W, items):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d %d\n" % (len(items), W))
        f.write("".join("%d %d\n" % it for it in items))


def rand_items(n, wlo, whi, vlo, vhi):
    return [(rng.randint(wlo, whi), rng.randint(vlo, vhi)) for _ in range(n)]


write("01-single-fits", 1, [(1, MAXV)])
write("02-single-too-heavy", 99999, [(MAXW, 5)])
write("03-small-random", 20, rand_items(10, 1, 10, 1, 30))
# value-per-weight greedy fails: one dense small item blocks two good ones
write("04-greedy-ratio-fails", 10, [(1, 2), (5, 8), (5, 8), (10, 15)])
write("05-nothing-fits", 50, rand_items(12, 51, 1000, 1, MAXV))
# 100 items of weight 1 and value 1e9, all fit: 1e11 needs 64 bits
write("06-overflow-all-fit", MAXW, [(1, MAXV)] * MAXN)
write("07-max-random", MAXW, rand_items(MAXN, 1, MAXW, 1, MAXV))
# weights around W/3 and W/2: only few items fit, the combination matters
write("08-max-chunky", MAXW, rand_items(MAXN, MAXW // 3 - 500, MAXW // 2 + 500, 1, MAXV))
write("09-max-small-weights", MAXW, rand_items(MAXN, 1, 3000, 1, MAXV))
# weight roughly proportional to value: many near-ties
write("10-max-proportional", MAXW, [(w, w * 1000 + rng.randint(-50, 50)) for w, _ in rand_items(MAXN, 1000, 5000, 1, 1)])
write("11-max-equal-items", MAXW - 1, [(1000, 7)] * MAXN)
write("12-max-capacity-one-short", 5050 - 1, [(i, i * i) for i in range(1, MAXN + 1)])
