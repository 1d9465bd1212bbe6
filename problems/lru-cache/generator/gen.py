#!/usr/bin/env python3
"""Secret tests for lru-cache: python3 gen.py OUTDIR (.in and .ans)"""
import collections
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261205)
J = dict(separators=(",", ":"))


def run(capacity, calls):
    cache = collections.OrderedDict()
    res = [None]
    for op, args in calls:
        if op == "get":
            k = args[0]
            if k in cache:
                cache.move_to_end(k)
                res.append(cache[k])
            else:
                res.append(-1)
        else:
            k, v = args
            cache[k] = v
            cache.move_to_end(k)
            if len(cache) > capacity:
                cache.popitem(last=False)
            res.append(None)
    return res


def write(name, capacity, calls):
    assert 1 <= capacity <= 3000 and len(calls) <= 2 * 10**5
    ops = ["LRUCache"] + [c[0] for c in calls]
    args = [[capacity]] + [c[1] for c in calls]
    for op, a in calls:
        assert all(0 <= x <= 10**4 for x in a[:1])
        assert op == "get" or 0 <= a[1] <= 10**5
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(ops, **J) + "\n" + json.dumps(args, **J) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write(json.dumps(run(capacity, calls), **J) + "\n")


def rand_calls(n, keys, pget):
    calls = []
    for _ in range(n):
        k = rng.randint(0, keys)
        if rng.random() < pget:
            calls.append(("get", [k]))
        else:
            calls.append(("put", [k, rng.randint(0, 10**5)]))
    return calls


write("01-only-ctor", 1, [])
write("02-get-empty", 3, [("get", [0]), ("get", [10**4])])
write("03-cap-one", 1, [("put", [1, 1]), ("put", [2, 2]), ("get", [1]),
                        ("get", [2]), ("put", [2, 3]), ("get", [2])])
# updating an existing key refreshes it and must not evict anything
write("04-update-refreshes", 2, [("put", [1, 1]), ("put", [2, 2]),
                                 ("put", [1, 10]), ("put", [3, 3]),
                                 ("get", [1]), ("get", [2]), ("get", [3])])
# get refreshes the key
write("05-get-refreshes", 2, [("put", [1, 1]), ("put", [2, 2]),
                              ("get", [1]), ("put", [3, 3]), ("get", [2]),
                              ("get", [1]), ("get", [3])])
write("06-zero-values", 2, [("put", [0, 0]), ("get", [0]), ("put", [1, 0]),
                            ("put", [2, 0]), ("get", [0]), ("get", [1])])
write("07-small-random", 3, rand_calls(60, 6, 0.5))
write("08-medium-random", 50, rand_calls(5000, 120, 0.5))
write("09-max-capacity", 3000, rand_calls(10**5, 4000, 0.5))
write("10-max-calls-thrash", 1000, rand_calls(2 * 10**5, 10**4, 0.6))
