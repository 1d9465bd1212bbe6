#!/usr/bin/env python3
"""Secret tests for search-insert-position: python3 gen.py OUTDIR (.in, .ans)"""
import bisect
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261309)
MAXN = 10**5
LO, HI = -2**31, 2**31 - 1


def write(name, nums, target, want=None):
    assert 1 <= len(nums) <= MAXN
    assert all(a < b for a, b in zip(nums, nums[1:]))
    assert all(LO <= x <= HI for x in nums + [target])
    ans = bisect.bisect_left(nums, target)
    if want is not None:
        assert ans == want, name
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n%d\n" % target)
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write("%d\n" % ans)


def rand(n, lo=LO, hi=HI):
    return sorted(rng.sample(range(lo, hi + 1), n))


write("01-single-found", [5], 5, 0)
write("02-single-before", [5], 4, 0)
write("03-single-after", [5], 6, 1)
write("04-two-between", [-3, 3], 0, 1)
write("05-min-target", [LO + 1, 0], LO, 0)
write("06-max-target", [LO, 0, HI - 1], HI, 3)
write("07-extremes-found", [LO, -1, 0, 1, HI], HI, 4)
write("08-extremes-found-first", [LO, HI], LO, 0)
nums = rand(1000, -5000, 5000)
write("09-small-between", nums, nums[437] + 1 if nums[437] + 1 != nums[438]
      else nums[437])
nums = rand(MAXN)
write("10-max-found", nums, nums[rng.randrange(MAXN)])
t = rng.randint(LO, HI)
while t in set(nums):
    t = rng.randint(LO, HI)
write("11-max-missing", nums, t)
nums = rand(MAXN)
write("12-max-before-all", nums, LO if nums[0] > LO else nums[0])
write("13-max-after-all", nums, HI if nums[-1] < HI else nums[-1])
nums = list(range(-MAXN // 2, MAXN // 2))
write("14-max-consecutive-last", nums, MAXN // 2 - 1, MAXN - 1)
nums = [LO] + rand(MAXN - 2, 0, HI - 1) + [HI]
write("15-max-wide-gap", nums, -1, 1)
