// Correct but quadratic: builds the answer by prepending each word to the
// whole result so far, copying the result every time.
#include <iostream>
#include <string>

int main() {
    std::string line;
    std::getline(std::cin, line);
    std::string res, word;
    for (size_t i = 0; i <= line.size(); i++) {
        char c = i < line.size() ? line[i] : ' ';
        if (c == ' ' || c == '\r' || c == '\n' || c == '\t') {
            if (!word.empty()) {
                res = res.empty() ? word : word + " " + res;
                word.clear();
            }
        } else {
            word += c;
        }
    }
    std::cout << res << '\n';
    return 0;
}
