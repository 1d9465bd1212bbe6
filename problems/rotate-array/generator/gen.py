#!/usr/bin/env python3
"""Secret tests for rotate-array: python3 gen.py OUTDIR (.in and .ans)"""
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261204)
LO, HI = -2**31, 2**31 - 1


def write(name, nums, k):
    n = len(nums)
    assert 1 <= n <= 10**5 and 0 <= k <= 10**5
    assert all(LO <= x <= HI for x in nums)
    s = k % n
    ans = nums[n - s:] + nums[:n - s]
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(nums, separators=(",", ":")) + "\n%d\n" % k)
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write(json.dumps(ans, separators=(",", ":")) + "\n")


def rand(n):
    return [rng.randint(LO, HI) for _ in range(n)]


write("01-single", [42], 0)
write("02-single-big-k", [HI], 10**5)
write("03-k-zero", [1, 2, 3], 0)
write("04-k-equals-n", [1, 2, 3, 4], 4)
write("05-k-above-n", [1, 2, 3], 100000)
write("06-extremes", [LO, HI, 0, -1, 1], 2)
write("07-small-random", rand(10), 7)
write("08-n-minus-one", rand(1000), 999)
write("09-max-k-one", rand(10**5), 1)
write("10-half", rand(30000), 15000)
write("11-max-k-max", rand(10**5), 10**5)
write("12-gcd", rand(29997), 9999)
write("13-max-prime", rand(99991), 77777)
