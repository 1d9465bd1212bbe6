#!/usr/bin/env python3
"""Secret tests for count-distinct: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXN = 200000
MAXV = 10**9

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(271828)
tests = []


def add(name, a):
    assert 1 <= len(a) <= MAXN and all(abs(x) <= MAXV for x in a)
    tests.append((name, a))


add('min', [42])
add('two-equal', [-MAXV, -MAXV])
add('extremes', [MAXV, -MAXV, 0, MAXV, -MAXV, 0, 1, -1])
add('signs', [x * s for x in range(1, 51) for s in (1, -1)] + list(range(1, 51)))
add('small-range', [rng.randint(-5, 5) for _ in range(1000)])
add('max-all-equal', [-3] * MAXN)
a = rng.sample(range(-MAXV, MAXV + 1), MAXN)
add('max-all-distinct', a)
# values that collide modulo powers of two (bad for weak hash tables)
a = [((i * 65536) % (2 * MAXV + 1)) - MAXV for i in range(MAXN)]
rng.shuffle(a)
add('max-power-of-two-stride', a)
pool = rng.sample(range(-MAXV, MAXV + 1), 1000)
add('many-duplicates', [rng.choice(pool) for _ in range(MAXN // 2)])
# distinct values first, their copies after: the prefix scan finds nothing
half = MAXN // 2
b = list(range(1, half + 1))
add('max-distinct-then-copies', b + b[::-1])

for i, (name, a) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d\n%s\n' % (len(a), ' '.join(map(str, a))))
