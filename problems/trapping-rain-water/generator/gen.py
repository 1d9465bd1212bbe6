#!/usr/bin/env python3
"""Secret tests for trapping-rain-water: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(271828)
MAXN = 200000
MAXH = 10**9


def write(name, h):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(h), " ".join(map(str, h))))


write("01-single", [MAXH])
write("02-two", [5, 0])
write("03-small-random", [rng.randint(0, 6) for _ in range(20)])
# nested basins: the inner walls are lower than the outer ones
write("04-nested-basins", [9, 0, 5, 0, 7, 1, 3, 0, 6, 0, 9, 2, 0, 4])
write("05-all-equal", [7] * 1000)
n = 50000
write("06-increasing", sorted(rng.randint(0, MAXH) for _ in range(n)))
write("07-mountain", [min(i, n - 1 - i) * 20000 for i in range(n)])
write("08-valley", [abs(n // 2 - i) * 20000 for i in range(n)])
write("09-sawtooth", [(i % 100) * 10**7 for i in range(n)])
# two maximal walls around a floor of zeros: (n - 2) * 1e9 needs 64 bits
write("10-max-deep-pool", [MAXH] + [0] * (MAXN - 2) + [MAXH])
write("11-max-random", [rng.randint(0, MAXH) for _ in range(MAXN)])
# one global peak somewhere off-centre with random terrain around it
h = [rng.randint(0, MAXH // 2) for _ in range(MAXN)]
h[MAXN // 3] = MAXH
write("12-max-off-centre-peak", h)
