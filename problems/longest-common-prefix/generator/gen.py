#!/usr/bin/env python3
"""Secret tests for longest-common-prefix: python3 gen.py OUTDIR (.in, .ans)"""
import json
import os
import random
import string
import sys

out = sys.argv[1]
rng = random.Random(20261307)
MAXN = 2 * 10**4
MAXTOTAL = 10**6
J = dict(separators=(",", ":"))


def lcp(strs):
    p = min(strs, key=len)
    for s in strs:
        i = 0
        while i < len(p) and s[i] == p[i]:
            i += 1
        p = p[:i]
    return p


def write(name, strs):
    assert 1 <= len(strs) <= MAXN
    assert sum(len(s) for s in strs) <= MAXTOTAL
    assert all(c in string.ascii_lowercase for s in strs for c in s)
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(strs, **J) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write(json.dumps(lcp(strs)) + "\n")


def word(n, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


write("01-single-empty", [""])
write("02-empty-among-others", ["abc", "", "abd"])
write("03-identical", ["abc", "abc", "abc"])
write("04-shortest-is-prefix", ["abcd", "ab", "abc"])
write("05-shortest-last", ["abcd", "abc", "a"])
# the first two agree further than the rest
write("06-differs-in-last", ["abcd", "abcd", "abcd", "abxy"])
write("07-differs-in-first-letter", ["ab", "ab", "bb"])
pre = word(5, "ab")
write("08-small-random", [pre + word(rng.randint(0, 4), "ab")
                          for _ in range(10)])
big = "z" * (MAXTOTAL // 2)
write("09-max-two-identical", [big, big])
write("10-max-two-differ-at-end", [big, big[:-1] + "y"])
write("11-max-long-then-short", ["a" * (MAXTOTAL - 1), "b"])
pre = word(20)
write("12-max-many-short", [pre + word(30) for _ in range(MAXN)])
strs = ["q" * 100 for _ in range(MAXN // 2)]
strs[-1] = "qqqx" + "q" * 96
write("13-max-many-one-differs", strs)
write("14-max-many-all-same-letter", ["e" * 50] * MAXN)
