#include <cstdio>
#include <vector>

int main() {
    int R, C;
    if (scanf("%d %d", &R, &C) != 2) return 0;
    // padded grid: a border of walls around the map
    const int W = C + 2;
    std::vector<char> freec((R + 2) * W, 0);
    int s = -1, e = -1;
    static char buf[1 << 11];
    for (int r = 1; r <= R; r++) {
        if (scanf("%1000s", buf) != 1) return 0;
        for (int c = 1; c <= C; c++) {
            char ch = buf[c - 1];
            int p = r * W + c;
            freec[p] = ch != '#';
            if (ch == 'S') s = p;
            if (ch == 'E') e = p;
        }
    }
    std::vector<int> dist(freec.size(), -1), queue;
    queue.reserve(R * C);
    dist[s] = 0;
    queue.push_back(s);
    for (size_t head = 0; head < queue.size() && dist[e] < 0; head++) {
        int u = queue[head];
        const int nb[4] = {u - 1, u + 1, u - W, u + W};
        for (int v : nb)
            if (freec[v] && dist[v] < 0) {
                dist[v] = dist[u] + 1;
                queue.push_back(v);
            }
    }
    printf("%d\n", dist[e]);
    return 0;
}
