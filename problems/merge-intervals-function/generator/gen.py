#!/usr/bin/env python3
"""Secret tests for merge-intervals-function: python3 gen.py OUTDIR (.in, .ans)"""
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261302)
MAXN = 10**5
MAXV = 10**9
J = dict(separators=(",", ":"))


def merge(iv):
    res = []
    for s, e in sorted(iv):
        if res and s <= res[-1][1]:
            res[-1][1] = max(res[-1][1], e)
        else:
            res.append([s, e])
    return res


def write(name, iv):
    assert 1 <= len(iv) <= MAXN
    assert all(0 <= s <= e <= MAXV for s, e in iv)
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(iv, **J) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write(json.dumps(merge(iv), **J) + "\n")


def rand_iv(n, hi, maxlen):
    res = []
    for _ in range(n):
        s = rng.randint(0, hi)
        res.append([s, min(hi, s + rng.randint(0, maxlen))])
    return res


def disjoint(n, hi):
    pts = sorted(rng.sample(range(hi + 1), 2 * n))
    iv = [[pts[2 * i], pts[2 * i + 1]] for i in range(n)]
    rng.shuffle(iv)
    return iv


write("01-single-point", [[5, 5]])
write("02-touching", [[4, 5], [1, 4]])
write("03-apart-by-one", [[3, 4], [1, 2]])
write("04-contained", [[2, 3], [1, 10], [4, 5], [9, 10]])
# a later-starting interval inside the first must not shrink the end
write("05-inside-then-overlap", [[1, 10], [2, 3], [9, 12], [13, 13]])
write("06-duplicates", [[0, 0], [1, 1], [0, 0], [2, 3], [2, 3]])
write("07-extremes", [[MAXV, MAXV], [0, MAXV], [0, 0]])
write("08-same-start", [[1, 2], [1, 9], [1, 4], [10, 11]])
write("09-small-random", rand_iv(30, 100, 8))
write("10-medium-random", rand_iv(2000, 10**6, 500))
write("11-max-disjoint", disjoint(MAXN, 10**6))
# one start is missing from the grid; the overlaps still bridge the gap
write("12-max-all-overlap", [[s, s + 20] for s in
                            rng.sample(range(0, 10**6, 10), MAXN - 1)]
      + [[10**6, MAXV]])
write("13-large-random", rand_iv(MAXN // 2, 10**6, 30))
iv = [[i, 10**6 - i] for i in range(MAXN // 2)]
rng.shuffle(iv)
write("14-large-nested", iv)
write("15-large-chain", [[i, i + 1] for i in range(MAXN // 2 - 1, -1, -1)])
