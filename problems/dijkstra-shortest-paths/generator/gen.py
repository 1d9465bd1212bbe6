#!/usr/bin/env python3
"""Secret tests for dijkstra-shortest-paths: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20240601)
MAXN = 200000
MAXW = 10**9


def write(name, n, edges):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(edges)))
        f.write("".join("%d %d %d\n" % e for e in edges))


def shuffled(edges):
    edges = list(edges)
    rng.shuffle(edges)
    return edges


# 1: single vertex, no edges
write("01-single", 1, [])
# 2: single vertex with a self-loop
write("02-self-loop", 1, [(1, 1, 5)])
# 3: nothing reachable from 1 (only edges into 1)
write("03-unreachable", 5, [(2, 1, 3), (3, 1, 1), (4, 5, 2), (5, 4, 2)])
# 4: multi-edges, zero weights, a direct edge worse than a detour
write("04-small-tricky", 6, shuffled([
    (1, 2, 10), (1, 2, 7), (1, 3, 0), (3, 2, 0), (2, 4, 1), (4, 4, 0),
    (3, 5, 1000000000), (4, 5, 999999999), (6, 1, 1), (5, 3, 0)]))
# 5: small random graphs
n = 40
edges = [(rng.randint(1, n), rng.randint(1, n), rng.randint(0, 100)) for _ in range(120)]
write("05-small-random", n, edges)
# 6: long chain with maximum weights: distances up to ~1e13 (64-bit)
n = 10000
perm = list(range(2, n + 1))
rng.shuffle(perm)
order = [1] + perm
edges = [(order[i], order[i + 1], MAXW) for i in range(n - 1)]
write("06-chain-overflow", n, shuffled(edges))
# 7: random sparse graph, half the vertices unreachable
n = 20000
half = n // 2
edges = []
for _ in range(n):
    if rng.random() < 0.5:
        u = rng.randint(1, half); v = rng.randint(1, half)
    else:
        u = rng.randint(half + 1, n); v = rng.randint(1, n)
    edges.append((u, v, rng.randint(0, MAXW)))
write("07-half-unreachable", n, edges)
# 8: maximum size: everything reachable via a random tree + extra edges
n = MAXN
edges = []
for v in range(2, n + 1):
    edges.append((rng.randint(max(1, v - 100000), v - 1), v, rng.randint(0, 10000)))
while len(edges) < MAXN:
    edges.append((rng.randint(1, n), rng.randint(1, n), rng.randint(0, 10000)))
relabel = [0, 1] + rng.sample(range(2, n + 1), n - 1)
edges = [(relabel[u], relabel[v], w) for u, v, w in edges]
write("08-max-random", n, shuffled(edges))
# 9: many small weights, many equal distances
n = 20000
edges = []
for v in range(2, n + 1):
    edges.append((rng.randint(max(1, v - 5), v - 1), v, rng.randint(0, 2)))
while len(edges) < 2 * n:
    u = rng.randint(1, n)
    edges.append((u, rng.randint(1, n), rng.randint(0, 2)))
write("09-small-weights", n, shuffled(edges))
# 10: hub vertex whose distance improves many times; an implementation that
# does not skip outdated heap entries rescans the hub's edges every time.
k = 25000
hub = k + 2
targets = 25000
n = hub + targets
edges = []
for i in range(2, k + 2):
    edges.append((1, i, i))
    edges.append((i, hub, 3 * (k + 2 - i)))
for t in range(hub + 1, n + 1):
    edges.append((hub, t, rng.randint(0, 9)))
write("10-stale-entries", n, edges)
# 11: direct heavy edges are beaten by long light paths
n = 20000
edges = []
for v in range(2, n + 1):
    edges.append((v - 1, v, 1))
for _ in range(n):
    u = rng.randint(1, n - 1)
    v = rng.randint(u + 1, n)
    edges.append((u, v, (v - u) + rng.randint(0, 5)))
write("11-detours", n, shuffled(edges))
# 12: dense-ish graph on few vertices
n = 300
edges = [(rng.randint(1, n), rng.randint(1, n), rng.randint(0, MAXW)) for _ in range(20000)]
write("12-dense", n, edges)
