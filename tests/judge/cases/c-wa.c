// expect: WA
#include <stdio.h>

int
main(void)
{
	long long a, b;

	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	/* Right on the samples, wrong on large secret input. */
	printf("%d\n", (int)(a + b));
	return 0;
}
