#include <algorithm>
#include <cstdio>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long best = 0, cur = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        // cur = best sum of a subarray ending at i (Kadane)
        cur = (i == 0) ? x : std::max(x, cur + x);
        best = (i == 0) ? cur : std::max(best, cur);
    }
    printf("%lld\n", best);
    return 0;
}
