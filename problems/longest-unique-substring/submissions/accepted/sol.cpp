#include <algorithm>
#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::string s;
    std::cin >> s;
    // sliding window [left, i]: last[c] = 1 + last index where c occurred
    int last[256] = {0};
    int left = 0, best = 0;
    for (int i = 0; i < (int)s.size(); i++) {
        unsigned char c = s[i];
        left = std::max(left, last[c]);
        last[c] = i + 1;
        best = std::max(best, i - left + 1);
    }
    std::cout << best << '\n';
    return 0;
}
