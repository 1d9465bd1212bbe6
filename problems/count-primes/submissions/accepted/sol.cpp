// Sieve of Eratosthenes up to the largest query, then prefix counts.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    vector<int> ns(q);
    for (auto &x : ns) scanf("%d", &x);
    int N = max(2, *max_element(ns.begin(), ns.end()));
    vector<char> composite(N + 1, 0);
    for (long long i = 2; i * i <= N; i++)
        if (!composite[i])
            for (long long j = i * i; j <= N; j += i) composite[j] = 1;
    vector<int> pi(N + 1, 0);
    for (int i = 2; i <= N; i++) pi[i] = pi[i - 1] + !composite[i];
    string out;
    for (int x : ns) {
        out += to_string(pi[x]);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
}
