#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    // min-heap holding the k largest numbers seen so far
    priority_queue<long long, vector<long long>, greater<long long>> heap;
    string out;
    for (int i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        if ((int)heap.size() < k) {
            heap.push(x);
        } else if (x > heap.top()) {
            heap.pop();
            heap.push(x);
        }
        if (i) out += ' ';
        out += to_string((int)heap.size() < k ? -1LL : heap.top());
    }
    out += '\n';
    fputs(out.c_str(), stdout);
}
