import sys
from math import gcd


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    nums = list(map(int, data[1:1 + 2 * q]))
    out = []
    for a, b in zip(nums[0::2], nums[1::2]):
        g = gcd(a, b)
        out.append('%d %d' % (g, a // g * b))
    sys.stdout.write('\n'.join(out) + '\n')


main()
