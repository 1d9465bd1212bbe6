import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    # Boyer-Moore majority vote
    cand, cnt = 0, 0
    for x in map(int, data[1:1 + n]):
        if cnt == 0:
            cand, cnt = x, 1
        elif x == cand:
            cnt += 1
        else:
            cnt -= 1
    print(cand)


main()
