#!/usr/bin/env python3
"""Secret tests for minimum-spanning-tree: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(99991)
MAXN = 200000
MAXW = 10**9


def write(name, n, edges):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(edges)))
        f.write("".join("%d %d %d\n" % e for e in edges))


def connected(n, m, wlo, whi, relabel=True):
    """A random spanning tree plus random extra edges, shuffled."""
    edges = [(rng.randint(1, v - 1), v, rng.randint(wlo, whi)) for v in range(2, n + 1)]
    while len(edges) < m:
        edges.append((rng.randint(1, n), rng.randint(1, n), rng.randint(wlo, whi)))
    if relabel:
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        edges = [(perm[u - 1], perm[v - 1], w) for u, v, w in edges]
    edges = [(v, u, w) if rng.random() < 0.5 else (u, v, w) for u, v, w in edges]
    rng.shuffle(edges)
    return edges


write("01-single", 1, [])
write("02-two-no-edges", 2, [])
# self-loops only: the answer is 0, the negative loops must not be used
write("03-single-self-loops", 1, [(1, 1, -5), (1, 1, 3)])
write("04-small-random", 8, connected(8, 14, -10, 10))
write("05-small-disconnected", 6, [(1, 2, 3), (2, 3, 1), (4, 5, 2), (5, 6, -2), (6, 4, 0), (3, 1, 1)])
# parallel edges and negative self-loops next to a real tree
write("06-multi-edges-loops", 4, [(1, 2, 10), (2, 1, 3), (1, 2, 7), (2, 2, -100), (3, 3, -100),
                                  (2, 3, 4), (3, 2, 4), (3, 4, -1), (4, 4, -100), (4, 1, 2)])
n = 20000
write("07-all-negative", n, connected(n, 40000, -MAXW, -1))
# a tree with every weight at the maximum: the total needs 64 bits
write("08-overflow", n, connected(n, n - 1, MAXW, MAXW))
write("09-random-big-weights", n, connected(n, 40000, -MAXW, MAXW))
# two dense halves and nothing in between: IMPOSSIBLE
half = n // 2
e = connected(half, 20000, -MAXW, MAXW)
e += [(u + half, v + half, w) for u, v, w in connected(n - half, 20000, -MAXW, MAXW)]
rng.shuffle(e)
write("10-two-halves", n, e)
# all weights equal: many minimum spanning trees with the same total
write("11-equal-weights", n, connected(n, 40000, 5, 5))
# grid with small weights
side = 150
e = []
for r in range(side):
    for c in range(side):
        v = r * side + c + 1
        if c + 1 < side:
            e.append((v, v + 1, rng.randint(1, 3)))
        if r + 1 < side:
            e.append((v, v + side, rng.randint(1, 3)))
rng.shuffle(e)
write("12-grid", side * side, e)
# maximum size (too slow for O(n^2) Prim)
write("13-max-random", MAXN, connected(MAXN, MAXN, 0, 9999))
