#include <cstdio>
#include <string>

static long long gcd(long long a, long long b) {
    while (b) {
        long long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    std::string out;
    char buf[64];
    while (q--) {
        long long a, b;
        scanf("%lld %lld", &a, &b);
        long long g = gcd(a, b);
        snprintf(buf, sizeof buf, "%lld %lld\n", g, a / g * b);
        out += buf;
    }
    fputs(out.c_str(), stdout);
    return 0;
}
