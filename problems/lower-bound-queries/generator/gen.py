#!/usr/bin/env python3
"""Secret tests for lower-bound-queries: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXN = 200000
MAXV = 10**9

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(16180)
tests = []


def add(name, a, qs):
    assert 1 <= len(a) <= MAXN and 1 <= len(qs) <= MAXN
    assert all(a[i] <= a[i + 1] for i in range(len(a) - 1))
    assert all(abs(x) <= MAXV for x in a) and all(abs(x) <= MAXV for x in qs)
    tests.append((name, a, qs))


def near(a, k):
    """k queries: array values, their neighbours, and values outside the range"""
    qs = []
    for _ in range(k):
        r = rng.random()
        if r < 0.6:
            x = rng.choice(a) + rng.choice((-1, 0, 0, 1))
        elif r < 0.9:
            x = rng.randint(a[0] - 2, a[-1] + 2)
        else:
            x = rng.choice((a[0] - 1, a[-1] + 1, -MAXV, MAXV))
        qs.append(max(-MAXV, min(MAXV, x)))
    return qs


add('min-single', [5], [4, 5, 6])
add('extremes', [-MAXV, -MAXV, 0, MAXV, MAXV], [-MAXV, -MAXV + 1, -1, 0, 1, MAXV - 1, MAXV])
add('all-equal', [7] * 10, [6, 7, 8])
a = sorted(rng.randint(-20, 20) for _ in range(50))
add('small-duplicates', a, list(range(-22, 23)))
a = sorted(rng.randint(-MAXV, MAXV) for _ in range(1000))
add('random-wide', a, near(a, 1000))
a = [1] * 1000 + [2] * 1000
add('two-blocks', a, [0, 1, 2, 3] * 50)
a = sorted(rng.randint(-10**6, 10**6) for _ in range(MAXN))
add('max-random', a, near(a, MAXN))
# long runs of equal values: the FIRST index of a run is wanted
a = sorted(rng.randint(-20, 20) * 1000 for _ in range(50000))
add('long-runs', a, near(a, 50000))
# every query is larger than every element: a linear scan reads everything
a = sorted(rng.randint(0, 9999) for _ in range(MAXN))
add('max-all-above', a, [10000] * (MAXN // 2))
a = sorted(rng.randint(0, MAXN) for _ in range(50000))
add('near-end', a, [a[-1] - rng.randint(0, 3) for _ in range(50000)])

for i, (name, a, qs) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d %d\n%s\n%s\n' % (len(a), len(qs), ' '.join(map(str, a)), '\n'.join(map(str, qs))))
