// Manacher's algorithm on the string with separators inserted between letters
// (so that even- and odd-length palindromes are handled alike).
#include <bits/stdc++.h>
using namespace std;

int main() {
    static char buf[1 << 21];
    if (scanf("%2000000s", buf) != 1) return 0;
    int n = strlen(buf);
    // t = ^ # s1 # s2 # ... # sn # $
    string t = "^#";
    for (int i = 0; i < n; i++) {
        t += buf[i];
        t += '#';
    }
    t += '$';
    int m = t.size();
    vector<int> p(m, 0);
    int c = 0, r = 0, best = 0;
    for (int i = 1; i < m - 1; i++) {
        int k = r > i ? min(r - i, p[2 * c - i]) : 0;
        while (t[i + 1 + k] == t[i - 1 - k]) k++;
        p[i] = k;
        if (i + k > r) c = i, r = i + k;
        best = max(best, k);
    }
    // the radius around a centre in t equals the palindrome length in s
    printf("%d\n", best);
}
