// Correct but quadratic: tries every left end and extends to the right.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    long long best = a[0];
    for (int l = 0; l < n; l++) {
        long long s = 0;
        for (int r = l; r < n; r++) {
            s += a[r];
            best = std::max(best, s);
        }
    }
    printf("%lld\n", best);
    return 0;
}
