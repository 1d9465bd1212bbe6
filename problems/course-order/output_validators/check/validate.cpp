// Custom checker for course-order (Kattis output validator protocol):
//   validate INPUT ANSWER FEEDBACK_DIR < contestant_output
// Exit 42 = accepted, 43 = wrong answer.  The answer file (the reference
// output) tells only whether a valid order exists: it is either the word
// IMPOSSIBLE or some valid order.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>
using namespace std;

static string feedback_dir;

[[noreturn]] static void verdict(int code, const string &msg) {
    if (!msg.empty()) {
        string path = feedback_dir + "/judgemessage.txt";
        FILE *f = fopen(path.c_str(), "w");
        if (f) {
            fprintf(f, "%s\n", msg.c_str());
            fclose(f);
        }
    }
    exit(code);
}
[[noreturn]] static void wa(const string &msg) { verdict(43, msg); }
[[noreturn]] static void judge_error(const string &msg) {
    fprintf(stderr, "judge error: %s\n", msg.c_str());
    exit(1);
}

// Reads whitespace-separated tokens from a stream, capping each token's length.
struct Tokens {
    FILE *f;
    explicit Tokens(FILE *f) : f(f) {}
    bool next(string &tok) {
        tok.clear();
        int c;
        while ((c = fgetc(f)) != EOF && isspace(c)) {}
        if (c == EOF) return false;
        do {
            if (tok.size() < 64) tok.push_back((char)c);
        } while ((c = fgetc(f)) != EOF && !isspace(c));
        return true;
    }
};

static bool is_impossible(const string &t) {
    static const char *w = "impossible";
    if (t.size() != strlen(w)) return false;
    for (size_t i = 0; i < t.size(); i++)
        if (tolower((unsigned char)t[i]) != w[i]) return false;
    return true;
}

// Parses a positive decimal integer of at most 9 digits; -1 if malformed.
static long parse_int(const string &t) {
    if (t.empty() || t.size() > 9) return -1;
    long v = 0;
    for (char c : t) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

int main(int argc, char **argv) {
    if (argc < 4) judge_error("usage: validate INPUT ANSWER FEEDBACK_DIR");
    feedback_dir = argv[3];
    FILE *in = fopen(argv[1], "r");
    FILE *ans = fopen(argv[2], "r");
    if (!in || !ans) judge_error("cannot open input or answer file");

    int n, m;
    if (fscanf(in, "%d %d", &n, &m) != 2) judge_error("bad input file");
    vector<int> ea(m), eb(m);
    for (int i = 0; i < m; i++)
        if (fscanf(in, "%d %d", &ea[i], &eb[i]) != 2) judge_error("bad input file");

    Tokens at(ans);
    string tok;
    if (!at.next(tok)) judge_error("empty answer file");
    bool possible = !is_impossible(tok);

    Tokens out(stdin);
    if (!out.next(tok)) wa("empty output");
    if (is_impossible(tok)) {
        if (possible) wa("printed IMPOSSIBLE, but a valid order exists");
        if (out.next(tok)) wa("extra output after IMPOSSIBLE");
        verdict(42, "");
    }

    vector<int> pos(n + 1, -1);
    for (int i = 0; i < n; i++) {
        if (i > 0 && !out.next(tok)) wa("output has " + to_string(i) + " courses, expected " + to_string(n));
        long v = parse_int(tok);
        if (v < 1 || v > n) wa("token " + to_string(i + 1) + " is not a course number between 1 and n: '" + tok + "'");
        if (pos[v] != -1) wa("course " + to_string(v) + " appears more than once");
        pos[v] = i;
    }
    if (out.next(tok)) wa("extra output after " + to_string(n) + " courses");
    for (int i = 0; i < m; i++)
        if (pos[ea[i]] > pos[eb[i]])
            wa("requirement " + to_string(ea[i]) + " before " + to_string(eb[i]) + " is violated");
    if (!possible) judge_error("contestant found a valid order but the answer says IMPOSSIBLE");
    verdict(42, "");
}
