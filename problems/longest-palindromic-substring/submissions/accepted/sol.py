# Manacher's algorithm on the string with separators between the letters.
import sys


def main():
    s = sys.stdin.buffer.read().split()[0]
    # t = ^ # s1 # s2 # ... # sn # $  (the radius in t is the length in s)
    t = b"^#" + b"#".join(s[i:i + 1] for i in range(len(s))) + b"#$"
    n = len(t)
    p = [0] * n
    c = r = 0
    for i in range(1, n - 1):
        if r > i:
            k = p[2 * c - i]
            if k > r - i:
                k = r - i
        else:
            k = 0
        while t[i + 1 + k] == t[i - 1 - k]:
            k += 1
        p[i] = k
        if i + k > r:
            c = i
            r = i + k
    print(max(p))


main()
