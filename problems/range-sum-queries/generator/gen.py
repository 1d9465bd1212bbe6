#!/usr/bin/env python3
"""Secret tests for range-sum-queries: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXN = 200000
MAXV = 10**9

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(55555)
tests = []


def add(name, a, qs):
    n = len(a)
    assert 1 <= n <= MAXN and 1 <= len(qs) <= MAXN
    assert all(abs(x) <= MAXV for x in a)
    assert all(1 <= l <= r <= n for l, r in qs)
    tests.append((name, a, qs))


def rand_queries(n, k):
    qs = []
    for _ in range(k):
        l, r = rng.randint(1, n), rng.randint(1, n)
        qs.append((min(l, r), max(l, r)))
    return qs


add('min', [-7], [(1, 1)])
add('single-elements', [5, -5, MAXV, -MAXV], [(i, i) for i in range(1, 5)])
add('edges', [1, 2, 3, 4, 5, 6], [(1, 1), (6, 6), (1, 6), (1, 5), (2, 6), (3, 4)])
a = [rng.randint(-10, 10) for _ in range(100)]
add('all-pairs-small', a[:40], [(l, r) for l in range(1, 41) for r in range(l, 41)])
a = [rng.randint(-MAXV, MAXV) for _ in range(30000)]
add('random-wide', a, rand_queries(len(a), 30000))
# prefix sums overflow 32 bits
a = [MAXV] * 50000
add('overflow-positive', a, rand_queries(len(a), 1000) + [(1, len(a))])
a = [-MAXV] * 50000
add('overflow-negative', a, rand_queries(len(a), 1000) + [(1, len(a))])
a = [MAXV if i % 2 else -MAXV for i in range(50000)]
add('alternating', a, rand_queries(len(a), 10000))
# every query covers (almost) the whole array: summing each range is too slow
a = [rng.randint(-99, 99) for _ in range(MAXN)]
qs = [(rng.randint(1, 3), MAXN - rng.randint(0, 2)) for _ in range(MAXN)]
add('max-full-ranges', a, qs)
a = [rng.randint(-999, 999) for _ in range(MAXN)]
add('max-random', a, rand_queries(MAXN, 20000))

for i, (name, a, qs) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d %d\n%s\n' % (len(a), len(qs), ' '.join(map(str, a))))
        f.write(''.join('%d %d\n' % lr for lr in qs))
