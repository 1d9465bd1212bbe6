#include <cstdio>
#include <string>
#include <vector>

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    std::vector<long long> pre(n + 1, 0);  // pre[i] = a_1 + ... + a_i
    for (int i = 1; i <= n; i++) {
        long long x;
        scanf("%lld", &x);
        pre[i] = pre[i - 1] + x;
    }
    std::string out;
    char buf[32];
    while (q--) {
        int l, r;
        scanf("%d %d", &l, &r);
        snprintf(buf, sizeof buf, "%lld\n", pre[r] - pre[l - 1]);
        out += buf;
    }
    fputs(out.c_str(), stdout);
    return 0;
}
