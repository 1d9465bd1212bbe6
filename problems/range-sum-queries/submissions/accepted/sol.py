import sys
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    pre = [0]
    pre += accumulate(map(int, data[2:2 + n]))
    qs = list(map(int, data[2 + n:2 + n + 2 * q]))
    out = [pre[r] - pre[l - 1] for l, r in zip(qs[0::2], qs[1::2])]
    sys.stdout.write('\n'.join(map(str, out)) + '\n')


main()
