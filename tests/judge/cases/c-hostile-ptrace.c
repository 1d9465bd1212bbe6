// expect: AC RE
// ptrace of the box init (pid 1) or of itself: refused or killed
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ptrace.h>
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
	if (ptrace(PTRACE_ATTACH, 1, NULL, NULL) == 0 ||
	    ptrace(PTRACE_TRACEME, 0, NULL, NULL) == 0) {
		printf("TRACED\n");
		return 0;
	}
	answer();
	return 0;
}
