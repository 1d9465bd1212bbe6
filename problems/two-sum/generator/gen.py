#!/usr/bin/env python3
"""Secret tests for two-sum: python3 gen.py OUTDIR

Every test has exactly one pair of positions i < j with a_i + a_j = t."""
import os
import random
import sys

MAXN = 200000
MAXV = 10**9

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(777)
tests = []


def filler(cnt, t, taken, lo=-MAXV, hi=MAXV, dup=0.0):
    """cnt values in [lo, hi] none of which pairs with any other value
    (or with a value in `taken`) to sum t.  With probability dup a value
    already used is repeated (its complement is absent, so still safe)."""
    res = []
    used = list(taken)
    while len(res) < cnt:
        if res and rng.random() < dup:
            v = rng.choice(res)
        else:
            v = rng.randint(lo, hi)
            if t - v in taken or 2 * v == t:
                continue
        if t - v in taken:
            continue
        taken.add(v)
        res.append(v)
    return res


def make(n, t, x, y, pi, pj, lo=-MAXV, hi=MAXV, dup=0.0):
    """array of length n with the unique pair (x at pi, y at pj), 0-based"""
    assert x + y == t and pi != pj
    taken = {x, y}
    rest = filler(n - 2, t, taken, lo, hi, dup)
    a = []
    it = iter(rest)
    for k in range(n):
        if k == pi:
            a.append(x)
        elif k == pj:
            a.append(y)
        else:
            a.append(next(it))
    return a


def check(a, t):
    pos = {}
    cnt = 0
    for v in a:
        cnt += pos.get(t - v, 0)
        pos[v] = pos.get(v, 0) + 1
    assert cnt == 1, cnt


def add(name, t, a):
    check(a, t)
    tests.append((name, t, a))


add('min', 5, [2, 3])
add('min-negative', -2 * MAXV, [-MAXV, -MAXV])
add('equal-values', 8, [1, 4, 9, 4, 6])
# 2*a_1 == t, but a_1 may not be used twice
add('no-self-pair', 10, [5, 1, 2, 8, 3])
add('zero-target', 0, [0, 3, -7, 7, 0 + 100])
add('overflow-32bit', 2 * MAXV - 1, [MAXV, 5, MAXV - 1, 17])
add('small-random', 37, make(50, 37, 12, 25, 30, 7, -60, 60, 0.3))
# repeated values whose complement is absent: maps that keep the last
# position still work, but the answer must use the true positions
a = make(2000, 1000, 300, 700, 3, 1990, 0, 1000, 0.6)
add('many-duplicates', 1000, a)
t = rng.randint(-2 * MAXV, 2 * MAXV)
x = rng.randint(max(-MAXV, t - MAXV), min(MAXV, t + MAXV))
while 2 * x == t:
    x += 1
add('max-random', t, make(MAXN, t, x, t - x, rng.randrange(MAXN), rng.randrange(MAXN)))
# the pair (two equal values t/2) sits at the very end: a quadratic search
# scans everything first
t = 2 * MAXV - 2
a = make(MAXN, t, MAXV - 1, MAXV - 1, MAXN - 2, MAXN - 1, -MAXV, MAXV - 2, 0.2)
add('max-pair-at-end', t, a)
a = make(MAXN, 0, -MAXV, MAXV, MAXN - 1, MAXN - 2, 1, MAXV - 1, 0.1)
add('max-extremes-at-end', 0, a)

for i, (name, t, a) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d %d\n%s\n' % (len(a), t, ' '.join(map(str, a))))
