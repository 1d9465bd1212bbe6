# Sieve with bytearray slice assignment; queries are answered offline in
# increasing order, counting the primes of each gap with bytearray.count.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    ns = list(map(int, data[1:1 + q]))
    N = max(max(ns), 2)
    sieve = bytearray([1]) * (N + 1)
    sieve[0] = sieve[1] = 0
    i = 2
    while i * i <= N:
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, N + 1, i)))
        i += 1
    count = {}
    total = 0
    prev = 0  # primes in [0, prev) are counted in total
    for x in sorted(set(ns)):
        total += sieve.count(1, prev, x + 1)
        prev = x + 1
        count[x] = total
    sys.stdout.write("\n".join(str(count[x]) for x in ns) + "\n")


main()
