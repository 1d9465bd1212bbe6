import sys
from heapq import heappush, heappop


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    # adjacency lists with the target and the weight interleaved
    adj = [[] for _ in range(n + 1)]
    it = iter(map(int, data[2:2 + 3 * m]))
    for u, v, w in zip(it, it, it):
        a = adj[u]
        a.append(v)
        a.append(w)
    SHIFT = 18  # heap keys are dist * 2^18 + vertex (n < 2^18)
    MASK = (1 << SHIFT) - 1
    dist = [-1] * (n + 1)
    dist[1] = 0
    heap = [1]
    while heap:
        key = heappop(heap)
        u = key & MASK
        d = key >> SHIFT
        if d != dist[u]:
            continue  # outdated entry
        a = adj[u]
        for i in range(0, len(a), 2):
            v = a[i]
            nd = d + a[i + 1]
            dv = dist[v]
            if dv < 0 or nd < dv:
                dist[v] = nd
                heappush(heap, (nd << SHIFT) | v)
    sys.stdout.write(" ".join(map(str, dist[1:])) + "\n")


main()
