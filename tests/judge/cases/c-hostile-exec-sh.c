// expect: AC RE
// a second exec must fail: refused (AC) or killed (RE); a shell that ran
// would print the wrong answer.
#include <stdio.h>
#include <unistd.h>

int
main(void)
{
	long long a, b;

	execl("/bin/sh", "sh", "-c", "echo PWNED", (char *)NULL);
	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\n", a + b);
	return 0;
}
