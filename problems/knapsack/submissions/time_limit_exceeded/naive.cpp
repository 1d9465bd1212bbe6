// Tries all 2^n subsets recursively.
#include <bits/stdc++.h>
using namespace std;

static int n;
static long long W;
static vector<long long> w, v;

static long long go(int i, long long cap) {
    if (i == n) return 0;
    long long best = go(i + 1, cap);
    if (w[i] <= cap) best = max(best, v[i] + go(i + 1, cap - w[i]));
    return best;
}

int main() {
    if (scanf("%d %lld", &n, &W) != 2) return 0;
    w.resize(n);
    v.resize(n);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &w[i], &v[i]);
    printf("%lld\n", go(0, W));
}
