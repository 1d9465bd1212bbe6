// Correct but exponential: plain recursion over the first coin to use,
// without memoisation.
#include <cstdio>
#include <vector>

static std::vector<int> c;
static const int INF = 1 << 30;

static int best(int amount) {
    if (amount == 0) return 0;
    int res = INF;
    for (int coin : c)
        if (coin <= amount) {
            int r = best(amount - coin);
            if (r + 1 < res) res = r + 1;
        }
    return res;
}

int main() {
    int n, A;
    if (scanf("%d %d", &n, &A) != 2) return 0;
    c.resize(n);
    for (auto &x : c) scanf("%d", &x);
    int r = best(A);
    printf("%d\n", r >= INF ? -1 : r);
    return 0;
}
