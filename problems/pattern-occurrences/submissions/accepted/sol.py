# Knuth-Morris-Pratt.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    s, p = data[0], data[1]
    n, m = len(s), len(p)
    if m > n:
        print(0)
        return
    pi = [0] * m  # pi[i] = longest proper border of p[:i + 1]
    k = 0
    for i in range(1, m):
        c = p[i]
        while k and c != p[k]:
            k = pi[k - 1]
        if c == p[k]:
            k += 1
        pi[i] = k
    count = 0
    k = 0
    last = m - 1
    for c in s:
        while k and c != p[k]:
            k = pi[k - 1]
        if c == p[k]:
            if k == last:
                count += 1
                k = pi[k]
            else:
                k += 1
    print(count)


main()
