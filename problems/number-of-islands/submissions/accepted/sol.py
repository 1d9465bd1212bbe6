import sys


def main():
    data = sys.stdin.buffer.read().split()
    R, C = int(data[0]), int(data[1])
    W = C + 1  # one water column after every row (also left of the next row)
    grid = bytearray(b'0' * W)
    for r in range(R):
        grid += data[2 + r]
        grid += b'0'
    grid += b'0' * W
    land = grid.translate(bytes.maketrans(b'01', b'\x00\x01'))
    islands = 0
    find = land.find
    p = find(1)
    while p != -1:
        islands += 1
        land[p] = 0
        stack = [p]
        push = stack.append
        pop = stack.pop
        while stack:
            u = pop()
            for v in (u - 1, u + 1, u - W, u + W):
                if land[v]:
                    land[v] = 0
                    push(v)
        p = find(1, p + 1)
    print(islands)


main()
