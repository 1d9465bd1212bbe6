// Kruskal: take edges in increasing order of weight, skipping those that
// would close a cycle (checked with union-find).
#include <bits/stdc++.h>
using namespace std;

static vector<int> parent;

static int find(int v) {
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];
        v = parent[v];
    }
    return v;
}

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<array<long long, 3>> edges(m);
    for (auto &e : edges) scanf("%lld %lld %lld", &e[1], &e[2], &e[0]);
    sort(edges.begin(), edges.end());
    parent.resize(n + 1);
    iota(parent.begin(), parent.end(), 0);
    long long total = 0;
    int used = 0;
    for (auto &e : edges) {
        int a = find(e[1]), b = find(e[2]);
        if (a == b) continue;
        parent[a] = b;
        total += e[0];
        if (++used == n - 1) break;
    }
    if (used < n - 1) puts("IMPOSSIBLE");
    else printf("%lld\n", total);
}
