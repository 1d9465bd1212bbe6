#!/usr/bin/env python3
"""Secret tests for level-order-traversal: python3 gen.py OUTDIR (.in, .ans)"""
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261303)
MAXN = 10**5
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


def levels(root):
    res = []
    level = [root] if root else []
    while level:
        res.append([n.val for n in level])
        level = [c for n in level for c in (n.left, n.right) if c]
    return res


def val():
    return rng.randint(-1000, 1000)


def random_tree(n, pleft=0.5):
    """Attach each new node to a random free child slot."""
    if n == 0:
        return None
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


def chain(n, pattern, leaves=False):
    """A path of n nodes; with leaves, each path node also gets a leaf on
    the other side (2n - 1 nodes)."""
    root = node = Node(val())
    for i in range(n - 1):
        child = Node(val())
        side = pattern(i)
        if side:
            node.left = child
            if leaves:
                node.right = Node(val())
        else:
            node.right = child
            if leaves:
                node.left = Node(val())
        node = child
    return root


def complete(n, valf=val):
    nodes = [Node(valf()) for _ in range(n)]
    for i in range(n):
        if 2 * i + 1 < n:
            nodes[i].left = nodes[2 * i + 1]
        if 2 * i + 2 < n:
            nodes[i].right = nodes[2 * i + 2]
    return nodes[0] if nodes else None


def count(root):
    return len([v for v in serialize(root) if v is not None])


def write(name, root):
    assert count(root) <= MAXN
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(serialize(root), **J) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write(json.dumps(levels(root), **J) + "\n")


write("01-empty", None)
write("02-single-negative", Node(-1000))
write("03-left-child", chain(2, lambda i: True))
write("04-right-child", chain(2, lambda i: False))
write("05-complete-15", complete(15))
# gaps: the left subtree is deeper than the right one
r = complete(7)
r.left.left.left = Node(val())
r.left.left.left.right = Node(1000)
write("06-uneven", r)
write("07-all-zero", complete(20, lambda: 0))
write("08-small-random", random_tree(30))
write("09-max-complete", complete(MAXN))
write("10-max-left-chain", chain(MAXN, lambda i: True))
write("11-max-zigzag-chain", chain(MAXN, lambda i: i % 2 == 0))
write("12-max-random", random_tree(MAXN))
write("13-max-caterpillar", chain(MAXN // 2, lambda i: rng.random() < 0.5,
                                  leaves=True))
