import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = sorted(set(map(int, data[2:2 + n])))
    INF = 1 << 30
    # dp[x] = minimum number of coins with total x
    dp = [INF] * (amount + 1)
    dp[0] = 0
    for c in coins:
        if c > amount:
            break
        for x in range(c, amount + 1):
            v = dp[x - c] + 1
            if v < dp[x]:
                dp[x] = v
    print(dp[amount] if dp[amount] < INF else -1)


main()
