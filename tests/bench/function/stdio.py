# stdio.py: rotate-array as a stdin/stdout program (slices, as sol.py).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + n]))
    k %= n
    if k:
        nums[:] = nums[n - k:] + nums[:n - k]
    sys.stdout.write(" ".join(map(str, nums)) + "\n")


main()
