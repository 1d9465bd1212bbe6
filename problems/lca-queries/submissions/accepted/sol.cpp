// LCA through a DFS preorder: for u != v with tin[u] < tin[v], the LCA is the
// parent with the smallest preorder index among the parents of the vertices
// at preorder positions tin[u]+1 .. tin[v].  Range minima come from a sparse
// table, so each query takes O(1).
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
    // children in compressed (CSR) form
    for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
    vector<int> child(max(n - 1, 0)), pos(start.begin(), start.end());
    for (int v = 2; v <= n; v++) child[pos[par[v]]++] = v;
    // iterative DFS preorder
    vector<int> order, tin(n + 1), stk = {1};
    order.reserve(n);
    while (!stk.empty()) {
        int v = stk.back();
        stk.pop_back();
        tin[v] = order.size();
        order.push_back(v);
        for (int e = start[v]; e < start[v + 1]; e++) stk.push_back(child[e]);
    }
    // table[k][i] = min of base[i .. i + 2^k), base[i] = tin[parent(order[i])]
    vector<vector<int>> table(1, vector<int>(n, 0));
    for (int i = 1; i < n; i++) table[0][i] = tin[par[order[i]]];
    for (int k = 1; (1 << k) <= n; k++) {
        const vector<int> &prev = table[k - 1];
        int len = n - (1 << k) + 1, half = 1 << (k - 1);
        vector<int> cur(len);
        for (int i = 0; i < len; i++) cur[i] = min(prev[i], prev[i + half]);
        table.push_back(move(cur));
    }
    int q;
    scanf("%d", &q);
    string out;
    out.reserve(q * 7);
    while (q--) {
        int u, v;
        scanf("%d %d", &u, &v);
        int ans = u;
        if (u != v) {
            int a = tin[u], b = tin[v];
            if (a > b) swap(a, b);
            int k = 31 - __builtin_clz(b - a);  // range [a+1, b] has b-a elements
            ans = order[min(table[k][a + 1], table[k][b + 1 - (1 << k)])];
        }
        out += to_string(ans);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
}
