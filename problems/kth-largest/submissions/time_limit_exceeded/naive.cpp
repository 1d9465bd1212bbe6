// Re-sorts everything after each arrival: O(n^2 log n).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<long long> seen;
    for (int i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        seen.push_back(x);
        sort(seen.begin(), seen.end(), greater<long long>());
        printf("%lld%c", (int)seen.size() < k ? -1LL : seen[k - 1], i + 1 == n ? '\n' : ' ');
    }
}
