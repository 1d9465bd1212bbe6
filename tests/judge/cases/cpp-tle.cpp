// expect: TLE
#include <bits/stdc++.h>
using namespace std;

int
main()
{
	long long a, b;

	cin >> a >> b;
	volatile unsigned long long x = 0;
	for (unsigned long long i = 0; i < (1ULL << 62); i++)
		x += i;
	cout << a + b << endl;
}
