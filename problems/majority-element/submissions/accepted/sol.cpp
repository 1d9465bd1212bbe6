#include <cstdio>

// Boyer-Moore majority vote: O(n) time, O(1) memory.
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long cand = 0;
    int cnt = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        if (cnt == 0) {
            cand = x;
            cnt = 1;
        } else if (x == cand) {
            cnt++;
        } else {
            cnt--;
        }
    }
    printf("%lld\n", cand);
    return 0;
}
