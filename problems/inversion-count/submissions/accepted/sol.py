# Fenwick tree over the ranks of the values: scanning from the right, count
# how many smaller values have already been seen.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(a)))}
    size = len(ranks)
    tree = [0] * (size + 1)
    inv = 0
    for v in reversed(a):
        r = ranks[v]
        i = r - 1  # count values with rank < r
        while i:
            inv += tree[i]
            i &= i - 1
        while r <= size:
            tree[r] += 1
            r += r & -r
    print(inv)


main()
