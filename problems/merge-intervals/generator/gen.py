#!/usr/bin/env python3
"""Secret tests for merge-intervals: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXN = 200000
MAXV = 10**9

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(3141)
tests = []


def add(name, iv):
    assert 1 <= len(iv) <= MAXN
    assert all(0 <= l <= r <= MAXV for l, r in iv)
    tests.append((name, iv))


def rand_iv(k, hi, maxlen):
    res = []
    for _ in range(k):
        l = rng.randint(0, hi)
        res.append((l, min(hi, l + rng.randint(0, maxlen))))
    return res


add('min', [(7, 7)])
add('extremes', [(0, 0), (MAXV, MAXV), (0, MAXV)])
add('identical', [(5, 9)] * 5)
# touching intervals merge, neighbouring integers do not
add('touching-vs-adjacent', [(1, 3), (3, 5), (7, 8), (9, 10), (10, 10), (12, 12), (13, 14)])
# a long interval swallows later ones: the merged end is a maximum, not the last end
add('nested', [(1, 100), (2, 3), (4, 5), (50, 60), (99, 100), (100, 101), (200, 300), (210, 220)])
add('points', [(x, x) for x in rng.sample(range(50), 30)])
add('random-small', rand_iv(300, 1000, 10))
add('random-wide', rand_iv(10000, MAXV, 10**5))
# already sorted and disjoint: the output is as large as the input
xs = sorted(rng.sample(range(0, MAXV // 2), 30000))
add('large-disjoint', [(2 * x, 2 * x + rng.randint(0, 1)) for x in xs])
# a chain given in decreasing order: every insertion goes to the front
add('max-descending-chain', [(i, i + 1) for i in range(MAXN - 1, -1, -1)])
add('max-random', rand_iv(MAXN, 10**6, 20))
a = rand_iv(59999, 10**6 - 1, 5) + [(0, 10**6)]
rng.shuffle(a)
add('one-cover', a)

for i, (name, iv) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d\n%s' % (len(iv), ''.join('%d %d\n' % p for p in iv)))
