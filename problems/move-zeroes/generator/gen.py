#!/usr/bin/env python3
"""Secret tests for move-zeroes: python3 gen.py OUTDIR (.in, .ans)"""
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261312)
MAXN = 10**5
LO, HI = -2**31, 2**31 - 1
J = dict(separators=(",", ":"))


def write(name, nums):
    assert 1 <= len(nums) <= MAXN and all(LO <= x <= HI for x in nums)
    ans = [x for x in nums if x != 0]
    ans += [0] * (len(nums) - len(ans))
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(nums, **J) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write(json.dumps(ans, **J) + "\n")


def nonzero(lo=LO, hi=HI):
    while True:
        x = rng.randint(lo, hi)
        if x:
            return x


def rand(n, pzero, lo=LO, hi=HI):
    return [0 if rng.random() < pzero else nonzero(lo, hi) for _ in range(n)]


write("01-one-nonzero", [LO])
write("02-all-zeros", [0, 0, 0])
write("03-no-zeros", [3, -1, 2, HI])
write("04-zeros-front", [0, 0, 0, 5, -5])
write("05-zeros-end", [9, 8, 0, 0])
write("06-alternating", [0, 1, 0, 2, 0, 3, 0])
# equal non-zero values keep their order too
write("07-negatives-duplicates", [-1, 0, -1, 0, 0, LO, HI, 0, -1])
write("08-small-random", rand(20, 0.4, -9, 9))
write("09-max-few-zeros", rand(MAXN, 0.05))
write("10-max-half-zeros", rand(MAXN, 0.5, -1000, 1000))
write("11-max-mostly-zeros", rand(MAXN, 0.99))
write("12-max-zeros-first-half", [0] * (MAXN // 2) +
      [nonzero(-99, 99) for _ in range(MAXN // 2)])
write("13-max-all-zeros", [0] * MAXN)
write("14-max-alternating", [0 if i % 2 else nonzero(1, 9)
                             for i in range(MAXN)])
