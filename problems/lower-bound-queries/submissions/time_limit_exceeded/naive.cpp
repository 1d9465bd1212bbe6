// Correct but O(n * q): scans the array from the left for every query.
#include <cstdio>
#include <vector>

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    std::vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    while (q--) {
        long long x;
        scanf("%lld", &x);
        int ans = -1;
        for (int i = 0; i < n; i++)
            if (a[i] >= x) {
                ans = i + 1;
                break;
            }
        printf("%d\n", ans);
    }
    return 0;
}
