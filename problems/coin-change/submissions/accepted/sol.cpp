#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, A;
    if (scanf("%d %d", &n, &A) != 2) return 0;
    std::vector<int> c(n);
    for (auto &x : c) scanf("%d", &x);
    const int INF = 1 << 30;
    // dp[x] = minimum number of coins with total x
    std::vector<int> dp(A + 1, INF);
    dp[0] = 0;
    for (int coin : c)
        for (int x = coin; x <= A; x++)
            if (dp[x - coin] + 1 < dp[x]) dp[x] = dp[x - coin] + 1;
    printf("%d\n", dp[A] >= INF ? -1 : dp[A]);
    return 0;
}
