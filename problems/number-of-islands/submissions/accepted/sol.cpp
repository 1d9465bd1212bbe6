#include <cstdio>
#include <string>
#include <vector>

int main() {
    int R, C;
    if (scanf("%d %d", &R, &C) != 2) return 0;
    // padded grid: a border of water around the map
    const int W = C + 2;
    std::vector<char> land((R + 2) * W, 0);
    static char buf[1 << 11];
    for (int r = 1; r <= R; r++) {
        if (scanf("%1000s", buf) != 1) return 0;
        for (int c = 1; c <= C; c++) land[r * W + c] = buf[c - 1] == '1';
    }
    std::vector<int> stack;
    stack.reserve(R * C);
    long long islands = 0;
    for (int p = 0; p < (int)land.size(); p++) {
        if (!land[p]) continue;
        islands++;
        land[p] = 0;
        stack.push_back(p);
        while (!stack.empty()) {
            int u = stack.back();
            stack.pop_back();
            const int nb[4] = {u - 1, u + 1, u - W, u + W};
            for (int v : nb)
                if (land[v]) {
                    land[v] = 0;
                    stack.push_back(v);
                }
        }
    }
    printf("%lld\n", islands);
    return 0;
}
