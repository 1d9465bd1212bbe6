#!/usr/bin/env python3
"""Secret tests for single-number: python3 gen.py OUTDIR (.in, .ans)"""
import collections
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261306)
MAXN = 2 * 10**5
LO, HI = -2**31, 2**31 - 1


def write(name, nums):
    n = len(nums)
    assert 1 <= n <= MAXN and n % 3 == 1
    assert all(LO <= x <= HI for x in nums)
    cnt = collections.Counter(nums)
    once = [v for v, c in cnt.items() if c == 1]
    assert len(once) == 1 and all(c in (1, 3) for c in cnt.values())
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write("%d\n" % once[0])


def build(single, others, shuffle=True):
    nums = [single] + [v for v in others for _ in range(3)]
    if shuffle:
        rng.shuffle(nums)
    return nums


def distinct(k, lo, hi, avoid):
    vals = set()
    while len(vals) < k:
        v = rng.randint(lo, hi)
        if v != avoid:
            vals.add(v)
    return list(vals)


write("01-one-element", [-7])
write("02-single-is-min", build(LO, [5, -5, 0]))
write("03-single-is-max", build(HI, [LO, -1, 1]))
write("04-single-zero", build(0, [-1, -2, -3, LO]))
write("05-all-negative", build(-123456789, [-1, -2, -100, -2147483647]))
write("06-others-extreme", build(1, [LO, HI]))
write("07-single-first", build(-1, [4, 5, 6], shuffle=False))
nums = build(HI - 1, [8, 9], shuffle=False)
write("08-single-last", nums[1:] + nums[:1])
write("09-small-random", build(rng.randint(LO, HI),
                               distinct(20, -50, 50, None)))
k = (MAXN - 1) // 3
s = rng.randint(LO, -1)
write("10-max-random-negative-single", build(s, distinct(k, LO, HI, s)))
s = rng.randint(0, HI)
write("11-max-random-positive-single", build(s, distinct(k, LO, HI, s)))
write("12-max-grouped-small", build(-(k // 2), list(range(-(k // 2) + 1,
                                                           k // 2 + 1)),
                                   shuffle=False))
write("13-max-bits", build(LO + 1, [LO] + [1 << b for b in range(31)]
                         + [-(1 << b) for b in range(31)]
                         + distinct(k - 63, 10**6, 10**7, None)))
