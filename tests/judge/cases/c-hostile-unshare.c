// expect: AC RE
// new user and mount namespaces: refused or killed
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sched.h>
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
	if (unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0) {
		printf("UNSHARED\n");
		return 0;
	}
	answer();
	return 0;
}
