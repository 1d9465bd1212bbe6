#!/usr/bin/env python3
"""Secret tests for majority-element: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXN = 200000
MAXV = 10**9

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(60221)
tests = []


def add(name, a):
    n = len(a)
    assert 1 <= n <= MAXN and all(abs(x) <= MAXV for x in a)
    cnt = {}
    for x in a:
        cnt[x] = cnt.get(x, 0) + 1
    assert max(cnt.values()) > n // 2
    tests.append((name, a))


def make(n, maj, lo, hi, k=None, shuffle=True, distinct_others=False):
    """n elements, k (default: the minimum n//2+1) of them equal to maj"""
    k = n // 2 + 1 if k is None else k
    if distinct_others:
        pool = set()
        while len(pool) < n - k:
            v = rng.randint(lo, hi)
            if v != maj:
                pool.add(v)
        others = list(pool)
    else:
        others = []
        while len(others) < n - k:
            v = rng.randint(lo, hi)
            if v != maj:
                others.append(v)
    a = [maj] * k + others
    if shuffle:
        rng.shuffle(a)
    return a


add('min', [-MAXV])
add('two-equal', [MAXV, MAXV])
add('three', [1, 2, 2])
add('even-exact', [4, 9, 4, 9, 4, 9, 4, 4])
add('odd-exact', [0, -1, -1, 0, 0])
add('all-equal', [-5] * 1000)
# the other values repeat a lot too (the runner-up has n//2 - 1 copies)
add('strong-runner-up', make(1001, 7, 8, 8))
add('random-small', make(99, -3, -5, 5))
add('max-random-exact', make(MAXN, rng.randint(-MAXV, MAXV), -MAXV, MAXV))
# majority only at the end: checking candidates from the left is quadratic
a = make(MAXN, 123456, 0, 999999, shuffle=False, distinct_others=True)
a.reverse()
add('max-majority-at-end', a)
# majority values first, then many distinct values
add('max-majority-at-start', make(MAXN, -777, -99999, 99999, shuffle=False, distinct_others=True))
# pairs "x, m" alternate and the extra copies come at the very end
n = MAXN - 1
a = []
for i in range(n // 2):
    a += [rng.randint(0, 999), 1000]
a += [1000]
add('max-alternating', a)

for i, (name, a) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d\n%s\n' % (len(a), ' '.join(map(str, a))))
