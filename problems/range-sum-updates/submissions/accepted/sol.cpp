// Fenwick (binary indexed) tree over the array; an assignment becomes the
// addition of the difference to the old value.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<long long> a(n + 1), fw(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        scanf("%lld", &a[i]);
        fw[i] += a[i];
        int j = i + (i & -i);
        if (j <= n) fw[j] += fw[i];  // linear-time construction
    }
    auto prefix = [&](int i) {
        long long s = 0;
        for (; i > 0; i -= i & -i) s += fw[i];
        return s;
    };
    string out;
    while (q--) {
        int t;
        long long x, y;
        scanf("%d %lld %lld", &t, &x, &y);
        if (t == 1) {
            long long d = y - a[x];
            a[x] = y;
            for (int i = x; i <= n; i += i & -i) fw[i] += d;
        } else {
            out += to_string(prefix(y) - prefix(x - 1));
            out += '\n';
        }
    }
    fputs(out.c_str(), stdout);
}
