#!/usr/bin/env python3
"""Secret tests for reverse-linked-list: python3 gen.py OUTDIR (.in and .ans)"""
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261202)
LIM = 10**9


def write(name, vals):
    assert len(vals) <= 10**5 and all(-LIM <= v <= LIM for v in vals)
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(vals, separators=(",", ":")) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write(json.dumps(vals[::-1], separators=(",", ":")) + "\n")


write("01-empty", [])
write("02-single", [7])
write("03-two", [-1, 1])
write("04-extremes", [LIM, -LIM, 0, LIM, -LIM])
write("05-palindrome", [1, 2, 3, 2, 1])
write("06-all-equal", [4] * 1000)
write("07-small-random", [rng.randint(-100, 100) for _ in range(30)])
write("08-medium-random", [rng.randint(-LIM, LIM) for _ in range(5000)])
write("09-max-increasing", list(range(-50000, 50000)))
write("10-max-random", [rng.randint(-LIM, LIM) for _ in range(10**5)])
