#!/usr/bin/env python3
"""Secret tests for coin-change: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXN = 100
MAXA = 10**5
MAXC = 10**5

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(2718)
tests = []


def add(name, amount, coins):
    assert 1 <= len(coins) <= MAXN and 0 <= amount <= MAXA
    assert all(1 <= c <= MAXC for c in coins)
    tests.append((name, amount, coins))


add('zero-amount', 0, [5, 3])
add('single-divides', 12, [3])
add('single-impossible', 7, [2])
add('all-coins-too-big', 9, [10, 20, 30])
# largest-coin-first greedy is wrong here
add('greedy-trap', 14, [1, 7, 10])
add('greedy-trap-no-one', 12, [4, 6, 9])
add('small-mixed', 23, [2, 5, 7, 7, 2])
add('impossible-parity', 99999, [4, 6, 10, 100000])
add('max-one-to-hundred', MAXA, list(range(1, 101)))
add('max-random', MAXA, rng.sample(range(1, MAXC + 1), MAXN))
add('max-mid-coins', MAXA - 1, rng.sample(range(500, 1001), MAXN))
add('max-big-plus-small', MAXA, [2, 99999, MAXC, 3] + rng.sample(range(30000, 60000), 96))
# only large odd coins and a big answer: many amounts stay unreachable
add('max-large-answer', 99997, [999, 997, 991, 983, 977])
add('max-impossible', MAXA - 1, [m * 7 for m in rng.sample(range(1, 14000), MAXN)])

for i, (name, amount, coins) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d %d\n%s\n' % (len(coins), amount, ' '.join(map(str, coins))))
