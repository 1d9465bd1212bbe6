#!/usr/bin/env python3
"""Secret tests for range-sum-updates: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(161803)
MAXN = 200000
MAXA = 10**9


def write(name, a, qs):
    assert any(t == 2 for t, _, _ in qs)
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (len(a), len(qs), " ".join(map(str, a))))
        f.write("".join("%d %d %d\n" % t for t in qs))


def rand_queries(n, q, p_update, lo, hi, wide=False):
    qs = []
    for _ in range(q):
        if rng.random() < p_update:
            qs.append((1, rng.randint(1, n), rng.randint(lo, hi)))
        else:
            if wide:
                l = rng.randint(1, n // 10 + 1)
                r = rng.randint(max(l, n - n // 10), n)
            else:
                l = rng.randint(1, n)
                r = rng.randint(l, n)
            qs.append((2, l, r))
    return qs


write("01-single", [-MAXA], [(2, 1, 1), (1, 1, MAXA), (2, 1, 1)])
write("02-small", [3, 1, 4, 1, 5, 9, 2, 6], rand_queries(8, 30, 0.4, -9, 9))
# every position updated to the same value it already has, and to zero
n = 1000
a = [rng.randint(-MAXA, MAXA) for _ in range(n)]
cur = a[:]
qs = []
for _ in range(3000):
    i = rng.randint(1, n)
    x = cur[i - 1] if rng.random() < 0.5 else 0
    cur[i - 1] = x
    qs.append((1, i, x))
    l = rng.randint(1, n)
    qs.append((2, l, rng.randint(l, n)))
write("03-noop-and-zero-updates", a, qs)
# all values at +1e9, whole-array sums: 1e9 * n needs 64 bits
n = 50000
qs = [(2, 1, n)] + [(1, i, MAXA) for i in range(1, 101)] + [(2, 1, n), (2, n, n), (2, 1, 1)]
write("04-overflow", [MAXA] * n, qs)
n = 20000
write("05-only-sums", [rng.randint(-MAXA, MAXA) for _ in range(n)], rand_queries(n, 20000, 0.0, 0, 0))
write("06-update-heavy", [rng.randint(-MAXA, MAXA) for _ in range(n)], rand_queries(n, 20000, 0.9, -MAXA, MAXA))
# single-element ranges and the boundaries 1 and n
qs = []
for _ in range(10000):
    i = rng.choice((1, n, rng.randint(1, n)))
    qs.append((2, i, i) if rng.random() < 0.5 else (1, i, rng.randint(-MAXA, MAXA)))
qs.append((2, 1, n))
write("07-point-ranges", [rng.randint(-MAXA, MAXA) for _ in range(n)], qs)
# maximum n, many queries over wide ranges (slow for summing element by element)
n = MAXN
write("08-max-n-wide", [rng.randint(-10**6, 10**6) for _ in range(n)],
      rand_queries(n, 120000, 0.25, -10**6, 10**6, wide=True))
n = 20000
write("09-random-mixed", [rng.randint(-MAXA, MAXA) for _ in range(n)], rand_queries(n, 30000, 0.5, -MAXA, MAXA))
n = 10000
write("10-all-negative", [rng.randint(-MAXA, -1) for _ in range(n)], rand_queries(n, 20000, 0.3, -MAXA, -1))
