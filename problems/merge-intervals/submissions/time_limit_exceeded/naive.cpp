// Correct but quadratic: keeps the intervals in a sorted array and inserts
// each new one by shifting larger elements (insertion sort), then merges.
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<std::pair<long long, long long>> v;
    for (int i = 0; i < n; i++) {
        std::pair<long long, long long> p;
        scanf("%lld %lld", &p.first, &p.second);
        v.push_back(p);
        size_t j = v.size() - 1;
        while (j > 0 && v[j - 1] > p) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = p;
    }
    std::vector<std::pair<long long, long long>> res;
    for (auto &p : v) {
        if (!res.empty() && p.first <= res.back().second)
            res.back().second = std::max(res.back().second, p.second);
        else
            res.push_back(p);
    }
    printf("%zu\n", res.size());
    for (auto &p : res) printf("%lld %lld\n", p.first, p.second);
    return 0;
}
