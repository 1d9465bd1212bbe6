// Two pointers: the side with the lower running maximum determines the
// water level of its next bar.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> h(n);
    for (auto &x : h) scanf("%lld", &x);
    int i = 0, j = n - 1;
    long long lmax = 0, rmax = 0, water = 0;
    while (i <= j) {
        if (lmax <= rmax) {
            lmax = max(lmax, h[i]);
            water += lmax - h[i];
            i++;
        } else {
            rmax = max(rmax, h[j]);
            water += rmax - h[j];
            j--;
        }
    }
    printf("%lld\n", water);
}
