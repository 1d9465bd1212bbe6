#!/usr/bin/env python3
"""Secret tests for max-depth-binary-tree: python3 gen.py OUTDIR (.in, .ans)"""
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261203)


class Node:
    def __init__(self, val):
        self.val = val
        self.left = None
        self.right = None


def level_order(root):
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


def depth(root):
    best = 0
    stack = [(root, 1)] if root else []
    while stack:
        node, d = stack.pop()
        best = max(best, d)
        for c in (node.left, node.right):
            if c:
                stack.append((c, d + 1))
    return best


def val():
    return rng.randint(-100, 100)


def random_tree(n):
    """Attach each new node to a random free child slot."""
    root = Node(val())
    slots = [(root, 0), (root, 1)]
    for _ in range(n - 1):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        child = Node(val())
        if side == 0:
            parent.left = child
        else:
            parent.right = child
        slots += [(child, 0), (child, 1)]
    return root


def chain(n, pattern):
    root = node = Node(val())
    for i in range(n - 1):
        child = Node(val())
        if pattern(i):
            node.left = child
        else:
            node.right = child
        node = child
    return root


def complete(n):
    nodes = [Node(val()) for _ in range(n)]
    for i in range(n):
        if 2 * i + 1 < n:
            nodes[i].left = nodes[2 * i + 1]
        if 2 * i + 2 < n:
            nodes[i].right = nodes[2 * i + 2]
    return nodes[0]


def write(name, root):
    vals = level_order(root)
    assert sum(v is not None for v in vals) <= 10**4
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(vals, separators=(",", ":")) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write("%d\n" % depth(root))


write("01-empty", None)
write("02-single", Node(-100))
write("03-left-only", chain(2, lambda i: True))
write("04-unbalanced", chain(7, lambda i: i % 3 == 0))
write("05-complete", complete(1023))
write("06-complete-plus-one", complete(1024))
write("07-small-random", random_tree(20))
write("08-random", random_tree(10**4))
write("09-left-chain", chain(10**4, lambda i: True))
write("10-right-chain", chain(10**4, lambda i: False))
write("11-zigzag-chain", chain(10**4, lambda i: i % 2 == 0))
r = complete(5000)
deep = chain(5000, lambda i: rng.random() < 0.5)
node = r
while node.right:
    node = node.right
node.right = deep
write("12-bushy-with-deep-tail", r)
