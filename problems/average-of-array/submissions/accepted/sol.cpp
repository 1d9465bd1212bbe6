#include <cstdio>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long sum = 0;  // exact: |sum| <= 2e14
    for (int i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        sum += x;
    }
    // sum is exactly representable as a double (|sum| < 2^53)
    printf("%.9f\n", (double)sum / n);
    return 0;
}
