// Walks up one parent at a time: O(depth) per query.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> par(n + 1, 0);
    for (int v = 2; v <= n; v++) scanf("%d", &par[v]);
    vector<int> depth(n + 1, -1), path;
    depth[1] = 0;
    for (int v = 2; v <= n; v++) {
        int u = v;
        path.clear();
        while (depth[u] < 0) path.push_back(u), u = par[u];
        for (int i = (int)path.size() - 1; i >= 0; i--) depth[path[i]] = depth[par[path[i]]] + 1;
    }
    int q;
    scanf("%d", &q);
    while (q--) {
        int u, v;
        scanf("%d %d", &u, &v);
        while (depth[u] > depth[v]) u = par[u];
        while (depth[v] > depth[u]) v = par[v];
        while (u != v) u = par[u], v = par[v];
        printf("%d\n", u);
    }
}
