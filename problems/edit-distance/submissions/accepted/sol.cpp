#include <bits/stdc++.h>
using namespace std;

int main() {
    static char bs[8192], bt[8192];
    if (scanf("%8191s %8191s", bs, bt) != 2) return 0;
    string s = bs, t = bt;
    int n = s.size(), m = t.size();
    // prev[j] = distance between s[0..i) and t[0..j)
    vector<int> prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; j++) prev[j] = j;
    for (int i = 1; i <= n; i++) {
        cur[0] = i;
        for (int j = 1; j <= m; j++) {
            int best = prev[j - 1] + (s[i - 1] != t[j - 1]);
            best = min(best, prev[j] + 1);
            best = min(best, cur[j - 1] + 1);
            cur[j] = best;
        }
        swap(prev, cur);
    }
    printf("%d\n", prev[m]);
}
