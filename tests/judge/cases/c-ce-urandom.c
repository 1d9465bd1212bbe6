// expect: CE
// compile-time bomb: the preprocessor reading an endless device
#include "/dev/urandom"
int main(void) { return 0; }
