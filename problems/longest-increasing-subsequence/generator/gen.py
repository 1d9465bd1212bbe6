#!/usr/bin/env python3
"""Secret tests for longest-increasing-subsequence: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXN = 200000
MAXV = 10**9

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(4711)
tests = []


def add(name, a):
    assert 1 <= len(a) <= MAXN and all(abs(x) <= MAXV for x in a)
    tests.append((name, a))


add('min', [-MAXV])
add('two-equal', [3, 3])
add('two-increasing', [-1, 1])
# equal neighbours: "non-decreasing" solutions answer 6 instead of 3
add('pairs', [1, 1, 2, 2, 3, 3])
add('extremes', [MAXV, -MAXV, 0, MAXV, -MAXV, MAXV])
add('random-small', [rng.randint(-10, 10) for _ in range(100)])
add('random-medium', [rng.randint(-MAXV, MAXV) for _ in range(5000)])
add('max-random', [rng.randint(-MAXV, MAXV) for _ in range(MAXN)])
add('max-increasing', list(range(-MAXN // 2, MAXN - MAXN // 2)))
add('max-decreasing', list(range(MAXN // 2, MAXN // 2 - MAXN, -1)))
add('max-all-equal', [0] * MAXN)
add('max-few-values', [rng.randint(1, 1000) for _ in range(MAXN)])
# increasing with noise: the answer is long and the tails array keeps changing
add('max-noisy-increasing', [i * 5000 - MAXV + rng.randint(0, 20000) for i in range(MAXN // 2)])

for i, (name, a) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d\n%s\n' % (len(a), ' '.join(map(str, a))))
