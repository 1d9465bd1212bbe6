// expect: CE
// the compiler reads only what the box shows: no /etc/shadow, no test data.
#include "/etc/shadow"
#include "/work/main/tests/judge/fixtures/sum/data/secret/01-small.ans"
int main(void) { return 0; }
