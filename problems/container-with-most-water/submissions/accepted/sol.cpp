// Two pointers: the shorter of the two end lines can never do better with
// any line in between, so it is discarded.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> h(n);
    for (auto &x : h) scanf("%lld", &x);
    int i = 0, j = n - 1;
    long long best = 0;
    while (i < j) {
        best = max(best, (long long)(j - i) * min(h[i], h[j]));
        if (h[i] < h[j]) i++;
        else j--;
    }
    printf("%lld\n", best);
}
