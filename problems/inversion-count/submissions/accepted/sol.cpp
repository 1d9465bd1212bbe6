// Merge sort, counting for every element of the right half how many elements
// of the left half are larger.
#include <bits/stdc++.h>
using namespace std;

static vector<long long> a, tmp;

static long long sort_count(int lo, int hi) {  // [lo, hi)
    if (hi - lo < 2) return 0;
    int mid = (lo + hi) / 2;
    long long inv = sort_count(lo, mid) + sort_count(mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[i] <= a[j]) tmp[k++] = a[i++];
        else {
            inv += mid - i;  // a[i..mid) are all larger than a[j]
            tmp[k++] = a[j++];
        }
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    copy(tmp.begin() + lo, tmp.begin() + hi, a.begin() + lo);
    return inv;
}

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    a.resize(n);
    tmp.resize(n);
    for (auto &x : a) scanf("%lld", &x);
    printf("%lld\n", sort_count(0, n));
}
