// expect: AC RE
// become root: refused
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
	if (setuid(0) == 0 || setgid(0) == 0 || seteuid(0) == 0) {
		printf("ROOT\n");
		return 0;
	}
	answer();
	return 0;
}
