import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    seen = {}
    for j, x in enumerate(map(int, data[2:2 + n]), 1):
        i = seen.get(t - x)
        if i is not None:
            sys.stdout.write('%d %d\n' % (i, j))
            return
        if x not in seen:
            seen[x] = j


main()
