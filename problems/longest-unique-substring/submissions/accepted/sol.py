import sys


def main():
    s = sys.stdin.buffer.read().split()[0]
    last = [0] * 256  # 1 + last index where the byte occurred
    left = 0
    best = 0
    for i, c in enumerate(s, 1):
        p = last[c]
        if p > left:
            left = p
        last[c] = i
        if i - left > best:
            best = i - left
    print(best)


main()
