// expect: AC RE
// io_uring (a seccomp bypass channel): refused or killed
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
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
	char params[120];

	memset(params, 0, sizeof(params));
	if (syscall(SYS_io_uring_setup, 4, params) >= 0) {
		printf("URING\n");
		return 0;
	}
	answer();
	return 0;
}
