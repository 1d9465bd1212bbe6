#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    // indices of a decreasing sequence of candidates for the window maximum
    vector<int> dq(n);
    int head = 0, tail = 0;
    string out;
    for (int i = 0; i < n; i++) {
        while (tail > head && a[dq[tail - 1]] <= a[i]) tail--;
        dq[tail++] = i;
        if (dq[head] <= i - k) head++;
        if (i >= k - 1) {
            if (i > k - 1) out += ' ';
            out += to_string(a[dq[head]]);
        }
    }
    out += '\n';
    fputs(out.c_str(), stdout);
}
