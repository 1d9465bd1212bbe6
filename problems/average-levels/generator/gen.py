#!/usr/bin/env python3
"""Secret tests for average-levels: python3 gen.py OUTDIR (.in, .ans)"""
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261314)
MAXN = 10**5
LO, HI = -2**31, 2**31 - 1
J = dict(separators=(",", ":"))


class Node:
    def __init__(self, val):
        self.val = val
        self.left = None
        self.right = None


def serialize(root):
    vals = []
    queue = [root] if root else []
    i = 0
    while i < len(queue):
        node = queue[i]
        i += 1
        if node is None:
            vals.append(None)
            continue
        vals.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while vals and vals[-1] is None:
        vals.pop()
    return vals


def averages(root):
    res = []
    level = [root]
    while level:
        # int / int is correctly rounded in Python
        res.append(sum(n.val for n in level) / len(level))
        level = [c for n in level for c in (n.left, n.right) if c]
    return res


def val():
    return rng.randint(LO, HI)


def random_tree(n, valf=val):
    root = Node(valf())
    slots = [(root, 0), (root, 1)]
    for _ in range(n - 1):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = Node(valf())
        if side == 0:
            parent.left = child
        else:
            parent.right = child
        slots += [(child, 0), (child, 1)]
    return root


def chain(n, pattern, valf=val, leaves=False):
    root = node = Node(valf())
    for i in range(n - 1):
        child = Node(valf())
        if pattern(i):
            node.left = child
            if leaves:
                node.right = Node(valf())
        else:
            node.right = child
            if leaves:
                node.left = Node(valf())
        node = child
    return root


def complete(n, valf=val):
    nodes = [Node(valf()) for _ in range(n)]
    for i in range(n):
        if 2 * i + 1 < n:
            nodes[i].left = nodes[2 * i + 1]
        if 2 * i + 2 < n:
            nodes[i].right = nodes[2 * i + 2]
    return nodes[0]


def write(name, root):
    vals = serialize(root)
    assert 1 <= sum(v is not None for v in vals) <= MAXN
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(vals, **J) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write(json.dumps(averages(root), **J) + "\n")


def tree(vals):
    """Level order with None -> nodes (as the drivers build them)."""
    root = Node(vals[0])
    queue = [root]
    qi, i = 0, 1
    while i < len(vals):
        node = queue[qi]
        qi += 1
        for side in (0, 1):
            if i < len(vals) and vals[i] is not None:
                child = Node(vals[i])
                queue.append(child)
                if side == 0:
                    node.left = child
                else:
                    node.right = child
            i += 1
    return root


write("01-single-min", Node(LO))
write("02-single-max", Node(HI))
write("03-sum-overflows", tree([0, HI, HI, HI, HI, HI, HI]))
write("04-negative-overflow", tree([-1, LO, LO, None, LO, LO]))
write("05-halves", tree([1, 2, 3, 4, 5, 6, 7]))
write("06-thirds", tree([0, 1, 2, 1, 1, 2]))
write("07-mixed-signs", tree([5, -3, 3, None, LO, HI]))
write("08-small-random", random_tree(25, lambda: rng.randint(-100, 100)))
write("09-max-complete", complete(MAXN))
write("10-max-complete-all-max", complete(MAXN, lambda: HI))
write("11-large-zigzag-chain", chain(MAXN // 2, lambda i: i % 2 == 0,
                                     lambda: rng.randint(-999, 999)))
write("12-max-random", random_tree(MAXN, lambda: rng.randint(-10**6, 10**6)))
write("13-large-caterpillar", chain(MAXN // 4, lambda i: rng.random() < 0.5,
                                    leaves=True))
