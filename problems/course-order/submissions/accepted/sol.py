import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(m):
        a = int(data[2 + 2 * i]); b = int(data[3 + 2 * i])
        adj[a].append(b)
        indeg[b] += 1
    order = [v for v in range(1, n + 1) if indeg[v] == 0]
    i = 0
    while i < len(order):
        for w in adj[order[i]]:
            indeg[w] -= 1
            if indeg[w] == 0:
                order.append(w)
        i += 1
    if len(order) < n:
        sys.stdout.write("IMPOSSIBLE\n")
    else:
        sys.stdout.write(" ".join(map(str, order)) + "\n")


main()
