#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    std::sort(a.begin(), a.end());
    long long distinct = std::unique(a.begin(), a.end()) - a.begin();
    printf("%lld\n", distinct);
    return 0;
}
