// Correct but slow brute force: checks every substring s[i..j] separately
// for repeated characters. At least quadratic in |s|.
#include <iostream>
#include <string>

static bool all_distinct(const std::string &s, int i, int j) {
    bool seen[256] = {false};
    for (int k = i; k <= j; k++) {
        unsigned char c = s[k];
        if (seen[c]) return false;
        seen[c] = true;
    }
    return true;
}

int main() {
    std::string s;
    std::cin >> s;
    int n = s.size(), best = 0;
    for (int i = 0; i < n; i++)
        for (int j = i; j < n; j++)
            if (all_distinct(s, i, j) && j - i + 1 > best) best = j - i + 1;
    std::cout << best << '\n';
    return 0;
}
