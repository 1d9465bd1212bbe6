// Tarjan's algorithm with an explicit call stack.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<int> ea(m), eb(m), start(n + 2, 0);
    for (int i = 0; i < m; i++) {
        scanf("%d %d", &ea[i], &eb[i]);
        start[ea[i] + 1]++;
    }
    // adjacency in compressed (CSR) form
    for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
    vector<int> to(m), pos(start.begin(), start.end());
    for (int i = 0; i < m; i++) to[pos[ea[i]]++] = eb[i];

    vector<int> index(n + 1, 0), low(n + 1, 0), next(n + 1, 0);
    vector<char> onstack(n + 1, 0);
    vector<int> stk, call;
    int counter = 0, components = 0;
    for (int s = 1; s <= n; s++) {
        if (index[s]) continue;
        index[s] = low[s] = ++counter;
        stk.push_back(s), onstack[s] = 1;
        call.push_back(s);
        next[s] = start[s];
        while (!call.empty()) {
            int v = call.back();
            if (next[v] < start[v + 1]) {
                int w = to[next[v]++];
                if (!index[w]) {
                    index[w] = low[w] = ++counter;
                    stk.push_back(w), onstack[w] = 1;
                    call.push_back(w);
                    next[w] = start[w];
                } else if (onstack[w]) {
                    low[v] = min(low[v], index[w]);
                }
                continue;
            }
            call.pop_back();
            if (!call.empty()) low[call.back()] = min(low[call.back()], low[v]);
            if (low[v] == index[v]) {  // v is the root of a component
                components++;
                int w;
                do {
                    w = stk.back();
                    stk.pop_back();
                    onstack[w] = 0;
                } while (w != v);
            }
        }
    }
    printf("%d\n", components);
}
