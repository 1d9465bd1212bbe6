#!/usr/bin/env python3
"""Secret tests for longest-palindromic-substring: python3 gen.py OUTDIR"""
import os
import random
import string
import sys

out = sys.argv[1]
rng = random.Random(12321)
MAXN = 10**6


def write(name, s):
    assert 1 <= len(s) <= MAXN
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(s + "\n")


def rand_str(n, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


write("01-single", "q")
write("02-two-different", "ab")
write("03-two-equal", "zz")
write("04-small-random", rand_str(30, "ab"))
# the longest palindrome is a prefix / a suffix (boundary handling)
write("05-prefix-and-suffix", "abacdcabaxyz" + rand_str(50, "xyz") + "qwertyuiopoiuytrewq")
write("06-max-all-same", "a" * MAXN)
# one different letter in the middle of a long run: naive expansion is slow
write("07-max-one-b", "a" * (MAXN // 2) + "b" + "a" * (MAXN // 2 - 1))
write("08-max-random", rand_str(MAXN))
write("09-max-random-binary", rand_str(MAXN, "ab"))
# a long even-length palindrome planted inside random text
half = rand_str(150000, "abc")
write("10-max-planted-even", rand_str(300000, "abc") + half + half[::-1] + rand_str(400000, "abc"))
write("11-max-alternating", "ab" * (MAXN // 2))
fib = ["b", "a"]
while len(fib[-1]) < MAXN:
    fib.append(fib[-1] + fib[-2])
write("12-max-fibonacci-word", fib[-1][:MAXN])
write("13-no-repeats-nearby", (string.ascii_lowercase * 10000)[:200000])
