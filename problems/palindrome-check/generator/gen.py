#!/usr/bin/env python3
"""Secret tests for palindrome-check: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXT = 10**5
MAXTOT = 10**6
LETTERS = 'abcdefghijklmnopqrstuvwxyz'
ALNUM = LETTERS + '0123456789'
JUNK = ''.join(chr(c) for c in range(32, 127) if not chr(c).isalnum())

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(8086)
tests = []


def add(name, strs):
    assert 1 <= len(strs) <= MAXT
    assert sum(len(s) for s in strs) <= MAXTOT
    for s in strs:
        assert s and s[0] != ' ' and s[-1] != ' '
        assert s.isascii() and s.isprintable()
    tests.append((name, strs))


def dress(core, junk_rate):
    """random case, random junk between the characters of core; no space at the ends"""
    parts = []
    for c in core:
        while rng.random() < junk_rate:
            parts.append(rng.choice(JUNK))
        parts.append(c.upper() if rng.random() < 0.5 else c)
    while rng.random() < junk_rate:
        parts.append(rng.choice(JUNK))
    s = ''.join(parts)
    if not s:
        s = rng.choice(JUNK.replace(' ', ''))
    if s[0] == ' ':
        s = '.' + s[1:]
    if s[-1] == ' ':
        s = s[:-1] + '!'
    return s


def pal_core(n, alpha=ALNUM):
    half = ''.join(rng.choices(alpha, k=(n + 1) // 2))
    return half + half[::-1][n % 2:]


def break_core(core):
    """change one character (keeps the length); the result is not a palindrome
    unless the change hit the middle of an odd-length core"""
    i = rng.randrange(len(core))
    c = rng.choice([x for x in ALNUM if x != core[i]])
    return core[:i] + c + core[i + 1:]


add('single-chars', ['a', 'Z', '7', '.', '~', '!'])
add('handmade', ['Aa', 'ab', 'aA!', 'a.b', '1a2', '1a1', '0P', 'p0', '12 21', '12 12',
                 'Ab,bA', '@`', '[{', 'a@`A', '9 ; 9', 'xy. . .YX', 'Madam', 'MadaM!',
                 'Step on no pets', 'Never odd or even.', 'ab  ba', 'aB  bc'])
add('only-junk', ['.,;:', '!!!', '? ?', '#', '~ ` ^', '()[]{}'])
strs = []
for _ in range(3000):
    core = pal_core(rng.randint(0, 30))
    if core and rng.random() < 0.5:
        core = break_core(core)
    strs.append(dress(core, 0.3))
add('random-short', strs)
# letters that differ only in "c | 32" style lowercase tricks and digits
strs = []
for _ in range(2000):
    core = pal_core(rng.randint(1, 12), '0123456789ab')
    if rng.random() < 0.5:
        core = break_core(core)
    strs.append(dress(core, 0.2))
add('digits-heavy', strs)
strs = []
total = 0
while len(strs) < MAXT and total < MAXTOT - 30:
    core = pal_core(rng.randint(0, 5))
    if core and rng.random() < 0.5:
        core = break_core(core)
    s = dress(core, 0.15)
    if len(s) > 9:
        continue
    strs.append(s)
    total += len(s)
add('many-short', strs)
add('max-palindrome', [dress(pal_core(650000), 0.3)])
core = pal_core(850000)
core = core[:425000] + ('a' if core[425000] != 'a' else 'b') + core[425001:]
add('max-mismatch-in-middle', [dress(core, 0.1)])
add('max-plain-letters', [pal_core(MAXTOT, LETTERS)])
add('max-junk-with-two-letters', ['a' + ''.join(rng.choices(JUNK, k=MAXTOT - 2)) + 'A'])

for i, (name, strs) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d\n%s\n' % (len(strs), '\n'.join(strs)))
