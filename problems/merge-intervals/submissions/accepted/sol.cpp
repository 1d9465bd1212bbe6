#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<std::pair<long long, long long>> v(n);
    for (auto &p : v) scanf("%lld %lld", &p.first, &p.second);
    std::sort(v.begin(), v.end());
    std::vector<std::pair<long long, long long>> res;
    for (auto &p : v) {
        if (!res.empty() && p.first <= res.back().second)
            res.back().second = std::max(res.back().second, p.second);
        else
            res.push_back(p);
    }
    std::string out = std::to_string(res.size()) + "\n";
    char buf[64];
    for (auto &p : res) {
        snprintf(buf, sizeof buf, "%lld %lld\n", p.first, p.second);
        out += buf;
    }
    fputs(out.c_str(), stdout);
    return 0;
}
