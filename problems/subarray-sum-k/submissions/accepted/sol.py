import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    seen = {0: 1}
    get = seen.get
    s = 0
    ans = 0
    for x in map(int, data[2:2 + n]):
        s += x
        ans += get(s - k, 0)
        seen[s] = get(s, 0) + 1
    print(ans)


main()
