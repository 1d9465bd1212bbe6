import sys
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n]))
    left = list(accumulate(h, max))                 # L_i
    right = list(accumulate(reversed(h), max))[::-1]  # R_i
    total = sum(map(min, left, right)) - sum(h)
    print(total)


main()
