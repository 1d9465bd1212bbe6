// Prim's algorithm with a linear scan for the closest vertex: O(n^2 + m).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<pair<int, long long>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v;
        long long w;
        scanf("%d %d %lld", &u, &v, &w);
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    const long long INF = LLONG_MAX;
    vector<long long> best(n + 1, INF);
    vector<char> in(n + 1, 0);
    best[1] = 0;
    long long total = 0;
    for (int it = 0; it < n; it++) {
        int u = -1;
        for (int v = 1; v <= n; v++)
            if (!in[v] && best[v] != INF && (u == -1 || best[v] < best[u])) u = v;
        if (u == -1) {
            puts("IMPOSSIBLE");
            return 0;
        }
        in[u] = 1;
        total += best[u];
        for (auto [v, w] : adj[u])
            if (!in[v] && w < best[v]) best[v] = w;
    }
    printf("%lld\n", total);
}
