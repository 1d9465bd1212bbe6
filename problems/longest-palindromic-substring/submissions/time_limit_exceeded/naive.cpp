// Expands around every centre: O(n^2) on strings such as "aaaa...".
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    int n = s.size(), best = 0;
    for (int c = 0; c < n; c++) {
        int l = c, r = c;  // odd length
        while (l >= 0 && r < n && s[l] == s[r]) l--, r++;
        best = max(best, r - l - 1);
        l = c, r = c + 1;  // even length
        while (l >= 0 && r < n && s[l] == s[r]) l--, r++;
        best = max(best, r - l - 1);
    }
    printf("%d\n", best);
}
