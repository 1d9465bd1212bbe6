#!/usr/bin/python3
"""tests/bench/function/convert.py: the stdio twin of rotate-array's tests.

usage: convert.py FUNCTION_PKG OUT_PKG

Each test of the function package (.in: the JSON array nums, then k, one
value per line; .ans: nums after the rotation, as JSON) becomes a plain
stdin/stdout test with the same values:

    .in   "n k" on the first line, the n numbers on the second
    .ans  the n numbers of the result on one line

The twin keeps the sample/secret split, the time limit and the memory
limit, so both packages run the same tests under the same limits.
"""
import json
import os
import shutil
import sys


def convert(src, dst):
    with open(src + ".in") as f:
        lines = [x for x in f.read().split("\n") if x.strip()]
    if len(lines) != 2:
        sys.exit("%s.in: expected 2 argument lines" % src)
    nums, k = json.loads(lines[0]), json.loads(lines[1])
    with open(src + ".ans") as f:
        ans = json.loads(f.read())
    if len(ans) != len(nums):
        sys.exit("%s.ans: length differs from nums" % src)
    with open(dst + ".in", "w") as f:
        f.write("%d %d\n%s\n" % (len(nums), k, " ".join(map(str, nums))))
    with open(dst + ".ans", "w") as f:
        f.write(" ".join(map(str, ans)) + "\n")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: convert.py FUNCTION_PKG OUT_PKG")
    pkg, out = sys.argv[1], sys.argv[2]
    n = 0
    for group in ("sample", "secret"):
        d = os.path.join(pkg, "data", group)
        os.makedirs(os.path.join(out, "data", group), exist_ok=True)
        for name in sorted(os.listdir(d)):
            if not name.endswith(".in"):
                continue
            base = name[:-3]
            convert(os.path.join(d, base), os.path.join(out, "data",
                                                         group, base))
            n += 1
    os.makedirs(os.path.join(out, "problem_statement"), exist_ok=True)
    with open(os.path.join(out, "problem_statement", "problem.md"),
              "w") as f:
        f.write("Rotate the array right by $k$ steps (stdio twin of "
                "rotate-array, for the benchmark).\n")
    with open(os.path.join(out, "problem.yaml"), "w") as f:
        f.write("name: Rotate Array (stdio twin)\nkind: stdio\n"
                "limits:\n  memory: 256\n  output: 8\n"
                "validation: default\n")
    tl = os.path.join(pkg, ".timelimit")
    if os.path.exists(tl):
        shutil.copyfile(tl, os.path.join(out, ".timelimit"))
    print(n)


main()
