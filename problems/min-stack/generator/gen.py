#!/usr/bin/env python3
"""Secret tests for min-stack: python3 gen.py OUTDIR (.in, .ans)"""
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261313)
MAXC = 2 * 10**5
LO, HI = -2**31, 2**31 - 1
J = dict(separators=(",", ":"))


def run_naive(calls):
    st = []
    res = [None]
    for op, args in calls:
        if op == "push":
            st.append(args[0])
            res.append(None)
        else:
            assert st, "call on an empty stack"
            if op == "pop":
                st.pop()
                res.append(None)
            elif op == "top":
                res.append(st[-1])
            else:
                res.append(min(st))
    return res


def run(calls):
    """Values and running minimums side by side: O(1) per call."""
    vals, mins = [], []
    res = [None]
    for op, args in calls:
        if op == "push":
            x = args[0]
            vals.append(x)
            mins.append(x if not mins else min(mins[-1], x))
            res.append(None)
        elif op == "pop":
            vals.pop()
            mins.pop()
            res.append(None)
        elif op == "top":
            res.append(vals[-1])
        else:
            res.append(mins[-1])
    return res


def write(name, calls):
    assert len(calls) <= MAXC
    assert all(LO <= a[0] <= HI for op, a in calls if op == "push")
    res = run(calls)
    if len(calls) <= 5000:
        assert res == run_naive(calls), name
    ops = ["MinStack"] + [c[0] for c in calls]
    args = [[]] + [c[1] for c in calls]
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(ops, **J) + "\n" + json.dumps(args, **J) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write(json.dumps(res, **J) + "\n")


def P(x):
    return ("push", [x])


POP, TOP, MIN = ("pop", []), ("top", []), ("getMin", [])


def rand_calls(n, lo, hi, ppush):
    calls = []
    size = 0
    for _ in range(n):
        if size == 0 or rng.random() < ppush:
            calls.append(P(rng.randint(lo, hi)))
            size += 1
        else:
            op = rng.choice([POP, TOP, MIN, MIN])
            calls.append(op)
            size -= op is POP
    return calls


write("01-only-ctor", [])
write("02-one-element", [P(5), TOP, MIN, POP])
write("03-duplicate-min", [P(0), P(1), P(0), MIN, POP, MIN, POP, MIN, TOP])
write("04-extremes", [P(HI), MIN, P(LO), MIN, TOP, POP, MIN, TOP, P(LO),
                      P(LO), POP, MIN])
write("05-decreasing", [P(x) for x in range(5, -6, -1)] +
      [c for _ in range(11) for c in (MIN, TOP, POP)])
write("06-increasing", [P(x) for x in range(-5, 6)] +
      [c for _ in range(11) for c in (MIN, TOP, POP)])
write("07-empty-and-refill", [P(-1), POP, P(3), MIN, TOP, POP, P(2), P(7),
                              MIN, POP, MIN])
write("08-small-random", rand_calls(60, -5, 5, 0.5))
write("09-medium-random", rand_calls(5000, LO, HI, 0.55))
# 10^5 elements stay on the stack while getMin is called 10^5 times
write("10-max-getmin-on-big-stack",
      [P(rng.randint(0, 99)) for _ in range(MAXC // 2)] +
      [MIN] * (MAXC // 2))
write("11-large-random", rand_calls(MAXC // 2, -10**6, 10**6, 0.6))
calls = []
for _ in range(200):
    calls += [P(rng.randint(-9, 9)) for _ in range(300)]
    calls += [rng.choice([MIN, TOP])] * 100
    calls += [POP] * 300
write("12-large-sawtooth", calls[:MAXC // 2])
write("13-large-equal-values", [P(-7)] * (MAXC // 8) +
      [c for _ in range(MAXC // 16) for c in (MIN, POP)] + [MIN, TOP] * 4)
