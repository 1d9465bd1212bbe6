// Computes the distances from every vertex: O(n^2).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<vector<pair<int, long long>>> adj(n + 1);
    for (int i = 0; i < n - 1; i++) {
        int u, v;
        long long w;
        scanf("%d %d %lld", &u, &v, &w);
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    long long best = 0;
    vector<long long> dist(n + 1);
    vector<int> stack;
    for (int s = 1; s <= n; s++) {
        fill(dist.begin(), dist.end(), -1);
        dist[s] = 0;
        stack.assign(1, s);
        while (!stack.empty()) {
            int u = stack.back();
            stack.pop_back();
            best = max(best, dist[u]);
            for (auto [v, w] : adj[u])
                if (dist[v] < 0) {
                    dist[v] = dist[u] + w;
                    stack.push_back(v);
                }
        }
    }
    printf("%lld\n", best);
}
