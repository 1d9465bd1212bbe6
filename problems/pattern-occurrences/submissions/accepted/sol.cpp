// Knuth-Morris-Pratt: the prefix function of the pattern lets the scan of the
// text continue without ever moving backwards.
#include <bits/stdc++.h>
using namespace std;

static char sbuf[1 << 20 | 16], pbuf[1 << 20 | 16];

int main() {
    if (scanf("%1048576s %1048576s", sbuf, pbuf) != 2) return 0;
    int n = strlen(sbuf), m = strlen(pbuf);
    vector<int> pi(m, 0);  // pi[i] = longest proper border of p[0..i]
    for (int i = 1; i < m; i++) {
        int k = pi[i - 1];
        while (k > 0 && pbuf[i] != pbuf[k]) k = pi[k - 1];
        if (pbuf[i] == pbuf[k]) k++;
        pi[i] = k;
    }
    long long count = 0;
    int k = 0;  // length of the current match
    for (int i = 0; i < n; i++) {
        while (k > 0 && sbuf[i] != pbuf[k]) k = pi[k - 1];
        if (sbuf[i] == pbuf[k]) k++;
        if (k == m) {
            count++;
            k = pi[k - 1];
        }
    }
    printf("%lld\n", count);
}
