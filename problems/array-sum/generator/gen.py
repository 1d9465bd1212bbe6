#!/usr/bin/env python3
"""Secret tests for array-sum: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXN = 200000
MAXV = 10**9

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(20240101)
tests = []


def add(name, a):
    tests.append((name, a))


add('min-one', [7])
add('min-negative', [-MAXV])
add('zero', [0] * 10)
add('small-mixed', [rng.randint(-100, 100) for _ in range(20)])
add('overflow-32bit', [MAXV] * 5)
add('cancel-out', [MAXV, -MAXV] * 1000)
add('max-all-max', [MAXV] * MAXN)
add('large-all-min', [-MAXV] * 50000)
add('max-random', [rng.randint(-MAXV, MAXV) for _ in range(MAXN)])
# mostly large positives: the running sum crosses 2^31 and 2^32 many times
add('max-wraps', [rng.randint(MAXV - 1000, MAXV) * rng.choice((1, 1, 1, -1))
                  for _ in range(MAXN)])

for i, (name, a) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d\n%s\n' % (len(a), ' '.join(map(str, a))))
