// Correct but slow: Bellman-Ford style relaxation. Sweeps over the whole grid
// lowering dist[v] to dist[neighbour] + 1 until nothing changes; winding paths
// need many sweeps.
#include <cstdio>
#include <vector>

int main() {
    int R, C;
    if (scanf("%d %d", &R, &C) != 2) return 0;
    std::vector<char> freec(R * C);
    int s = -1, e = -1;
    static char buf[1 << 11];
    for (int r = 0; r < R; r++) {
        if (scanf("%1000s", buf) != 1) return 0;
        for (int c = 0; c < C; c++) {
            freec[r * C + c] = buf[c] != '#';
            if (buf[c] == 'S') s = r * C + c;
            if (buf[c] == 'E') e = r * C + c;
        }
    }
    const int INF = 1 << 30;
    std::vector<int> dist(R * C, INF);
    dist[s] = 0;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int r = 0; r < R; r++)
            for (int c = 0; c < C; c++) {
                int p = r * C + c;
                if (!freec[p]) continue;
                int best = dist[p];
                if (c > 0 && dist[p - 1] + 1 < best) best = dist[p - 1] + 1;
                if (c + 1 < C && dist[p + 1] + 1 < best) best = dist[p + 1] + 1;
                if (r > 0 && dist[p - C] + 1 < best) best = dist[p - C] + 1;
                if (r + 1 < R && dist[p + C] + 1 < best) best = dist[p + C] + 1;
                if (best < dist[p]) {
                    dist[p] = best;
                    changed = true;
                }
            }
    }
    printf("%d\n", dist[e] >= INF ? -1 : dist[e]);
    return 0;
}
