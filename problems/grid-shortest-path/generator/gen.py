#!/usr/bin/env python3
"""Secret tests for grid-shortest-path: python3 gen.py OUTDIR"""
import os
import random
import sys

MAXR = MAXC = 1000

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(1806)
tests = []


def add(name, rows):
    R, C = len(rows), len(rows[0])
    assert 1 <= R <= MAXR and 1 <= C <= MAXC and R * C >= 2
    assert all(len(r) == C and set(r) <= set('.#SE') for r in rows)
    text = ''.join(rows)
    assert text.count('S') == 1 and text.count('E') == 1
    tests.append((name, rows))


def place(g, ch, r, c):
    g[r][c] = ch


def rand_grid(R, C, p):
    g = [['#' if rng.random() < p else '.' for _ in range(C)] for _ in range(R)]
    cells = rng.sample(range(R * C), 2)
    place(g, 'S', *divmod(cells[0], C))
    place(g, 'E', *divmod(cells[1], C))
    return [''.join(row) for row in g]


def snake(R, C):
    """a single winding corridor; S at its start, E at its end"""
    g = []
    for r in range(R):
        if r % 2 == 0:
            g.append(['.'] * C)
        elif r % 4 == 1:
            g.append(['#'] * (C - 1) + ['.'])
        else:
            g.append(['.'] + ['#'] * (C - 1))
    g[0][0] = 'S'
    last = R - 1 if (R - 1) % 2 == 0 else R - 2
    g[last][C - 1 if (last // 2) % 2 == 1 else 0] = 'E'
    return [''.join(row) for row in g]


def maze(R, C):
    """perfect maze (randomised depth-first search) on odd coordinates"""
    g = [['#'] * C for _ in range(R)]
    h, w = (R + 1) // 2, (C + 1) // 2
    seen = bytearray(h * w)
    stack = [(0, 0)]
    seen[0] = 1
    g[0][0] = '.'
    while stack:
        y, x = stack[-1]
        nbs = [(y + dy, x + dx) for dy, dx in ((0, 1), (1, 0), (0, -1), (-1, 0))
               if 0 <= y + dy < h and 0 <= x + dx < w and not seen[(y + dy) * w + x + dx]]
        if not nbs:
            stack.pop()
            continue
        ny, nx = rng.choice(nbs)
        seen[ny * w + nx] = 1
        g[2 * ny][2 * nx] = '.'
        g[y + ny][x + nx] = '.'
        stack.append((ny, nx))
    g[0][0] = 'S'
    g[2 * (h - 1)][2 * (w - 1)] = 'E'
    return [''.join(row) for row in g]


add('adjacent', ['SE'])
add('column', ['S', '.', '.', 'E'])
add('wall-between', ['S#E'])
add('detour', ['S#.', '.#.', '...', '.#E'])
add('no-diagonal', ['S#', '#E'])
# depth-first search finds a path, but not the shortest one
add('two-routes', ['S.......', '.######.', '.######.', '......E.'])
add('small-random', rand_grid(20, 30, 0.3))
add('medium-maze', maze(99, 99))
add('max-open', ['S' + '.' * (MAXC - 1)] + ['.' * MAXC] * (MAXR - 2) + ['.' * (MAXC - 1) + 'E'])
add('max-snake', snake(MAXR, MAXC))
add('max-random', rand_grid(MAXR, MAXC, 0.3))
g = [list('.' * MAXC) for _ in range(MAXR)]
g[0][0] = 'S'
g[MAXR // 2][MAXC // 2] = 'E'
for r, c in ((MAXR // 2 - 1, MAXC // 2), (MAXR // 2 + 1, MAXC // 2),
             (MAXR // 2, MAXC // 2 - 1), (MAXR // 2, MAXC // 2 + 1)):
    g[r][c] = '#'
add('max-exit-enclosed', [''.join(row) for row in g])
add('max-maze', maze(MAXR - 1, MAXC - 1))

for i, (name, rows) in enumerate(tests, 1):
    with open(os.path.join(out, '%02d-%s.in' % (i, name)), 'w') as f:
        f.write('%d %d\n%s\n' % (len(rows), len(rows[0]), '\n'.join(rows)))
