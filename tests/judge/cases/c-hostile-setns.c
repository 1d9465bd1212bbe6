// expect: AC RE
// join the host network namespace through /proc: refused or killed
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
	int fd = open("/proc/1/ns/net", O_RDONLY);

	if (fd != -1 && setns(fd, 0) == 0) {
		printf("JOINED\n");
		return 0;
	}
	answer();
	return 0;
}
