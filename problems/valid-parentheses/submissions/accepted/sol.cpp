#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int t;
    if (!(std::cin >> t)) return 0;
    std::string s, st, out;
    while (t--) {
        std::cin >> s;
        st.clear();
        bool ok = true;
        for (char c : s) {
            if (c == '(' || c == '[' || c == '{') {
                st.push_back(c);
            } else {
                char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (st.empty() || st.back() != want) {
                    ok = false;
                    break;
                }
                st.pop_back();
            }
        }
        out += (ok && st.empty()) ? "YES\n" : "NO\n";
    }
    std::cout << out;
    return 0;
}
