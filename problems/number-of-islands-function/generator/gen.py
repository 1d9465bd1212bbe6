#!/usr/bin/env python3
"""Secret tests for number-of-islands-function: python3 gen.py OUTDIR (.in, .ans)"""
import json
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(20261311)
MAXS = 300


def count(g):
    m, n = len(g), len(g[0])
    seen = [[False] * n for _ in range(m)]
    res = 0
    for i in range(m):
        for j in range(n):
            if g[i][j] != "1" or seen[i][j]:
                continue
            res += 1
            seen[i][j] = True
            stack = [(i, j)]
            while stack:
                r, c = stack.pop()
                for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= rr < m and 0 <= cc < n and g[rr][cc] == "1" \
                            and not seen[rr][cc]:
                        seen[rr][cc] = True
                        stack.append((rr, cc))
    return res


def write(name, rows, want=None):
    g = [list(r) for r in rows]
    m, n = len(g), len(g[0])
    assert 1 <= m <= MAXS and 1 <= n <= MAXS
    assert all(len(r) == n and set(r) <= {"0", "1"} for r in g)
    ans = count(g)
    if want is not None:
        assert ans == want, (name, ans)
    with open(os.path.join(out, name + ".in"), "w") as f:
        f.write(json.dumps(g, separators=(",", ":")) + "\n")
    with open(os.path.join(out, name + ".ans"), "w") as f:
        f.write("%d\n" % ans)


def rand(m, n, p):
    return ["".join("1" if rng.random() < p else "0" for _ in range(n))
            for _ in range(m)]


def snake(m, n):
    """Land rows joined at alternating ends: one island, one long path."""
    rows = []
    for i in range(m):
        if i % 2 == 0:
            rows.append("1" * n)
        elif i % 4 == 1:
            rows.append("0" * (n - 1) + "1")
        else:
            rows.append("1" + "0" * (n - 1))
    return rows


def spiral(s):
    """A one-cell-wide land path spiralling in to the centre."""
    g = [["0"] * s for _ in range(s)]
    r, c = 0, 0
    dr, dc = 0, 1
    g[0][0] = "1"

    def free(r, c):
        # a cell may become land if it is inside, water, and the cell two
        # steps ahead is not land (keeps a water wall between turns)
        return 0 <= r < s and 0 <= c < s and g[r][c] == "0" and not (
            0 <= r + dr < s and 0 <= c + dc < s and g[r + dr][c + dc] == "1")
    while True:
        moved = False
        for _ in range(2):
            if free(r + dr, c + dc):
                r, c = r + dr, c + dc
                g[r][c] = "1"
                moved = True
                break
            dr, dc = dc, -dr      # turn right
        if not moved:
            break
    return ["".join(row) for row in g]


write("01-one-water", ["0"], 0)
write("02-one-land", ["1"], 1)
write("03-one-row", ["1101011"], 3)
write("04-one-column", list("1011100111"), 3)
write("05-all-water", ["0000"] * 3, 0)
write("06-diagonals", ["1010", "0101", "1010"], 6)
write("07-lake-with-island", ["11111", "10001", "10101", "10001", "11111"], 2)
write("08-small-random", rand(8, 12, 0.45))
write("09-max-all-land", ["1" * MAXS] * MAXS, 1)
write("10-max-checkerboard",
      ["".join("1" if (i + j) % 2 == 0 else "0" for j in range(MAXS))
       for i in range(MAXS)], MAXS * MAXS // 2)
write("11-max-snake", snake(MAXS, MAXS), 1)
write("12-max-spiral", spiral(MAXS), 1)
write("13-max-random-sparse", rand(MAXS, MAXS, 0.3))
write("14-max-random-critical", rand(MAXS, MAXS, 0.59))
write("15-max-one-row", ["10" * (MAXS // 2)], MAXS // 2)
write("16-max-one-column", ["1"] * (MAXS - 1) + ["0"], 1)
