# LCA through a DFS preorder: for u != v with tin[u] < tin[v], the LCA is the
# parent with the smallest preorder index among the parents of the vertices at
# preorder positions tin[u]+1 .. tin[v].  Range minima come from a sparse table.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    parent = [0, 0] + [int(x) for x in data[1:n]]
    children = [[] for _ in range(n + 1)]
    for v in range(2, n + 1):
        children[parent[v]].append(v)
    order = []
    stack = [1]
    while stack:
        v = stack.pop()
        order.append(v)
        stack.extend(children[v])
    tin = [0] * (n + 1)
    for i, v in enumerate(order):
        tin[v] = i
    base = [0] + [tin[parent[v]] for v in order[1:]]
    table = [base]
    j = 1
    while 2 * j <= n:
        prev = table[-1]
        table.append([a if a < b else b for a, b in zip(prev, prev[j:])])
        j *= 2

    q = int(data[n])
    idx = n + 1
    res = []
    for _ in range(q):
        u = int(data[idx]); v = int(data[idx + 1])
        idx += 2
        if u == v:
            res.append(u)
            continue
        a = tin[u]; b = tin[v]
        if a > b:
            a, b = b, a
        # minimum of base[a+1 .. b]
        k = (b - a).bit_length() - 1
        row = table[k]
        x = row[a + 1]
        y = row[b + 1 - (1 << k)]
        res.append(order[x if x < y else y])
    sys.stdout.write("\n".join(map(str, res)) + "\n")


main()
