#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    std::vector<std::string> words;
    std::string w;
    while (std::cin >> w) words.push_back(w);
    std::string out;
    for (size_t i = words.size(); i-- > 0;) {
        out += words[i];
        out += i ? ' ' : '\n';
    }
    std::cout << out;
    return 0;
}
