// expect: AC RE
// set the clock: refused or killed
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <time.h>
static void
answer(void)
{
	long long a, b;

	if (scanf("%lld %lld", &a, &b) != 2)
		exit(1);
	printf("%lld\n", a + b);
	fflush(stdout);
}

int
main(void)
{
	struct timespec ts = { 0, 0 };

	if (clock_settime(CLOCK_REALTIME, &ts) == 0) {
		printf("CLOCK\n");
		return 0;
	}
	answer();
	return 0;
}
