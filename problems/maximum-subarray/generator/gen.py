#!/usr/bin/env python3
"""Secret tests for maximum-subarray: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXN = 200000
MAXV = 10**9

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(1984)
tests = []


def add(name, a):
    assert 1 <= len(a) <= MAXN and all(abs(x) <= MAXV for x in a)
    tests.append((name, a))


add('min-positive', [5])
add('min-negative', [-MAXV])
add('zeros', [0] * 7)
add('all-negative-small', [-3, -9, -1, -4, -1, -8])
add('zero-among-negatives', [-5, -2, 0, -7])
# greedy "take everything positive" or "reset at zero" variants differ here
add('dip-worth-crossing', [10, -3, 10, -25, 4, 4, -1, 12])
add('random-small', [rng.randint(-20, 20) for _ in range(300)])
add('all-positive', [MAXV] * 50000)
add('max-all-negative', [-rng.randint(1, MAXV) for _ in range(MAXN)])
add('max-random', [rng.randint(-MAXV, MAXV) for _ in range(MAXN)])
# slight positive drift: the best subarray is long and its sum is huge
add('max-drift', [rng.randint(-MAXV + 10**7, MAXV) for _ in range(MAXN - 1)] + [MAXV])
# big block separated by a deep negative valley
half = 25000
add('valley', [MAXV] * (half - 1) + [-MAXV] + [MAXV] * (half - 1) + [-MAXV])

for i, (name, a) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d\n%s\n' % (len(a), ' '.join(map(str, a))))
