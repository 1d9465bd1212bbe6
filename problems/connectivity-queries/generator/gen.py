#!/usr/bin/env python3
"""Secret tests for connectivity-queries: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(60606)
MAXN = 200000
MAXQ = 200000


def write(name, n, ops):
    assert any(op == "query" for op, _, _ in ops)
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(ops)))
        f.write("".join("%s %d %d\n" % o for o in ops))


def rand_ops(n, q, p_union, lo=1, hi=None):
    hi = hi or n
    return [("union" if rng.random() < p_union else "query", rng.randint(lo, hi), rng.randint(lo, hi))
            for _ in range(q)]


write("01-single", 1, [("query", 1, 1), ("union", 1, 1), ("query", 1, 1)])
write("02-no-unions", 6, [("query", a, b) for a in range(1, 4) for b in range(1, 7)])
write("03-small-random", 8, rand_ops(8, 40, 0.3))
# many duplicate and redundant unions inside a few groups
n = 1000
ops = []
for _ in range(20000):
    g = rng.randrange(4)
    a = g * 250 + rng.randint(1, 250)
    b = g * 250 + rng.randint(1, 250)
    ops.append(("union" if rng.random() < 0.6 else "query", a, b))
write("04-redundant-unions", n, ops)
# a long chain built edge by edge, queried from its far end: needs union by
# size/rank or path compression; also fatal for a BFS per query
n = MAXN
k = MAXQ // 2
ops = [("union", i, i + 1) for i in range(1, k + 1)]
ops += [("query", 1, rng.randint(1, n)) if rng.random() < 0.5 else ("query", rng.randint(1, n), 1)
        for _ in range(MAXQ - k)]
write("05-max-chain", n, ops)
# the random graph passes the giant-component threshold midway
n = 20000
write("06-random-mixed", n, rand_ops(n, 50000, 0.5))
n = 50000
write("07-sparse-unions", n, rand_ops(n, 50000, 0.1))
# star unions, then queries
n = 30000
ops = [("union", 1, v) if rng.random() < 0.5 else ("union", v, 1) for v in range(2, n + 1)]
ops += [("query", rng.randint(1, n), rng.randint(1, n)) for _ in range(10000)]
write("08-star", n, ops)
# two big components that get merged by the very last union
n = 30000
half = n // 2
ops = []
for v in range(2, half + 1):
    ops.append(("union", rng.randint(1, v - 1), v))
for v in range(half + 2, n + 1):
    ops.append(("union", v, rng.randint(half + 1, v - 1)))
rng.shuffle(ops)
ops += [("query", rng.randint(1, half), rng.randint(half + 1, n)) for _ in range(5000)]
ops.append(("union", rng.randint(1, half), rng.randint(half + 1, n)))
ops += [("query", rng.randint(1, half), rng.randint(half + 1, n)) for _ in range(5000)]
write("09-two-components", n, ops)
# self-loops and queries with a == b
n = 5000
ops = [("union", v, v) for v in range(1, n + 1)] + [("query", v, v) for v in range(1, n + 1)]
ops += rand_ops(n, 5000, 0.3)
write("10-self", n, ops)
