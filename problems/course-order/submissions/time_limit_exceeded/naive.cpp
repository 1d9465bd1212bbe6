// Repeatedly scan all courses for one whose prerequisites are all taken:
// correct, but O(n * (n + m)) in the worst case.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<int>> pre(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        pre[b].push_back(a);
    }
    vector<char> taken(n + 1, 0);
    vector<int> order;
    for (int round = 0; round < n; round++) {
        int pick = -1;
        for (int v = 1; v <= n && pick == -1; v++) {
            if (taken[v]) continue;
            bool ok = true;
            for (int a : pre[v])
                if (!taken[a]) { ok = false; break; }
            if (ok) pick = v;
        }
        if (pick == -1) {
            puts("IMPOSSIBLE");
            return 0;
        }
        taken[pick] = 1;
        order.push_back(pick);
    }
    for (int i = 0; i < n; i++) printf("%d%c", order[i], i + 1 == n ? '\n' : ' ');
}
