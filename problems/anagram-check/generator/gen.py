#!/usr/bin/env python3
"""Secret tests for anagram-check: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXT = 10**5
MAXTOT = 10**6
LOWER = 'abcdefghijklmnopqrstuvwxyz'

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(1123)
tests = []


def add(name, pairs):
    assert 1 <= len(pairs) <= MAXT
    assert sum(len(s) + len(w) for s, w in pairs) <= MAXTOT
    assert all(s and w and s.isalpha() and s.islower() and w.isalpha() and w.islower()
               for s, w in pairs)
    tests.append((name, pairs))


def word(n, alpha=LOWER):
    return ''.join(rng.choices(alpha, k=n))


def shuffled(s):
    x = list(s)
    rng.shuffle(x)
    return ''.join(x)


def swap_one(s):
    """replace one character by a different letter (never an anagram)"""
    i = rng.randrange(len(s))
    c = rng.choice(LOWER.replace(s[i], ''))
    return s[:i] + c + s[i + 1:]


def pair(n, alpha=LOWER):
    s = word(n, alpha)
    r = rng.random()
    if r < 0.5:
        return s, shuffled(s)
    if r < 0.8:
        return s, shuffled(swap_one(s))
    # same letters, different lengths
    return s, shuffled(s + rng.choice(s))


add('single-chars', [('a', 'a'), ('a', 'b'), ('z', 'z'), ('a', 'aa'), ('aa', 'a')])
# same letter sets but different counts; equal letter sums; equal xor
add('traps', [('aab', 'abb'), ('ab', 'aabb'), ('ad', 'bc'), ('aabb', 'ccdd'), ('abc', 'cba'),
              ('aaaa', 'aaaa'), ('aaaa', 'aaab'), ('abcd', 'dcba'), ('az', 'by'),
              ('xxyy', 'xyxy'), ('abcabc', 'aabbcc'), ('ab', 'ba'), ('abc', 'abd')])
add('alphabet', [(LOWER, LOWER[::-1]), (LOWER, shuffled(LOWER)), (LOWER, LOWER[:-1] + 'a'),
                 (LOWER * 3, shuffled(LOWER * 3))])
add('random-small', [pair(rng.randint(1, 10), 'abc') for _ in range(5000)])
add('random-medium', [pair(rng.randint(1, 200)) for _ in range(2000)])
add('many-tiny', [pair(rng.randint(1, 3), 'ab') for _ in range(MAXT)])
half = MAXTOT // 2
s = word(half)
# s in increasing order, w in decreasing order: matching letters are far apart
add('max-sorted-vs-reversed', [(''.join(sorted(s)), ''.join(sorted(s, reverse=True)))])
s = word(half)
add('max-one-letter-differs', [(s, shuffled(swap_one(s)))])
add('max-one-letter', [('q' * half, 'q' * half)])
add('max-length-differs', [('a' * half, 'a' * (half - 1))])
add('max-several', [pair(half // 5 - 1) for _ in range(5)])

for i, (name, pairs) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d\n%s' % (len(pairs), ''.join('%s %s\n' % p for p in pairs)))
