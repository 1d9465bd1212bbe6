// Correct but exponential: enumerates every way to climb, one at a time
// (depth-first, with an explicit stack so that large n does not overflow the
// call stack), and counts them modulo 10^9 + 7.
#include <cstdio>
#include <vector>

int main() {
    const long long MOD = 1000000007LL;
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long count = 0;
    std::vector<int> stack;  // steps still to climb, for partial sequences
    stack.push_back(n);
    while (!stack.empty()) {
        int left = stack.back();
        stack.pop_back();
        if (left == 0) {
            count = (count + 1) % MOD;  // a complete sequence of moves
            continue;
        }
        stack.push_back(left - 1);
        if (left >= 2) stack.push_back(left - 2);
    }
    printf("%lld\n", count);
    return 0;
}
