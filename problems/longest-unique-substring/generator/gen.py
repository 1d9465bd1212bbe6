#!/usr/bin/env python3
"""Secret tests for longest-unique-substring: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXN = 200000
PRINTABLE = ''.join(chr(c) for c in range(33, 127))

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(90210)
tests = []


def add(name, s):
    assert 1 <= len(s) <= MAXN and all(33 <= ord(c) <= 126 for c in s)
    tests.append((name, s))


def shuffled(s):
    x = list(s)
    rng.shuffle(x)
    return ''.join(x)


add('min', '~')
add('two-same', 'zz')
add('two-different', 'aA')
# the left end of the window must never move backwards
add('abba', 'abba')
add('dvdf', 'dvdf')
add('tmmzuxt', 'tmmzuxt')
add('all-printable', shuffled(PRINTABLE))
add('random-small-alphabet', ''.join(rng.choices('abcd', k=500)))
# the best window is at the very end
add('best-at-end', 'ab' * 1000 + PRINTABLE)
add('max-all-same', '#' * MAXN)
add('max-random', ''.join(rng.choices(PRINTABLE, k=MAXN)))
add('max-cyclic', (PRINTABLE * (MAXN // len(PRINTABLE) + 1))[:MAXN])
add('max-letters-digits', ''.join(rng.choices('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
                                              k=MAXN)))

for i, (name, s) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write(s + '\n')
