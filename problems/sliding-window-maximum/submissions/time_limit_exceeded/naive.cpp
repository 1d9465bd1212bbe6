// Scans every window: O(n * k).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    for (int i = 0; i + k <= n; i++) {
        long long best = a[i];
        for (int j = i + 1; j < i + k; j++) best = max(best, a[j]);
        printf("%lld%c", best, i + k == n ? '\n' : ' ');
    }
}
