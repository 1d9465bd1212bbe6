import sys

MOD = 10**9 + 7


def main():
    n = int(sys.stdin.buffer.read().split()[0])
    prev, cur = 1, 1
    for _ in range(n - 1):
        prev, cur = cur, (prev + cur) % MOD
    print(cur)


main()
