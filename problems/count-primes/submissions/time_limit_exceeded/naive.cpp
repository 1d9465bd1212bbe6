// Runs a fresh sieve for every query: O(q * n log log n).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q--) {
        int n;
        scanf("%d", &n);
        vector<char> composite(n + 1, 0);
        int cnt = 0;
        for (long long i = 2; i <= n; i++) {
            if (composite[i]) continue;
            cnt++;
            for (long long j = i * i; j <= n; j += i) composite[j] = 1;
        }
        printf("%d\n", cnt);
    }
}
