# Tarjan's algorithm with an explicit call stack (no recursion).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    it = iter(map(int, data[2:2 + 2 * m]))
    for a, b in zip(it, it):
        adj[a].append(b)
    index = [0] * (n + 1)
    low = [0] * (n + 1)
    nxt = [0] * (n + 1)
    onstack = [False] * (n + 1)
    stack = []
    counter = 0
    components = 0
    for s in range(1, n + 1):
        if index[s]:
            continue
        counter += 1
        index[s] = low[s] = counter
        stack.append(s)
        onstack[s] = True
        call = [s]
        while call:
            v = call[-1]
            edges = adj[v]
            i = nxt[v]
            if i < len(edges):
                w = edges[i]
                nxt[v] = i + 1
                if not index[w]:
                    counter += 1
                    index[w] = low[w] = counter
                    stack.append(w)
                    onstack[w] = True
                    call.append(w)
                elif onstack[w] and index[w] < low[v]:
                    low[v] = index[w]
                continue
            call.pop()
            lv = low[v]
            if call:
                u = call[-1]
                if lv < low[u]:
                    low[u] = lv
            if lv == index[v]:  # v is the root of a component
                components += 1
                while True:
                    w = stack.pop()
                    onstack[w] = False
                    if w == v:
                        break
    print(components)


main()
