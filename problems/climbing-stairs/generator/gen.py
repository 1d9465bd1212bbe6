#!/usr/bin/env python3
"""Secret tests for climbing-stairs: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXN = 10**6

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(112358)

tests = [
    ('min', 1),
    ('two', 2),
    ('small', 10),
    ('last-without-mod', 43),  # exact answer 701408733 < 10^9+7
    ('first-mod', 44),         # exact answer 1134903170 > 10^9+7: the modulo matters
    ('over-32bit', 46),        # exact answer 2971215073 > 2^31 - 1
    ('over-64bit', 92),        # exact answer > 2^63 - 1
    ('thousand', 1000),
    ('random', rng.randint(10**4, 10**5)),
    ('large-random', rng.randint(5 * 10**5, MAXN - 1)),
    ('max', MAXN),
]

for i, (name, n) in enumerate(tests, 1):
    assert 1 <= n <= MAXN
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d\n' % n)
