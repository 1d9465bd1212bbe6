# dp[c] = best value with total weight at most c; capacities are scanned
# downwards so that each item is used at most once.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, W = int(data[0]), int(data[1])
    dp = [0] * (W + 1)
    for i in range(n):
        w = int(data[2 + 2 * i])
        v = int(data[3 + 2 * i])
        for c in range(W, w - 1, -1):
            t = dp[c - w] + v
            if t > dp[c]:
                dp[c] = t
    print(dp[W])


main()
