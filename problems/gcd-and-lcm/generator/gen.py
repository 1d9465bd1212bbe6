#!/usr/bin/env python3
"""Secret tests for gcd-and-lcm: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXQ = 10**5
MAXV = 10**9

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(1729)
tests = []


def add(name, pairs):
    assert 1 <= len(pairs) <= MAXQ
    assert all(1 <= a <= MAXV and 1 <= b <= MAXV for a, b in pairs)
    tests.append((name, pairs))


def with_common(k, gmax):
    res = []
    for _ in range(k):
        g = rng.randint(1, gmax)
        m = MAXV // g
        res.append((g * rng.randint(1, m), g * rng.randint(1, m)))
    return res


add('ones', [(1, 1)])
add('equal', [(x, x) for x in (1, 2, 17, 999999937, MAXV)])
add('divisible', [(3, 12), (12, 3), (1, MAXV), (MAXV, 1), (500000000, MAXV), (2**29, 2**28)])
fib = [1, 1]
while fib[-1] + fib[-2] <= MAXV:
    fib.append(fib[-1] + fib[-2])
add('fibonacci', [(fib[i], fib[i + 1]) for i in range(len(fib) - 1)])
# lcm close to 10^18: needs 64-bit arithmetic, and a*b/g must not overflow either
add('big-lcm', [(MAXV, MAXV - 1), (999999937, 999999929), (MAXV - 1, MAXV - 3), (999999999, 999999998)])
add('small-all-pairs', [(a, b) for a in range(1, 41) for b in range(1, 41)])
add('common-factor', with_common(5000, 1000))
add('powers', [(2**i * 3**j, 2**j * 5**i) for i in range(12) for j in range(12)
               if 2**i * 3**j <= MAXV and 2**j * 5**i <= MAXV])
add('max-random', [(rng.randint(1, MAXV), rng.randint(1, MAXV)) for _ in range(MAXQ)])
add('max-large-common', with_common(MAXQ // 2, 10**6))

for i, (name, pairs) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d\n%s' % (len(pairs), ''.join('%d %d\n' % p for p in pairs)))
