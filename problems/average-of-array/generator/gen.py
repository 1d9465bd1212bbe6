#!/usr/bin/env python3
"""Secret tests for average-of-array: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXN = 200000
MAXV = 10**9

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(6174)
tests = []


def add(name, a):
    assert 1 <= len(a) <= MAXN and all(abs(x) <= MAXV for x in a)
    tests.append((name, a))


add('min', [-MAXV])
add('half', [1, 2])
add('negative-half', [-1, -2])
add('thirds', [0, 0, 1])
add('small-random', [rng.randint(-100, 100) for _ in range(37)])
# 32-bit sums overflow
add('overflow-positive', [MAXV] * 50000 + [MAXV - 1])
add('overflow-negative', [-MAXV] * 50000 + [-MAXV + 7])
# huge values cancel out and leave a tiny average: a float32 sum loses it
a = [MAXV, -MAXV] * 25000 + [1] * 3
rng.shuffle(a)
add('cancel-tiny', a)
add('max-random', [rng.randint(-MAXV, MAXV) for _ in range(MAXN)])
add('large-positive', [rng.randint(MAXV - 10**6, MAXV) for _ in range(MAXN // 2)])
a = [MAXV, -MAXV] * (MAXN // 2 - 1) + [1, 0]
add('max-average-five-millionths', a)

for i, (name, a) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d\n%s\n' % (len(a), ' '.join(map(str, a))))
