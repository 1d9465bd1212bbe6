// Correct but quadratic: recomputes the sum of every prefix from scratch and
// keeps the last one. O(n^2) additions, far too slow for n = 2e5.
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    long long total = 0;
    for (int i = 0; i < n; i++) {
        volatile long long prefix = 0;
        for (int j = 0; j <= i; j++) prefix = prefix + a[j];
        total = prefix;
    }
    printf("%.9f\n", (double)total / n);
    return 0;
}
