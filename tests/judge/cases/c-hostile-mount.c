// expect: AC RE
// mount a tmpfs over /usr: refused or killed
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mount.h>
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
	if (mount("none", "/usr", "tmpfs", 0, NULL) == 0) {
		printf("MOUNTED\n");
		return 0;
	}
	answer();
	return 0;
}
