// Compares the pattern at every position: O(|s| * |p|).
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s, p;
    cin >> s >> p;
    long long count = 0;
    for (size_t i = 0; i + p.size() <= s.size(); i++) {
        size_t j = 0;
        while (j < p.size() && s[i + j] == p[j]) j++;
        if (j == p.size()) count++;
    }
    printf("%lld\n", count);
}
