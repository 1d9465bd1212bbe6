// expect: AC
// canary: /etc/verdict-judge-canary
// the box's /etc is read-only and not the host's
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
	if (open("/etc/passwd", O_WRONLY | O_APPEND) != -1 ||
	    open("/etc/verdict-judge-canary", O_WRONLY | O_CREAT, 0644) != -1) {
		printf("WROTE\n");
		return 0;
	}
	answer();
	return 0;
}
