import sys
from heapq import heappush, heappushpop


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    heap = []
    res = []
    for x in a[:k - 1]:
        heappush(heap, x)
        res.append(-1)
    if k <= n:
        heappush(heap, a[k - 1])
        res.append(heap[0])
        for x in a[k:]:
            if x > heap[0]:
                heappushpop(heap, x)
            res.append(heap[0])
    sys.stdout.write(" ".join(map(str, res)) + "\n")


main()
