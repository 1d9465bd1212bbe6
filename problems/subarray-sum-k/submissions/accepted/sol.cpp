#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    // Sort the prefix sums with their positions; for each prefix p_r count
    // earlier prefixes equal to p_r - k.  Coordinate-compress to avoid hashing.
    vector<long long> p(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        long long x;
        scanf("%lld", &x);
        p[i] = p[i - 1] + x;
    }
    vector<long long> vals(p);
    sort(vals.begin(), vals.end());
    vals.erase(unique(vals.begin(), vals.end()), vals.end());
    vector<int> cnt(vals.size(), 0);
    long long ans = 0;
    for (int r = 0; r <= n; r++) {
        long long want = p[r] - k;
        auto it = lower_bound(vals.begin(), vals.end(), want);
        if (it != vals.end() && *it == want) ans += cnt[it - vals.begin()];
        cnt[lower_bound(vals.begin(), vals.end(), p[r]) - vals.begin()]++;
    }
    printf("%lld\n", ans);
}
