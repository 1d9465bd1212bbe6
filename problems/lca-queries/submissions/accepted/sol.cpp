// Binary lifting: up[i][k] is the 2^k-th ancestor of i.  Vertices are
// relabelled in BFS order internally, so ancestors come before descendants.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> par(n + 1, 0), start(n + 2, 0);
    for (int v = 2; v <= n; v++) {
        scanf("%d", &par[v]);
        start[par[v] + 1]++;
    }
    // children in compressed (CSR) form, then BFS from the root
    for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
    vector<int> child(max(n - 1, 0)), pos(start.begin(), start.end());
    for (int v = 2; v <= n; v++) child[pos[par[v]]++] = v;
    vector<int> order = {1}, id(n + 1);
    order.reserve(n);
    for (size_t i = 0; i < order.size(); i++) {
        int u = order[i];
        id[u] = i;
        for (int e = start[u]; e < start[u + 1]; e++) order.push_back(child[e]);
    }
    const int LOG = 18;  // 2^18 > 2e5
    vector<array<int, LOG>> up(n);
    vector<int> depth(n, 0);
    up[0].fill(0);
    for (int i = 1; i < n; i++) {
        up[i][0] = id[par[order[i]]];
        depth[i] = depth[up[i][0]] + 1;
        for (int k = 1; k < LOG; k++) up[i][k] = up[up[i][k - 1]][k - 1];
    }

    int q;
    scanf("%d", &q);
    string out;
    out.reserve(q * 7);
    while (q--) {
        int u, v;
        scanf("%d %d", &u, &v);
        u = id[u], v = id[v];
        if (depth[u] < depth[v]) swap(u, v);
        int diff = depth[u] - depth[v];
        for (int k = 0; diff; k++, diff >>= 1)
            if (diff & 1) u = up[u][k];
        if (u != v) {
            for (int k = LOG - 1; k >= 0; k--)
                if (up[u][k] != up[v][k]) u = up[u][k], v = up[v][k];
            u = up[u][0];
        }
        out += to_string(order[u]);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
}
