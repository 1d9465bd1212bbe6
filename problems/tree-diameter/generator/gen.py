#!/usr/bin/env python3
"""Secret tests for tree-diameter: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(8675309)
MAXN = 200000
MAXW = 10**9


def write(name, n, edges, relabel=True):
    if relabel:
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        edges = [(perm[u - 1], perm[v - 1], w) for u, v, w in edges]
        edges = [(v, u, w) if rng.random() < 0.5 else (u, v, w) for u, v, w in edges]
        rng.shuffle(edges)
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d\n" % n)
        f.write("".join("%d %d %d\n" % e for e in edges))


def random_tree(n, wlo, whi, spread=None):
    edges = []
    for v in range(2, n + 1):
        lo = 1 if spread is None else max(1, v - spread)
        edges.append((rng.randint(lo, v - 1), v, rng.randint(wlo, whi)))
    return edges


write("01-single", 1, [])
write("02-two", 2, [(1, 2, MAXW)])
write("03-small-star", 5, [(1, 2, 3), (1, 3, 9), (1, 4, 4), (1, 5, 9)], relabel=False)
write("04-small-random", 12, random_tree(12, 1, 20))
# a path of 1e4 edges of weight 1e9: the answer needs 64 bits
n = 10000
write("05-path-overflow", n, [(i, i + 1, MAXW) for i in range(1, n)])
n = 50000
write("06-star", n, [(1, v, rng.randint(1, MAXW)) for v in range(2, n + 1)])
# caterpillar: a spine with a leaf on every spine vertex
spine = 25000
edges = [(i, i + 1, rng.randint(1, 1000)) for i in range(1, spine)]
edges += [(i, spine + i, rng.randint(1, 10**6)) for i in range(1, spine + 1)]
write("07-caterpillar", 2 * spine, edges)
# a path with 2e5 vertices: recursion depth 2e5, O(n^2) is too slow
n = MAXN
write("08-max-path", n, [(i, i + 1, rng.randint(1, 9)) for i in range(1, n)])
n = 60000
write("09-random-big-weights", n, random_tree(n, 1, MAXW))
n = 32767
write("10-complete-binary", n, [(v // 2, v, rng.randint(1, MAXW)) for v in range(2, n + 1)])
# many light edges vs one heavy edge: the farthest vertex by edge count is
# not the farthest by weight
chain = 3000
edges = [(i, i + 1, 1) for i in range(1, chain)]
edges += [(1, chain + 1, 10**6), (chain + 1, chain + 2, 10**6)]
edges += [(chain // 2, chain + 3, 2 * 10**6)]
write("11-hops-vs-weight", chain + 3, edges, relabel=False)
# diameter far away from vertex 1: deep random tree hanging under a long path
n = 40000
edges = [(i, i + 1, 1) for i in range(1, 1000)]
edges += [(rng.randint(max(1000, v - 50), v - 1), v, rng.randint(1, MAXW)) for v in range(1001, n + 1)]
write("12-deep-random", n, edges, relabel=False)
