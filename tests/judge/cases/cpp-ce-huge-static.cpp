// expect: CE
// a 4 GiB initialised array: the object file is bigger than the compile
// box's file-size limit, so the build fails (CE) instead of filling a disk.
#include <bits/stdc++.h>
static char big[1LL << 32] = { 1 };

int
main()
{
	long long a, b;

	std::cin >> a >> b;
	std::cout << a + b + big[(unsigned long long)b % 3] - 1 << '\n';
}
