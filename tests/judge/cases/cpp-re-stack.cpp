// expect: RE MLE
// unbounded recursion: a stack overflow (RE), or MLE when the stack limit
// equals the memory limit.
#include <bits/stdc++.h>
using namespace std;

int
f(int n)
{
	volatile char pad[4096];

	pad[0] = (char)n;
	return f(n + 1) + pad[0];
}

int
main()
{
	cout << f(0) << endl;
}
