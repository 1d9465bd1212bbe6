// stdio.cpp: rotate-array as a stdin/stdout program (std::reverse, as sol.cpp).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    if (!(cin >> n >> k) || n < 1)
        return 1;
    vector<int> nums(n);
    for (auto &x : nums)
        cin >> x;
    k %= n;
    reverse(nums.begin(), nums.end());
    reverse(nums.begin(), nums.begin() + k);
    reverse(nums.begin() + k, nums.end());
    string out;
    out.reserve(12 * n);
    for (int i = 0; i < n; i++) {
        out += to_string(nums[i]);
        out += i + 1 < n ? ' ' : '\n';
    }
    cout << out;
    return 0;
}
