#!/usr/bin/env python3
"""Secret tests for max-profit: python3 gen.py OUTDIR (.in, .ans)"""
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261308)
MAXN = 10**5
MAXP = 10**5


def best(prices):
    b1 = b2 = -10**18
    s1 = s2 = 0
    for p in prices:
        b1 = max(b1, -p)
        s1 = max(s1, b1 + p)
        b2 = max(b2, s1 - p)
        s2 = max(s2, b2 + p)
    return s2


def brute(prices):
    """At most two transactions by trying every split (O(n^2))."""
    def one(a):
        lo, res = 10**18, 0
        for p in a:
            lo = min(lo, p)
            res = max(res, p - lo)
        return res
    return max(one(prices[:k]) + one(prices[k:])
               for k in range(len(prices) + 1))


def write(name, prices):
    assert 1 <= len(prices) <= MAXN
    assert all(0 <= p <= MAXP for p in prices)
    ans = best(prices)
    if len(prices) <= 3000:
        assert ans == brute(prices), name
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(prices, separators=(",", ":")) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write("%d\n" % ans)


def walk(n, step):
    p = rng.randint(0, MAXP)
    res = []
    for _ in range(n):
        p = min(MAXP, max(0, p + rng.randint(-step, step)))
        res.append(p)
    return res


write("01-one-day", [MAXP])
write("02-two-days-up", [0, MAXP])
write("03-greedy-trap", [1, 2, 4, 2, 5, 7, 2, 4, 9, 0])
write("04-best-two-of-three", [0, 5, 0, 3, 0, 8])
# a small dip: two transactions beat one by the dip's depth
write("05-small-dip", [1, 10, 9, 20])
# the second buy on the day of the first sell
write("06-same-day", [2, 6, 6, 1, 1, 9])
write("07-all-equal", [7] * 50)
write("08-extremes", [MAXP, 0, MAXP, 0, MAXP, 0])
write("09-small-random", [rng.randint(0, 20) for _ in range(15)])
write("10-medium-random", walk(2000, 300))
write("11-max-decreasing", sorted((rng.randint(0, MAXP) for _ in range(MAXN)),
                                  reverse=True))
write("12-max-increasing", sorted(rng.randint(0, MAXP) for _ in range(MAXN)))
write("13-max-random", [rng.randint(0, MAXP) for _ in range(MAXN)])
write("14-max-walk", walk(MAXN, 2000))
write("15-max-zigzag", [MAXP * (i % 2) for i in range(MAXN)])
p = [rng.randint(40000, 60000) for _ in range(MAXN)]
p[10000], p[30000], p[60000], p[90000] = 0, MAXP, 1, MAXP - 1
write("16-max-two-spikes", p)
