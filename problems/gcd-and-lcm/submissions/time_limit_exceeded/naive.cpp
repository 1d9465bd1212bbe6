// Correct but slow: tries every candidate divisor from min(a, b) downwards.
// Up to 10^9 steps for a single pair.
#include <algorithm>
#include <cstdio>

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q--) {
        long long a, b;
        scanf("%lld %lld", &a, &b);
        long long g = std::min(a, b);
        while (a % g != 0 || b % g != 0) g--;
        printf("%lld %lld\n", g, a / g * b);
    }
    return 0;
}
