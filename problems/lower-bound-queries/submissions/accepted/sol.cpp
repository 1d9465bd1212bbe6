#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    std::vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    std::string out;
    char buf[32];
    while (q--) {
        long long x;
        scanf("%lld", &x);
        size_t i = std::lower_bound(a.begin(), a.end(), x) - a.begin();
        snprintf(buf, sizeof buf, "%lld\n", i == a.size() ? -1LL : (long long)i + 1);
        out += buf;
    }
    fputs(out.c_str(), stdout);
    return 0;
}
