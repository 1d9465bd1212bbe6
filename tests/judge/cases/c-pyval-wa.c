// expect: WA
// problem: sum-pyval
// x == y is refused by the validator's "strict" flag (from problem.yaml)
#include <stdio.h>

int
main(void)
{
	long long a, b;

	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	if ((a + b) % 2 != 0)
		printf("%lld %lld\n", a + b, 0LL);
	else
		printf("%lld %lld\n", (a + b) / 2, (a + b) / 2);
	return 0;
}
