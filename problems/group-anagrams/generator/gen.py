#!/usr/bin/env python3
"""Secret tests for group-anagrams: python3 gen.py OUTDIR (.in and .ans)"""
import json
import os
import random
import string
import sys

out = sys.argv[1]
rng = random.Random(20261206)
J = dict(separators=(",", ":"))


def groups(strs):
    g = {}
    for s in strs:
        g.setdefault("".join(sorted(s)), []).append(s)
    return sorted(sorted(v) for v in g.values())


def write(name, strs):
    assert 1 <= len(strs) <= 10**4
    assert all(len(s) <= 100 and set(s) <= set(string.ascii_lowercase)
               for s in strs)
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(strs, **J) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write(json.dumps(groups(strs), **J) + "\n")


def word(n, letters=string.ascii_lowercase):
    return "".join(rng.choice(letters) for _ in range(n))


def shuffled(s):
    l = list(s)
    rng.shuffle(l)
    return "".join(l)


def families(nfam, size, length, letters=string.ascii_lowercase):
    strs = []
    for _ in range(nfam):
        base = word(length, letters)
        strs += [shuffled(base) for _ in range(rng.randint(1, size))]
    rng.shuffle(strs)
    return strs


write("01-single-empty", [""])
write("02-empties", ["", "b", "", ""])
write("03-duplicates", ["abc", "abc", "cba", "abc"])
# same letters, different counts: not anagrams
write("04-counts-matter", ["aab", "abb", "ab", "ba", "bba", "aabb"])
write("05-same-sum", ["ad", "bc", "be", "cd"])
write("06-all-distinct", [word(5) for _ in range(200)])
write("07-one-group", [shuffled("listensilent") for _ in range(500)])
write("08-small-random", families(8, 4, 4, "abc"))
write("09-max-short", families(3000, 6, 3, "abcdef")[:10**4])
write("10-max-long", families(400, 40, 100)[:10**4])
write("11-max-random", [word(rng.randint(0, 12), "abcd") for _ in range(10**4)])
