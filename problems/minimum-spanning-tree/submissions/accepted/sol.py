# Kruskal with union-find.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    us = data[2:2 + 3 * m:3]
    vs = data[3:3 + 3 * m:3]
    ws = list(map(int, data[4:4 + 3 * m:3]))
    order = sorted(range(m), key=ws.__getitem__)
    parent = list(range(n + 1))
    total = 0
    used = 0
    need = n - 1
    for e in order:
        if used == need:
            break
        a = int(us[e])
        b = int(vs[e])
        while parent[a] != a:
            parent[a] = a = parent[parent[a]]
        while parent[b] != b:
            parent[b] = b = parent[parent[b]]
        if a != b:
            parent[a] = b
            total += ws[e]
            used += 1
    print(total if used == need else "IMPOSSIBLE")


main()
