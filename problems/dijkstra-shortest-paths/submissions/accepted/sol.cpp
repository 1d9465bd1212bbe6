#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<int> eu(m), ev(m);
    vector<long long> ew(m);
    vector<int> start(n + 2, 0);
    for (int i = 0; i < m; i++) {
        scanf("%d %d %lld", &eu[i], &ev[i], &ew[i]);
        start[eu[i] + 1]++;
    }
    // adjacency in compressed (CSR) form
    for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
    vector<int> to(m);
    vector<long long> wt(m);
    vector<int> pos(start.begin(), start.end());
    for (int i = 0; i < m; i++) {
        to[pos[eu[i]]] = ev[i];
        wt[pos[eu[i]]++] = ew[i];
    }
    vector<long long> dist(n + 1, -1);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> pq;
    dist[1] = 0;
    pq.push({0, 1});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (d != dist[u]) continue;  // outdated entry
        for (int e = start[u]; e < start[u + 1]; e++) {
            int v = to[e];
            long long nd = d + wt[e];
            if (dist[v] == -1 || nd < dist[v]) {
                dist[v] = nd;
                pq.push({nd, v});
            }
        }
    }
    string out;
    for (int v = 1; v <= n; v++) {
        if (v > 1) out += ' ';
        out += to_string(dist[v]);
    }
    out += '\n';
    fputs(out.c_str(), stdout);
}
