#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int t;
    if (!(std::cin >> t)) return 0;
    std::string s, w, out;
    while (t--) {
        std::cin >> s >> w;
        int cnt[256] = {0};
        for (unsigned char c : s) cnt[c]++;
        for (unsigned char c : w) cnt[c]--;
        bool ok = s.size() == w.size();
        for (int c = 0; c < 256 && ok; c++)
            if (cnt[c] != 0) ok = false;
        out += ok ? "YES\n" : "NO\n";
    }
    std::cout << out;
    return 0;
}
