#!/usr/bin/env python3
"""Secret tests for valid-parentheses: python3 gen.py OUTDIR"""
import itertools
import os
import random
import sys

MAXT = 10**5
MAXTOT = 10**6
OPEN = '([{'
CLOSE = ')]}'

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(4242)
tests = []


def add(name, strs):
    assert 1 <= len(strs) <= MAXT
    assert all(len(s) >= 1 for s in strs)
    assert sum(len(s) for s in strs) <= MAXTOT
    tests.append((name, strs))


def rand_valid(n):
    """random valid string of even length n"""
    res = []
    st = []
    for left in range(n, 0, -1):
        # must close if the remaining room only fits the closers
        if st and (len(st) == left or rng.random() < 0.5):
            res.append(CLOSE[st.pop()])
        else:
            k = rng.randrange(3)
            st.append(k)
            res.append(OPEN[k])
    return ''.join(res)


def nested(n):
    """n/2 opening brackets of random types, then matching closers"""
    ks = [rng.randrange(3) for _ in range(n // 2)]
    return ''.join(OPEN[k] for k in ks) + ''.join(CLOSE[k] for k in reversed(ks))


def mutate(s):
    """change one bracket into a different one (the result is then invalid
    in most cases, whatever; the reference decides)"""
    i = rng.randrange(len(s))
    c = rng.choice([x for x in '()[]{}' if x != s[i]])
    return s[:i] + c + s[i + 1:]


add('single-chars', list('()[]{}'))
add('handmade', ['()', '([)]', '{[]}', '(((', ')(', '()[]{}', '(]', ']', '([]{})',
                 '((', '())', '(()', '[(])', '{{}}[]', '}{', '(([]){})', '([{}])]'])
allsmall = []
for n in range(1, 5):
    for p in itertools.product('()[]{}', repeat=n):
        allsmall.append(''.join(p))
add('all-up-to-4', allsmall)
strs = []
for _ in range(3000):
    s = rand_valid(2 * rng.randint(1, 40))
    strs.append(s if rng.random() < 0.5 else mutate(s))
add('random-mixed', strs)
# same number of each kind of bracket, but in the wrong order
strs = ['([' * k + ')]' * k for k in range(1, 200)] + ['{(' * k + '})' * k for k in range(1, 200)]
add('counts-balanced-wrong-order', strs)
add('many-short', [rand_valid(10) if i % 2 else mutate(rand_valid(10)) for i in range(MAXT)])
add('max-nested-valid', [nested(MAXTOT)])
s = nested(MAXTOT)
add('max-nested-last-wrong', [s[:-1] + CLOSE[(CLOSE.index(s[-1]) + 1) % 3]])
add('max-only-open', [''.join(rng.choice(OPEN) for _ in range(MAXTOT))])
# a long random valid string, and one that is valid except for a stray closer
add('max-random', [rand_valid(MAXTOT // 2), rand_valid(MAXTOT // 2 - 2) + ')'])
s = nested(MAXTOT // 2 - 2)
add('max-nested-extra', [s + ')', '(' + s[:-1]])

for i, (name, strs) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d\n%s\n' % (len(strs), '\n'.join(strs)))
