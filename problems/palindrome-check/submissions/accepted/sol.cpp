#include <cctype>
#include <iostream>
#include <string>

static bool is_pal(const std::string &s) {
    size_t i = 0, j = s.size();
    while (true) {
        while (i < j && !std::isalnum((unsigned char)s[i])) i++;
        while (i < j && !std::isalnum((unsigned char)s[j - 1])) j--;
        if (j - i < 2) return true;
        if (std::tolower((unsigned char)s[i]) != std::tolower((unsigned char)s[j - 1])) return false;
        i++;
        j--;
    }
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int t;
    std::string line;
    if (!std::getline(std::cin, line)) return 0;
    t = std::stoi(line);
    std::string out;
    for (int k = 0; k < t; k++) {
        if (!std::getline(std::cin, line)) line.clear();
        out += is_pal(line) ? "YES\n" : "NO\n";
    }
    std::cout << out;
    return 0;
}
