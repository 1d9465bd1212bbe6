#include <cstdio>
#include <unordered_map>

int main() {
    int n;
    long long t;
    if (scanf("%d %lld", &n, &t) != 2) return 0;
    std::unordered_map<long long, int> first;  // value -> first position seen
    first.reserve(2 * n);
    for (int j = 1; j <= n; j++) {
        long long x;
        scanf("%lld", &x);
        auto it = first.find(t - x);
        if (it != first.end()) {
            printf("%d %d\n", it->second, j);
            return 0;
        }
        first.emplace(x, j);
    }
    return 0;
}
