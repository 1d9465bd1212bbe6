# Leaf peeling: repeatedly remove a leaf and pass its longest downward path
# to its only remaining neighbour.  The neighbour of a leaf is recovered as the
# XOR of all remaining neighbour ids (and the edge weight likewise), so no
# adjacency lists and no recursion are needed.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    if n == 1:
        print(0)
        return
    nb = [0] * (n + 1)   # XOR of remaining neighbours
    nw = [0] * (n + 1)   # XOR of weights of remaining incident edges
    deg = [0] * (n + 1)
    it = iter(map(int, data[1:1 + 3 * (n - 1)]))
    for u, v, w in zip(it, it, it):
        nb[u] ^= v
        nb[v] ^= u
        nw[u] ^= w
        nw[v] ^= w
        deg[u] += 1
        deg[v] += 1
    best = [0] * (n + 1)  # longest downward path from a vertex into removed part
    ans = 0
    queue = [v for v in range(1, n + 1) if deg[v] == 1]
    push = queue.append
    removed = 0
    i = 0
    while removed < n - 1:
        v = queue[i]
        i += 1
        p = nb[v]
        w = nw[v]
        cand = best[v] + w
        bp = best[p]
        if bp + cand > ans:
            ans = bp + cand
        if cand > bp:
            best[p] = cand
        nb[p] ^= v
        nw[p] ^= w
        deg[p] -= 1
        if deg[p] == 1:
            push(p)
        removed += 1
    print(ans)


main()
