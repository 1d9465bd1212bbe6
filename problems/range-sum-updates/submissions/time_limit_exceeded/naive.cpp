// Sums each range element by element: O(n) per query.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<long long> a(n + 1);
    for (int i = 1; i <= n; i++) scanf("%lld", &a[i]);
    while (q--) {
        int t;
        long long x, y;
        scanf("%d %lld %lld", &t, &x, &y);
        if (t == 1) {
            a[x] = y;
        } else {
            long long s = 0;
            for (long long i = x; i <= y; i++) s += a[i];
            printf("%lld\n", s);
        }
    }
}
