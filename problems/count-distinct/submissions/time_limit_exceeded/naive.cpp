// Correct but quadratic: counts the positions whose value does not occur
// earlier in the array, scanning the prefix each time.
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    long long distinct = 0;
    for (int i = 0; i < n; i++) {
        bool seen = false;
        for (int j = 0; j < i; j++)
            if (a[j] == a[i]) {
                seen = true;
                break;
            }
        if (!seen) distinct++;
    }
    printf("%lld\n", distinct);
    return 0;
}
