// expect: AC
// a double-forked child outlives main: the box's death kills it
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
	pid_t p = fork();

	if (p == 0) {
		if (fork() == 0) {
			setsid();
			for (;;)
				sleep(1);
		}
		_exit(0);
	}
	answer();
	return 0;
}
