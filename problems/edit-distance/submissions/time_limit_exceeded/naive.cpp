// Plain recursion without memoization: exponential time.
#include <bits/stdc++.h>
using namespace std;

static string s, t;

static int go(size_t i, size_t j) {
    if (i == s.size()) return t.size() - j;
    if (j == t.size()) return s.size() - i;
    if (s[i] == t[j]) return go(i + 1, j + 1);
    return 1 + min({go(i + 1, j + 1), go(i + 1, j), go(i, j + 1)});
}

int main() {
    cin >> s >> t;
    printf("%d\n", go(0, 0));
}
