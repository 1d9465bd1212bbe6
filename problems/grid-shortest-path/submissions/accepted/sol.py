import sys


def main():
    data = sys.stdin.buffer.read().split()
    R, C = int(data[0]), int(data[1])
    W = C + 1  # one wall column after every row (also left of the next row)
    grid = bytearray(b'#' * W)
    for r in range(R):
        grid += data[2 + r]
        grid += b'#'
    grid += b'#' * W
    s = grid.find(b'S')
    e = grid.find(b'E')
    free = grid.translate(bytes.maketrans(b'#.SE', b'\x00\x01\x01\x01'))
    free[s] = 0
    frontier = [s]
    steps = 0
    while frontier:
        steps += 1
        nxt = []
        push = nxt.append
        for u in frontier:
            for v in (u - 1, u + 1, u - W, u + W):
                if free[v]:
                    free[v] = 0
                    push(v)
        if not free[e]:
            print(steps)
            return
        frontier = nxt
    print(-1)


main()
