#!/usr/bin/env python3
"""Secret tests for edit-distance: python3 gen.py OUTDIR"""
import os
import random
import string
import sys

out = sys.argv[1]
rng = random.Random(90210)
MAXL = 2000


def write(name, s, t):
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write("%s\n%s\n" % (s, t))


def rand_str(n, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mutate(s, edits):
    s = list(s)
    for _ in range(edits):
        op = rng.randrange(3)
        pos = rng.randrange(len(s) + 1)
        if op == 0:
            s.insert(pos, rng.choice(string.ascii_lowercase))
        elif op == 1 and pos < len(s) and len(s) > 1:
            del s[pos]
        elif pos < len(s):
            s[pos] = rng.choice(string.ascii_lowercase)
    return "".join(s)


write("01-same-char", "z", "z")
write("02-diff-char", "a", "b")
write("03-small-random", rand_str(9, "abc"), rand_str(8, "abc"))
write("04-small-disjoint", "abcdefgh", "ijklmnop")
write("05-small-shift", "abababab", "babababa")
write("06-one-vs-max", "q", rand_str(MAXL))
big = rand_str(MAXL)
write("07-max-identical", big, big)
write("08-max-all-a-vs-all-b", "a" * MAXL, "b" * MAXL)
write("09-prefix", big, big[:MAXL // 2])
write("10-max-random", rand_str(MAXL), rand_str(MAXL))
write("11-max-random-binary", rand_str(MAXL, "ab"), rand_str(MAXL - 37, "ab"))
write("12-max-reversed", big, big[::-1])
write("13-max-near-identical", big, mutate(big, 60))
