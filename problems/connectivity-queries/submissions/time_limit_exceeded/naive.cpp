// Stores the edges and answers each query with a fresh BFS: O(q * (n + q)).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<vector<int>> adj(n + 1);
    vector<int> seen(n + 1, -1), queue;
    char op[16];
    for (int t = 0; t < q; t++) {
        int a, b;
        scanf("%15s %d %d", op, &a, &b);
        if (op[0] == 'u') {
            adj[a].push_back(b);
            adj[b].push_back(a);
            continue;
        }
        queue.assign(1, a);
        seen[a] = t;
        bool found = a == b;
        for (size_t i = 0; i < queue.size() && !found; i++)
            for (int w : adj[queue[i]])
                if (seen[w] != t) {
                    seen[w] = t;
                    queue.push_back(w);
                    if (w == b) found = true;
                }
        puts(found ? "YES" : "NO");
    }
}
