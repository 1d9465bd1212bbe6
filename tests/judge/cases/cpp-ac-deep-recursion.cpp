// expect: AC
// deep recursion (1e6 frames) is legal, as on most contest judges.
#include <bits/stdc++.h>
using namespace std;

long long
depth(int n)
{
	return n == 0 ? 0 : 1 + depth(n - 1);
}

int
main()
{
	long long a, b;

	cin >> a >> b;
	cout << a + b + depth(1000000) - 1000000 << endl;
}
