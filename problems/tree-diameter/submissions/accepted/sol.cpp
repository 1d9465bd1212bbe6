#include <bits/stdc++.h>
using namespace std;

static int n;
static vector<int> start, to;  // adjacency in compressed (CSR) form
static vector<long long> wt;

// Distances from src to every vertex, computed with an explicit stack.
static vector<long long> distances(int src) {
    vector<long long> dist(n + 1, -1);
    vector<int> stack = {src};
    dist[src] = 0;
    while (!stack.empty()) {
        int u = stack.back();
        stack.pop_back();
        for (int e = start[u]; e < start[u + 1]; e++) {
            int v = to[e];
            if (dist[v] < 0) {
                dist[v] = dist[u] + wt[e];
                stack.push_back(v);
            }
        }
    }
    return dist;
}

int main() {
    if (scanf("%d", &n) != 1) return 0;
    vector<int> eu(n - 1), ev(n - 1);
    vector<long long> ew(n - 1);
    start.assign(n + 2, 0);
    for (int i = 0; i < n - 1; i++) {
        scanf("%d %d %lld", &eu[i], &ev[i], &ew[i]);
        start[eu[i] + 1]++;
        start[ev[i] + 1]++;
    }
    for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
    to.resize(2 * (n - 1));
    wt.resize(2 * (n - 1));
    vector<int> fill(start.begin(), start.end());
    for (int i = 0; i < n - 1; i++) {
        to[fill[eu[i]]] = ev[i], wt[fill[eu[i]]++] = ew[i];
        to[fill[ev[i]]] = eu[i], wt[fill[ev[i]]++] = ew[i];
    }
    // The vertex farthest from any vertex is an end of some diameter.
    vector<long long> d1 = distances(1);
    int far = max_element(d1.begin() + 1, d1.end()) - d1.begin();
    vector<long long> d2 = distances(far);
    printf("%lld\n", *max_element(d2.begin() + 1, d2.end()));
}
