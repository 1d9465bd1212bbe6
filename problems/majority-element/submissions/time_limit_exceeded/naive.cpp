// Correct but quadratic: for each position counts how often its value occurs,
// stopping as soon as a value is seen more than n/2 times.
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    for (int i = 0; i < n; i++) {
        int cnt = 0;
        for (int j = 0; j < n; j++)
            if (a[j] == a[i] && ++cnt > n / 2) {
                printf("%lld\n", a[i]);
                return 0;
            }
    }
    return 0;
}
