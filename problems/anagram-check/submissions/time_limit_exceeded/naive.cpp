// Correct but quadratic: for every character of s searches an unused equal
// character of w from the beginning, and marks it used.
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int t;
    if (!(std::cin >> t)) return 0;
    std::string s, w;
    while (t--) {
        std::cin >> s >> w;
        bool ok = s.size() == w.size();
        std::vector<char> used(w.size(), 0);
        for (size_t i = 0; i < s.size() && ok; i++) {
            bool found = false;
            for (size_t j = 0; j < w.size(); j++)
                if (!used[j] && w[j] == s[i]) {
                    used[j] = 1;
                    found = true;
                    break;
                }
            if (!found) ok = false;
        }
        std::cout << (ok ? "YES" : "NO") << '\n';
    }
    return 0;
}
