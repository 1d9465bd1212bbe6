#!/usr/bin/env python3
"""Secret tests for valid-parentheses-function: python3 gen.py OUTDIR (.in, .ans)"""
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261301)
MAXN = 10**5
PAIRS = {")": "(", "]": "[", "}": "{"}
OPEN = "([{"
CLOSE = {"(": ")", "[": "]", "{": "}"}


def valid(s):
    st = []
    for c in s:
        if c in OPEN:
            st.append(c)
        elif not st or st.pop() != PAIRS[c]:
            return False
    return not st


def write(name, s, want=None):
    assert 1 <= len(s) <= MAXN and set(s) <= set("()[]{}")
    ans = valid(s)
    if want is not None:
        assert ans == want, name
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(s) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write("true\n" if ans else "false\n")


def random_valid(n):
    """A random balanced string of length n (n even)."""
    s, st = [], []
    while len(s) + len(st) < n:
        room = n - len(s) - len(st)
        if st and (room == 0 or rng.random() < 0.5):
            s.append(CLOSE[st.pop()])
        else:
            c = rng.choice(OPEN)
            st.append(c)
            s.append(c)
    while st:
        s.append(CLOSE[st.pop()])
    return "".join(s)


def nested(depth):
    opens = [rng.choice(OPEN) for _ in range(depth)]
    return "".join(opens) + "".join(CLOSE[c] for c in reversed(opens))


write("01-one-open", "(", False)
write("02-one-close", "}", False)
write("03-pair", "{}", True)
write("04-wrong-order", ")(", False)
write("05-unclosed-tail", "()[]{}(", False)
write("06-extra-close", "([]))", False)
write("07-crossed", "{[}]", False)
write("08-nested-small", "{[()()]}[]", True)
write("09-small-random-valid", random_valid(40), True)
s = random_valid(40)
write("10-small-random-swap", s[:7] + s[8] + s[7] + s[9:])
write("11-max-nested", nested(MAXN // 2), True)
s = nested(MAXN // 2)
mid = MAXN // 2
wrong = {")": "]", "]": "}", "}": ")"}
write("12-max-nested-mismatch-middle", s[:mid] + wrong[s[mid]] + s[mid + 1:],
      False)
write("13-max-all-open", "".join(rng.choice(OPEN) for _ in range(MAXN)),
      False)
write("14-max-flat", "()[]{}" * (MAXN // 6) + "()[]", True)
write("15-max-random-valid", random_valid(MAXN), True)
s = random_valid(MAXN)
write("16-max-last-wrong", s[:-1] + wrong[s[-1]], False)
s = random_valid(MAXN - 2)
write("17-max-odd", s + "(", False)
write("18-max-close-first", "]" + random_valid(MAXN - 2) + "[", False)
