#!/usr/bin/env python3
"""Secret tests for reverse-words: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXLEN = 10**6
PRINTABLE = ''.join(chr(c) for c in range(33, 127))
LOWER = 'abcdefghijklmnopqrstuvwxyz'

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(31337)
tests = []


def add(name, line):
    assert 1 <= len(line) <= MAXLEN and line.split()
    assert all(c == ' ' or 33 <= ord(c) <= 126 for c in line)
    tests.append((name, line))


def word(lo, hi, alpha=LOWER):
    return ''.join(rng.choice(alpha) for _ in range(rng.randint(lo, hi)))


def join_random(words, maxgap, edges=True):
    parts = []
    if edges:
        parts.append(' ' * rng.randint(0, maxgap))
    for i, w in enumerate(words):
        if i:
            parts.append(' ' * rng.randint(1, maxgap))
        parts.append(w)
    if edges:
        parts.append(' ' * rng.randint(0, maxgap))
    return ''.join(parts)


add('single-char', 'x')
add('single-word-padded', '     lonely      ')
add('two-words-wide-gap', 'first' + ' ' * 50 + 'second')
add('punctuation', '!? ~~ "quoted" {braces} a-b_c 123 -45 x.y.z')
add('same-word', ' '.join(['echo'] * 100))
add('random-small', join_random([word(1, 8, PRINTABLE) for _ in range(200)], 4))
# 500000 one-character words: quadratic rebuilding of the answer is too slow
add('max-many-short-words', ' '.join(rng.choice(PRINTABLE) for _ in range(MAXLEN // 2)))
add('max-one-long-word', word(MAXLEN, MAXLEN, PRINTABLE))
ws = []
total = 0
while True:
    w = word(1, 6, PRINTABLE)
    if total + len(w) + 5 > MAXLEN - 10:
        break
    ws.append(w)
    total += len(w) + 5
add('max-random-gaps', join_random(ws, 5))
add('long-words', join_random([word(900, 1000) for _ in range(500)], 2))
add('max-mostly-spaces', ' ' * (MAXLEN // 2) + 'a b' + ' ' * (MAXLEN // 2 - 10) + 'c')

for i, (name, line) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write(line + '\n')
