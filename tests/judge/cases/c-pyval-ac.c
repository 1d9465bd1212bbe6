// expect: AC
// problem: sum-pyval
#include <stdio.h>

int
main(void)
{
	long long a, b;

	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld %lld\n", a + b + 1, -1LL);
	return 0;
}
