// For every vertex, finds the vertices it reaches and the vertices reaching
// it by BFS; it is counted if it is the smallest vertex of its component.
// O(n * (n + m)).
#include <bits/stdc++.h>
using namespace std;

static vector<char> reach(int s, const vector<vector<int>> &g, int n) {
    vector<char> seen(n + 1, 0);
    vector<int> q = {s};
    seen[s] = 1;
    for (size_t i = 0; i < q.size(); i++)
        for (int w : g[q[i]])
            if (!seen[w]) seen[w] = 1, q.push_back(w);
    return seen;
}

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<int>> g(n + 1), r(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        g[a].push_back(b);
        r[b].push_back(a);
    }
    int components = 0;
    for (int v = 1; v <= n; v++) {
        vector<char> fw = reach(v, g, n), bw = reach(v, r, n);
        bool smallest = true;
        for (int u = 1; u < v && smallest; u++)
            if (fw[u] && bw[u]) smallest = false;
        if (smallest) components++;
    }
    printf("%d\n", components);
}
