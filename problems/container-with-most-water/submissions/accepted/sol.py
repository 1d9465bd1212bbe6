import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n]))
    i, j = 0, n - 1
    best = 0
    while i < j:
        a = h[i]
        b = h[j]
        if a < b:
            area = (j - i) * a
            i += 1
        else:
            area = (j - i) * b
            j -= 1
        if area > best:
            best = area
    print(best)


main()
