// expect: AC
// problem: sum-custom
#include <stdio.h>

int
main(void)
{
	long long a, b;

	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld %lld\n", a - 1, b + 1);
	return 0;
}
