// Fast doubling: F(2k) = F(k) * (2 F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2.
#include <bits/stdc++.h>
using namespace std;

typedef unsigned long long u64;
static const u64 MOD = 1000000007ULL;

// returns {F(n), F(n+1)} modulo MOD
static pair<u64, u64> fib(u64 n) {
    u64 a = 0, b = 1;  // F(k), F(k+1) for k = the bits of n read so far
    for (int bit = 63; bit >= 0; bit--) {
        u64 c = a * ((2 * b + MOD - a) % MOD) % MOD;  // F(2k)
        u64 d = (a * a + b * b) % MOD;                // F(2k+1)
        if ((n >> bit) & 1) a = d, b = (c + d) % MOD;
        else a = c, b = d;
    }
    return {a, b};
}

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q--) {
        u64 n;
        scanf("%llu", &n);
        printf("%llu\n", fib(n).first);
    }
}
