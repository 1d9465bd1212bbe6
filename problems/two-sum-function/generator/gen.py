#!/usr/bin/env python3
"""Secret tests for two-sum-function: python3 gen.py OUTDIR (.in and .ans)"""
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261201)
LIM = 10**9


def solve(nums, target):
    seen = {}
    found = []
    for i, x in enumerate(nums):
        for j in seen.get(target - x, []):
            found.append([j, i])
        seen.setdefault(x, []).append(i)
    return found


def write(name, nums, target):
    sols = solve(nums, target)
    assert len(sols) == 1, (name, len(sols))
    assert all(-LIM <= x <= LIM for x in nums) and -LIM <= target <= LIM
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n%d\n" % target)
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write(json.dumps(sols[0], separators=(",", ":")) + "\n")


def random_unique(n, lo, hi):
    """n values in [lo, hi] whose pair sums are checked by write()."""
    while True:
        nums = [rng.randint(lo, hi) for _ in range(n)]
        i, j = rng.sample(range(n), 2)
        target = nums[i] + nums[j]
        if -LIM <= target <= LIM and len(solve(nums, target)) == 1:
            return nums, target


def parity(n, i, j):
    """Large: every value even and distinct except one odd value at i, so
    the only pair with an odd sum is (i, j)."""
    assert i != j
    vals = rng.sample(range(-LIM // 4, LIM // 4), n)
    nums = [2 * v for v in vals]
    nums[i] += 1
    return nums, nums[i] + nums[j]


write("01-min", [1, 2], 3)
write("02-negative", [-3, 4, 3, 90], 0)
write("03-duplicates", [5, 1, 5, 7], 10)
write("04-extremes", [10**9, -10**9, 3, 4], 0)
write("05-extreme-sum", [10**9, 0, -1, 2], 10**9 - 1)
write("06-zeros", [0, 4, 3, 0], 0)
write("07-last-two", list(range(1, 1001)) + [5000, 6000], 11000)
nums, t = random_unique(50, -100, 100)
write("08-small-random", nums, t)
nums, t = random_unique(2000, -10**6, 10**6)
write("09-medium-random", nums, t)
nums, t = parity(100000, 0, 99999)
write("10-max-ends", nums, t)
nums, t = parity(100000, 99998, 99999)
write("11-max-tail", nums, t)
nums, t = parity(100000, *rng.sample(range(100000), 2))
write("12-max-random", nums, t)
