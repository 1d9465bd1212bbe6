#!/usr/bin/env python3
"""Secret tests for course-order: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(777001)
MAXN = 200000


def write(name, n, edges):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(edges)))
        f.write("".join("%d %d\n" % e for e in edges))


def random_dag(n, m, dup=0.0):
    """m requirements consistent with a random hidden order of n courses."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = []
    while len(edges) < m:
        if edges and rng.random() < dup:
            edges.append(rng.choice(edges))
            continue
        i = rng.randrange(n)
        j = rng.randrange(n)
        if i == j:
            continue
        if i > j:
            i, j = j, i
        edges.append((order[i], order[j]))
    return order, edges


write("01-single", 1, [])
write("02-two-cycle", 2, [(1, 2), (2, 1)])
write("03-no-requirements", 10, [])
write("04-duplicates", 4, [(3, 1), (3, 1), (1, 2), (3, 1), (4, 2), (1, 2)])
_, e = random_dag(30, 60)
write("05-small-dag", 30, e)
# small graph with a cycle far from the sources
_, e = random_dag(30, 60)
e += [(7, 8), (8, 9), (9, 7)]
rng.shuffle(e)
write("06-small-cycle", 30, e)
# reversed chain: the only order is n, n-1, ..., 1 (slow for re-scanning)
n = MAXN
e = [(i + 1, i) for i in range(1, n)]
rng.shuffle(e)
write("07-max-reversed-chain", n, e)
# large random DAG
n = 100000
_, e = random_dag(n, 100000)
write("08-large-random-dag", n, e)
# long cycle closed by a single back edge in a large DAG
n = 20000
order = list(range(1, n + 1))
rng.shuffle(order)
e = [(order[i], order[i + 1]) for i in range(n - 1)]
e += random_dag(n, 10000)[1]
e.append((order[n - 1], order[n // 2]))
rng.shuffle(e)
write("09-long-cycle", n, e)
# DAG with a small separate component that is a cycle
n = 20000
_, e = random_dag(n - 3, 30000, dup=0.1)
e += [(n - 2, n - 1), (n - 1, n), (n, n - 2)]
rng.shuffle(e)
write("10-separate-cycle", n, e)
# one course is a prerequisite of every other course, which also form a chain
n = 20000
e = [(1, v) for v in range(2, n + 1)] + [(v, v + 1) for v in range(2, n)]
rng.shuffle(e)
write("11-star-and-chain", n, e)
# acyclic except that the very last course closes a cycle with the first
n = 20000
e = [(v, v + 1) for v in range(1, n)] + [(n, 1)]
write("12-chain-closed", n, e)
# many sources and sinks, layered
n = 20000
layers = [list(range(i * 1000 + 1, i * 1000 + 1001)) for i in range(20)]
e = []
for li in range(19):
    for _ in range(1500):
        e.append((rng.choice(layers[li]), rng.choice(layers[li + 1])))
rng.shuffle(e)
write("13-layered", n, e)
