// Correct but slow: label propagation. Every land cell starts with its own
// label; sweeps over the whole grid replace each label by the smallest label
// among the cell and its land neighbours until nothing changes. The number of
// sweeps grows with the length of winding islands.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int R, C;
    if (scanf("%d %d", &R, &C) != 2) return 0;
    std::vector<int> label(R * C, -1);
    static char buf[1 << 11];
    for (int r = 0; r < R; r++) {
        if (scanf("%1000s", buf) != 1) return 0;
        for (int c = 0; c < C; c++)
            if (buf[c] == '1') label[r * C + c] = r * C + c;
    }
    bool changed = true;
    while (changed) {
        changed = false;
        for (int r = 0; r < R; r++)
            for (int c = 0; c < C; c++) {
                int p = r * C + c;
                if (label[p] < 0) continue;
                int m = label[p];
                if (c > 0 && label[p - 1] >= 0) m = std::min(m, label[p - 1]);
                if (c + 1 < C && label[p + 1] >= 0) m = std::min(m, label[p + 1]);
                if (r > 0 && label[p - C] >= 0) m = std::min(m, label[p - C]);
                if (r + 1 < R && label[p + C] >= 0) m = std::min(m, label[p + C]);
                if (m < label[p]) {
                    label[p] = m;
                    changed = true;
                }
            }
    }
    long long islands = 0;
    for (int p = 0; p < R * C; p++)
        if (label[p] == p) islands++;
    printf("%lld\n", islands);
    return 0;
}
