import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = map(int, data[1:1 + n])
    cur = best = next(a)
    for x in a:
        cur = cur + x if cur > 0 else x
        if cur > best:
            best = cur
    print(best)


main()
