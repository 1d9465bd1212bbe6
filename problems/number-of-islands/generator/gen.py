#!/usr/bin/env python3
"""Secret tests for number-of-islands: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXR = MAXC = 1000

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(1492)
tests = []


def add(name, rows):
    R, C = len(rows), len(rows[0])
    assert 1 <= R <= MAXR and 1 <= C <= MAXC
    assert all(len(r) == C and set(r) <= set('01') for r in rows)
    tests.append((name, rows))


def rand_grid(R, C, p):
    return [''.join('1' if rng.random() < p else '0' for _ in range(C)) for _ in range(R)]


def snake(R, C):
    """one winding island: full rows joined by a gap at alternating ends"""
    rows = []
    for r in range(R):
        if r % 2 == 0:
            rows.append('1' * C)
        elif r % 4 == 1:
            rows.append('0' * (C - 1) + '1')
        else:
            rows.append('1' + '0' * (C - 1))
    return rows


def rings(n):
    """concentric square rings of land and water"""
    g = [['0'] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            d = min(r, c, n - 1 - r, n - 1 - c)
            if d % 2 == 0:
                g[r][c] = '1'
    return [''.join(row) for row in g]


add('one-water', ['0'])
add('one-land', ['1'])
add('diagonals', ['10101', '01010', '10101', '01010'])
add('one-row', [''.join(rng.choice('01') for _ in range(MAXC))])
add('one-column', [rng.choice('01') for _ in range(MAXR)])
add('small-random', rand_grid(30, 40, 0.5))
add('rings', rings(101))
add('max-all-water', ['0' * MAXC] * MAXR)
add('max-all-land', ['1' * MAXC] * MAXR)
add('max-checkerboard', [('10' * (MAXC // 2)) if r % 2 == 0 else ('01' * (MAXC // 2))
                         for r in range(MAXR)])
# a single island that winds through the whole map (deep DFS, slow propagation)
add('max-snake', snake(MAXR, MAXC))
add('max-random-dense', rand_grid(MAXR, MAXC, 0.6))
add('max-random-sparse', rand_grid(MAXR, MAXC, 0.3))

for i, (name, rows) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d %d\n%s\n' % (len(rows), len(rows[0]), '\n'.join(rows)))
