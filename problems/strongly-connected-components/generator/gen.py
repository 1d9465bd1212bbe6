#!/usr/bin/env python3
"""Secret tests for strongly-connected-components: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(3141592)
MAXN = 200000


def write(name, n, edges, relabel=True):
    if relabel:
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        edges = [(perm[a - 1], perm[b - 1]) for a, b in edges]
        rng.shuffle(edges)
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(edges)))
        f.write("".join("%d %d\n" % e for e in edges))


def cycle(vs):
    return [(vs[i], vs[(i + 1) % len(vs)]) for i in range(len(vs))]


write("01-single", 1, [])
write("02-self-loop", 1, [(1, 1), (1, 1)])
write("03-two-cycle", 2, [(1, 2), (2, 1)])
write("04-small-dag", 6, [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (5, 6), (1, 6)])
write("05-small-random", 12, [(rng.randint(1, 12), rng.randint(1, 12)) for _ in range(16)])
# one cycle through all vertices: deep DFS, one component
write("06-max-cycle", MAXN, cycle(list(range(1, MAXN + 1))))
# a path: deep DFS, every vertex alone
write("07-max-path", MAXN, [(i, i + 1) for i in range(1, MAXN)])
# a chain of small cycles linked forward (a DAG of components)
n = 30000
edges = []
for b in range(0, n, 3):
    edges += cycle([b + 1, b + 2, b + 3])
    if b + 4 <= n:
        edges.append((b + rng.randint(1, 3), b + 3 + rng.randint(1, 3)))
write("08-chain-of-triangles", n, edges)
n = 30000
write("09-random-sparse", n, [(rng.randint(1, n), rng.randint(1, n)) for _ in range(30000)])
write("10-random-denser", n, [(rng.randint(1, n), rng.randint(1, n)) for _ in range(45000)])
# a path plus back edges that glue some stretches of it into components
n = 30000
edges = [(i, i + 1) for i in range(1, n)]
i = 1
while i < n:
    L = rng.randint(1, 200)
    if i + L <= n and rng.random() < 0.5:
        edges.append((i + L, i))
    i += L + 1
write("11-path-with-back-edges", n, edges)
# dense graph on few vertices, two big cycles joined one way
n = 400
half = n // 2
edges = cycle(list(range(1, half + 1))) + cycle(list(range(half + 1, n + 1)))
edges += [(rng.randint(1, half), rng.randint(half + 1, n)) for _ in range(20000)]
write("12-two-blocks", n, edges)
