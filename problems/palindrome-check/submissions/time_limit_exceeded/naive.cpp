// Correct but quadratic: compares the first and last relevant characters and
// then copies the rest of the string (without its two ends) for the next step.
#include <cctype>
#include <iostream>
#include <string>

static bool is_pal(std::string s) {
    for (;;) {
        size_t i = 0, j = s.size();
        while (i < j && !std::isalnum((unsigned char)s[i])) i++;
        while (i < j && !std::isalnum((unsigned char)s[j - 1])) j--;
        if (j - i < 2) return true;
        if (std::tolower((unsigned char)s[i]) != std::tolower((unsigned char)s[j - 1])) return false;
        s = s.substr(i + 1, j - i - 2);
    }
}

int main() {
    int t;
    std::string line;
    if (!std::getline(std::cin, line)) return 0;
    t = std::stoi(line);
    for (int k = 0; k < t; k++) {
        if (!std::getline(std::cin, line)) line.clear();
        std::cout << (is_pal(line) ? "YES" : "NO") << '\n';
    }
    return 0;
}
