# Fenwick (binary indexed) tree; an assignment adds the difference.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = [0] + [int(x) for x in data[2:2 + n]]
    fw = a[:]
    for i in range(1, n + 1):  # linear-time construction
        j = i + (i & -i)
        if j <= n:
            fw[j] += fw[i]
    out = []
    idx = 2 + n
    for _ in range(q):
        t = data[idx]
        x = int(data[idx + 1])
        y = int(data[idx + 2])
        idx += 3
        if t == b"1":
            d = y - a[x]
            a[x] = y
            while x <= n:
                fw[x] += d
                x += x & -x
        else:
            s = 0
            while y > 0:
                s += fw[y]
                y &= y - 1
            x -= 1
            while x > 0:
                s -= fw[x]
                x &= x - 1
            out.append(s)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
