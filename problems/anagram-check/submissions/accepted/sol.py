import sys


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = []
    for k in range(t):
        s, w = data[1 + 2 * k], data[2 + 2 * k]
        out.append('YES' if len(s) == len(w) and sorted(s) == sorted(w) else 'NO')
    sys.stdout.write('\n'.join(out) + '\n')


main()
