# Fast doubling: F(2k) = F(k) * (2 F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2.
import sys

MOD = 10**9 + 7


def fib(n):
    a, b = 0, 1  # F(k), F(k+1) for k = the bits of n read so far
    for bit in bin(n)[2:]:
        c = a * (2 * b - a) % MOD
        d = (a * a + b * b) % MOD
        if bit == "1":
            a, b = d, (c + d) % MOD
        else:
            a, b = c, d
    return a


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    sys.stdout.write("\n".join(str(fib(int(x))) for x in data[1:1 + q]) + "\n")


main()
