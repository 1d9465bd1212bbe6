// Union-find with union by size and path halving.
#include <bits/stdc++.h>
using namespace std;

static vector<int> parent, sz;

static int find(int v) {
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];
        v = parent[v];
    }
    return v;
}

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    parent.resize(n + 1);
    iota(parent.begin(), parent.end(), 0);
    sz.assign(n + 1, 1);
    string out;
    char op[16];
    while (q--) {
        int a, b;
        scanf("%15s %d %d", op, &a, &b);
        a = find(a), b = find(b);
        if (op[0] == 'u') {
            if (a == b) continue;
            if (sz[a] < sz[b]) swap(a, b);
            parent[b] = a;
            sz[a] += sz[b];
        } else {
            out += a == b ? "YES\n" : "NO\n";
        }
    }
    fputs(out.c_str(), stdout);
}
