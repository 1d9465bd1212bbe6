// expect: AC
// kill(-1) only reaches the box's own pid namespace.
#include <signal.h>
#include <stdio.h>

int
main(void)
{
	long long a, b;

	signal(SIGTERM, SIG_IGN);
	kill(-1, SIGKILL);
	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\n", a + b);
	return 0;
}
