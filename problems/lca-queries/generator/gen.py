#!/usr/bin/env python3
"""Secret tests for lca-queries: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(1234567)
MAXN = 200000


def write(name, n, par_edges, queries, relabel=True):
    """par_edges: parent[v] for v = 2..n in the internal labelling (root 1)."""
    perm = list(range(n + 1))
    if relabel:
        rest = list(range(2, n + 1))
        rng.shuffle(rest)
        perm = [0, 1] + rest
    parent = [0] * (n + 1)
    for v in range(2, n + 1):
        parent[perm[v]] = perm[par_edges[v]]
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d\n%s\n%d\n" % (n, " ".join(map(str, parent[2:])), len(queries)))
        f.write("".join("%d %d\n" % (perm[u], perm[v]) for u, v in queries))


def rand_parents(n, spread=None):
    p = [0, 0]
    for v in range(2, n + 1):
        lo = 1 if spread is None else max(1, v - spread)
        p.append(rng.randint(lo, v - 1))
    return p


def rand_queries(n, q):
    return [(rng.randint(1, n), rng.randint(1, n)) for _ in range(q)]


write("01-single", 1, [0, 0], [(1, 1)])
write("02-two", 2, [0, 0, 1], [(1, 2), (2, 1), (2, 2), (1, 1)])
write("03-small-random", 10, rand_parents(10), rand_queries(10, 30))
# ancestor pairs and equal pairs on a medium tree
n = 2000
p = rand_parents(n, spread=5)
qs = []
for _ in range(2000):
    v = rng.randint(1, n)
    u = v
    for _ in range(rng.randint(0, 50)):
        u = p[u] if u > 1 else 1
    qs.append((u, v) if rng.random() < 0.5 else (v, u))
qs += [(v, v) for v in rng.sample(range(1, n + 1), 200)]
write("04-ancestors", n, p, qs)
n = 50000
write("05-star", n, [0, 0] + [1] * (n - 1), rand_queries(n, 20000))
# a path of 2e5 vertices, queries between deep vertices
n = MAXN
p = [0, 0] + list(range(1, n))
write("06-max-path", n, p, [(rng.randint(n // 2, n), rng.randint(n // 2, n)) for _ in range(100000)])
n = 60000
write("07-random", n, rand_parents(n), rand_queries(n, 60000))
n = 32767
write("08-complete-binary", n, [0, 0] + [v // 2 for v in range(2, n + 1)], rand_queries(n, 30000))
# two long chains under the root: every cross query answers the root
n = 40000
half = n // 2
p = [0, 0] + [1] + list(range(2, half)) + [1] + list(range(half + 1, n))
p = p[:n + 1]
qs = [(rng.randint(half // 2, half), rng.randint(half + half // 2, n)) for _ in range(30000)]
write("09-two-chains", n, p, qs)
n = 40000
write("10-deep-random", n, rand_parents(n, spread=3), rand_queries(n, 40000))
