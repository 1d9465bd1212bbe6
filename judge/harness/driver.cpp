// driver.cpp: Verdict's function-problem runtime for C++, after the user's code.
//
// main.cpp is prelude.hpp, "#line 1 solution.cpp", the user's code, a
// #line back to main.cpp, this file, then the glue sig_build generates
// (vd_test).  Protocol
// (judge/sig.h): read every test from stdin (a count, then one JSON value
// per line), call the user's code, write "ok <json>" or "re <json string>"
// lines on fd 3.  Values were validated at import; the readers trust their
// syntax.  A wrong return type is a compile error (static_assert) naming
// the expected type.
#include <cxxabi.h>
#include <unistd.h>

namespace vd {

static const char *p;		// stdin cursor
static std::string ob;		// the current result line
static int test_no;
static const size_t TREE_MAX = 1 << 22;

[[noreturn]] static void
die(const char *what)
{
    std::fprintf(stderr, "driver: %s in test %d\n", what, test_no);
    std::exit(70);
}

static int
peek()
{
    while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t' || *p == ',')
        p++;
    return (unsigned char)*p;
}

static void
expect(int c)
{
    if (peek() != c)
        die("malformed input");
    p++;
}

static void
write_all(const char *s, size_t n)
{
    while (n > 0) {
        ssize_t w = ::write(3, s, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            std::exit(71);
        }
        s += w;
        n -= (size_t)w;
    }
}

static void
put_json_string(const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    ob += '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            ob += '\\';
            ob += (char)c;
        } else if (c == '\n') {
            ob += "\\n";
        } else if (c < 0x20) {
            ob += "\\u00";
            ob += hex[c >> 4];
            ob += hex[c & 15];
        } else {
            ob += (char)c;
        }
    }
    ob += '"';
}

// re: the test failed in the user's code; report it and stop.
[[noreturn]] static void
re(const std::string &msg)
{
    ob = "re ";
    put_json_string(msg.data(), std::min(msg.size(), (size_t)4000));
    ob += '\n';
    write_all(ob.data(), ob.size());
    std::fflush(stdout);
    std::cout.flush();
    std::exit(0);
}

static void read(long long &v)
{
    peek();
    char *e;
    errno = 0;
    v = std::strtoll(p, &e, 10);
    if (e == p || errno)
        die("expected an integer");
    p = e;
}
static void read(int &v) { long long x; read(x); v = (int)x; }
static void read(double &v)
{
    peek();
    char *e;
    v = std::strtod(p, &e);
    if (e == p)
        die("expected a number");
    p = e;
}
static void read(bool &v)
{
    v = peek() == 't';
    p += v ? 4 : 5;
}

static unsigned
hex4(const char *s)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else die("bad \\u escape");
    }
    return v;
}

static void read(std::string &s)
{
    expect('"');
    s.clear();
    while (*p != '"') {
        if (*p != '\\') {
            s += *p++;
            continue;
        }
        p++;
        char c = *p++;
        switch (c) {
        case 'b': s += '\b'; break;
        case 'f': s += '\f'; break;
        case 'n': s += '\n'; break;
        case 'r': s += '\r'; break;
        case 't': s += '\t'; break;
        case 'u': {
            unsigned u = hex4(p);
            p += 4;
            if (u >= 0xd800 && u < 0xdc00 && p[0] == '\\' && p[1] == 'u') {
                unsigned lo = hex4(p + 2);
                if (lo >= 0xdc00 && lo < 0xe000) {
                    u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                    p += 6;
                }
            }
            if (u < 0x80) {
                s += (char)u;
            } else if (u < 0x800) {
                s += (char)(0xc0 | u >> 6);
                s += (char)(0x80 | (u & 0x3f));
            } else if (u < 0x10000) {
                s += (char)(0xe0 | u >> 12);
                s += (char)(0x80 | ((u >> 6) & 0x3f));
                s += (char)(0x80 | (u & 0x3f));
            } else {
                s += (char)(0xf0 | u >> 18);
                s += (char)(0x80 | ((u >> 12) & 0x3f));
                s += (char)(0x80 | ((u >> 6) & 0x3f));
                s += (char)(0x80 | (u & 0x3f));
            }
            break;
        }
        default:
            s += c;
            break;
        }
    }
    p++;
}
static void read(char &c) { std::string s; read(s); c = s.empty() ? 0 : s[0]; }

template <class T> static void read(std::vector<T> &v)
{
    expect('[');
    v.clear();
    while (peek() != ']') {
        T x;
        read(x);
        v.push_back(std::move(x));
    }
    p++;
}

static void read(ListNode *&head)
{
    ListNode **tail = &head;
    head = nullptr;
    expect('[');
    while (peek() != ']') {
        int x;
        read(x);
        *tail = new ListNode(x);
        tail = &(*tail)->next;
    }
    p++;
}

static TreeNode *read_node()
{
    if (peek() == 'n') {
        p += 4;
        return nullptr;
    }
    int x;
    read(x);
    return new TreeNode(x);
}

static void read(TreeNode *&root)
{
    root = nullptr;
    expect('[');
    if (peek() == ']') {
        p++;
        return;
    }
    std::vector<TreeNode *> q;
    q.push_back(root = read_node());
    size_t head = 0;
    while (peek() != ']') {
        TreeNode *node = q[head++];
        if ((node->left = read_node()) != nullptr)
            q.push_back(node->left);
        if (peek() != ']' && (node->right = read_node()) != nullptr)
            q.push_back(node->right);
    }
    p++;
}

static void write(long long v)
{
    char b[24];
    int i = 24;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v :
        (unsigned long long)v;
    do {
        b[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        b[--i] = '-';
    ob.append(b + i, (size_t)(24 - i));
}
static void write(int v) { write((long long)v); }
static void write(double v)
{
    if (std::isnan(v)) {
        ob += "NaN";
        return;
    }
    if (std::isinf(v)) {
        ob += v > 0 ? "Infinity" : "-Infinity";
        return;
    }
    char b[40];
    int prec;
    for (prec = 15; prec <= 17; prec++) {
        std::snprintf(b, sizeof(b), "%.*g", prec, v);
        if (std::strtod(b, nullptr) == v)
            break;
    }
    ob += b;
    if (std::strpbrk(b, ".eE") == nullptr)
        ob += ".0";
}
static void write(bool v) { ob += v ? "true" : "false"; }
static void write(const std::string &s) { put_json_string(s.data(), s.size()); }
static void write(char c)
{
    if ((unsigned char)c > 0x7f)
        re("expected an ASCII char, got byte " +
            std::to_string((unsigned char)c));
    put_json_string(&c, 1);
}

static void write(const std::vector<bool> &v)
{
    ob += '[';
    for (size_t i = 0; i < v.size(); i++) {
        if (i)
            ob += ',';
        write((bool)v[i]);
    }
    ob += ']';
}

template <class T> static void write(const std::vector<T> &v)
{
    ob += '[';
    for (size_t i = 0; i < v.size(); i++) {
        if (i)
            ob += ',';
        write(v[i]);
    }
    ob += ']';
}

static void write(const ListNode *l)
{
    const ListNode *slow = l;
    unsigned long step = 0;
    ob += '[';
    for (; l != nullptr; l = l->next) {
        if (step)
            ob += ',';
        write(l->val);
        if (++step % 2 == 0) {
            slow = slow->next;
            if (slow == l->next && slow != nullptr)
                re("the returned list has a cycle");
        }
    }
    ob += ']';
}

static void write(const TreeNode *root)
{
    if (root == nullptr) {
        ob += "[]";
        return;
    }
    std::vector<const TreeNode *> q;
    q.push_back(root);
    ob += '[';
    size_t keep = ob.size();
    for (size_t head = 0; head < q.size(); head++) {
        if (head)
            ob += ',';
        if (q[head] == nullptr) {
            ob += "null";
            continue;
        }
        write(q[head]->val);
        keep = ob.size();
        if (q.size() >= TREE_MAX)
            re("the returned tree has a cycle or too many nodes");
        q.push_back(q[head]->left);
        q.push_back(q[head]->right);
    }
    ob.resize(keep);
    ob += ']';
}

static std::string
demangle(const char *name)
{
    int st = 0;
    char *d = abi::__cxa_demangle(name, nullptr, nullptr, &st);
    std::string s = (st == 0 && d != nullptr) ? d : name;
    std::free(d);
    return s;
}

} // namespace vd

static void vd_test();

int
main()
{
    std::string in;
    char chunk[1 << 16];
    ssize_t r;
    while ((r = ::read(0, chunk, sizeof(chunk))) != 0) {
        if (r < 0) {
            if (errno == EINTR)
                continue;
            vd::die("cannot read stdin");
        }
        in.append(chunk, (size_t)r);
    }
    vd::p = in.c_str();
    int n;
    vd::read(n);
    for (int t = 0; t < n; t++) {
        vd::test_no = t + 1;
        vd::ob = "ok ";
        try {
            vd_test();
        } catch (const std::exception &e) {
            vd::re(vd::demangle(typeid(e).name()) + ": " + e.what());
        } catch (...) {
            vd::re("an exception that is not a std::exception");
        }
        vd::ob += '\n';
        vd::write_all(vd::ob.data(), vd::ob.size());
    }
    std::fflush(stdout);
    std::cout.flush();
    return 0;
}
