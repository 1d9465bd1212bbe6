// Correct but quadratic: repeatedly deletes adjacent matching pairs "()",
// "[]", "{}" until nothing changes; the string is valid iff it becomes empty.
// A deeply nested string needs |s|/2 passes of O(|s|) each.
#include <iostream>
#include <string>

static bool match(char a, char b) {
    return (a == '(' && b == ')') || (a == '[' && b == ']') || (a == '{' && b == '}');
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int t;
    if (!(std::cin >> t)) return 0;
    std::string s;
    while (t--) {
        std::cin >> s;
        for (;;) {
            std::string next;
            for (size_t i = 0; i < s.size();) {
                if (i + 1 < s.size() && match(s[i], s[i + 1])) {
                    i += 2;
                } else {
                    next += s[i];
                    i++;
                }
            }
            if (next.size() == s.size()) break;
            s.swap(next);
        }
        std::cout << (s.empty() ? "YES" : "NO") << '\n';
    }
    return 0;
}
