// O(n^2) Dijkstra without a heap: correct, too slow for n = 2e5.
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
    }
    vector<long long> dist(n + 1, -1);
    vector<char> done(n + 1, 0);
    dist[1] = 0;
    for (int it = 0; it < n; it++) {
        int u = -1;
        for (int v = 1; v <= n; v++)
            if (!done[v] && dist[v] != -1 && (u == -1 || dist[v] < dist[u])) u = v;
        if (u == -1) break;
        done[u] = 1;
        for (auto [v, w] : adj[u]) {
            long long nd = dist[u] + w;
            if (dist[v] == -1 || nd < dist[v]) dist[v] = nd;
        }
    }
    for (int v = 1; v <= n; v++) printf("%lld%c", dist[v], v == n ? '\n' : ' ');
}
