#!/usr/bin/env python3
"""Secret tests for container-with-most-water: python3 gen.py OUTDIR"""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(4711)
MAXN = 200000
MAXH = 10**9


def write(name, h):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(h), " ".join(map(str, h))))


write("01-two-zero", [0, 0])
write("02-two-max", [MAXH, 7])
write("03-small-random", [rng.randint(0, 10) for _ in range(15)])
# the two tallest lines are adjacent; the widest pair is very short
write("04-tallest-adjacent", [2] + [1] * 10 + [100, 100] + [1] * 10 + [2])
write("05-all-zero", [0] * 1000)
# all lines at maximum height: (n - 1) * 1e9 needs 64 bits
write("06-max-all-equal", [MAXH] * MAXN)
n = 50000
write("07-increasing", sorted(rng.randint(0, MAXH) for _ in range(n)))
write("08-decreasing", sorted((rng.randint(0, MAXH) for _ in range(n)), reverse=True))
# a mountain: tall in the middle, low at the ends
write("09-mountain", [min(i, n - 1 - i) * 20000 for i in range(n)])
# a valley: the ends are tall
write("10-valley", [abs(n // 2 - i) * 20000 for i in range(n)])
write("11-max-random", [rng.randint(0, MAXH) for _ in range(MAXN)])
# lines whose height grows like 1/x from both ends: many pairs nearly tie
n = MAXN
write("12-max-hyperbola", [MAXH // (min(i, n - 1 - i) + 1) for i in range(n)])
