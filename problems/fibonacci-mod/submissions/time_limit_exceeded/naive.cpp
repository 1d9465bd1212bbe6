// Iterates the recurrence n times: O(n) per query.
#include <bits/stdc++.h>
using namespace std;

int main() {
    const unsigned long long MOD = 1000000007ULL;
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q--) {
        unsigned long long n, a = 0, b = 1;
        scanf("%llu", &n);
        for (unsigned long long i = 0; i < n; i++) {
            unsigned long long c = (a + b) % MOD;
            a = b;
            b = c;
        }
        printf("%llu\n", a);
    }
}
