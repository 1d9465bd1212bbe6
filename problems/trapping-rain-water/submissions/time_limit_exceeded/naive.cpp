// Scans both sides of every bar for its maxima: O(n^2).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> h(n);
    for (auto &x : h) scanf("%lld", &x);
    long long water = 0;
    for (int i = 0; i < n; i++) {
        long long l = 0, r = 0;
        for (int k = 0; k <= i; k++) l = max(l, h[k]);
        for (int k = i; k < n; k++) r = max(r, h[k]);
        water += min(l, r) - h[i];
    }
    printf("%lld\n", water);
}
