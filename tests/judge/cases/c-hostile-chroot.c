// expect: AC RE
// chroot escape attempt: refused or killed
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
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
	if (mkdir("x", 0700) == 0 && chroot("x") == 0) {
		printf("CHROOTED\n");
		return 0;
	}
	answer();
	return 0;
}
