#!/usr/bin/env python3
"""Secret tests for merge-two-sorted-lists: python3 gen.py OUTDIR (.in, .ans)"""
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261304)
MAXN = 5 * 10**4
LIM = 10**9
J = dict(separators=(",", ":"))


def write(name, a, b):
    for x in (a, b):
        assert len(x) <= MAXN and x == sorted(x)
        assert all(-LIM <= v <= LIM for v in x)
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(a, **J) + "\n" + json.dumps(b, **J) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write(json.dumps(sorted(a + b), **J) + "\n")


def rand(n, lo=-LIM, hi=LIM):
    return sorted(rng.randint(lo, hi) for _ in range(n))


write("01-first-empty", [], [-5, 3])
write("02-second-empty", [-LIM, LIM], [])
write("03-equal-singletons", [7], [7])
write("04-first-all-smaller", [1, 2, 3], [4, 5, 6])
write("05-second-all-smaller", [4, 5, 6], [1, 2, 3])
write("06-interleaved", [1, 3, 5, 7, 9], [2, 4, 6, 8, 10])
write("07-duplicates-across", [1, 1, 2, 2], [1, 2, 2, 3])
write("08-extremes", [-LIM, LIM], [-LIM, 0, LIM])
write("09-one-inside-other", [-10, 10], [-3, -2, 0, 0, 9])
write("10-small-random", rand(12, -20, 20), rand(9, -20, 20))
write("11-max-random", rand(MAXN), rand(MAXN))
write("12-max-all-equal", [42] * MAXN, [42] * MAXN)
write("13-max-vs-one", rand(MAXN, -1000, 1000), [0])
write("14-one-vs-max", [LIM], rand(MAXN, -LIM, LIM))
a = []
b = []
x = -LIM
for i in range(200):
    blk = sorted(rng.randint(x, x + 10**6) for _ in range(250))
    (a if i % 2 == 0 else b).extend(blk)
    x += 10**6 + 1
write("15-max-alternating-blocks", a, b)
