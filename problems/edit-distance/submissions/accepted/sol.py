# Bit-parallel edit distance (Myers 1999, in Hyyro's formulation for the
# global distance): one column of the DP table is kept as bit vectors of the
# vertical differences, so each character of t costs a few big-integer ops.
import sys


def edit_distance(a, b):
    m = len(a)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    peq = {}
    for i, ch in enumerate(a):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    pv = mask  # vertical deltas +1
    mv = 0     # vertical deltas -1
    score = m
    for ch in b:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
    return score


def main():
    data = sys.stdin.buffer.read().split()
    s, t = data[0], data[1]
    print(edit_distance(s, t))


main()
