import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    total = sum(map(int, data[1:1 + n]))
    print('%.9f' % (total / n))


main()
