// expect: AC
// a child that spins after main answered is killed, not billed as a hang
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
	if (fork() == 0) {
		volatile unsigned long x = 0;

		for (;;)
			x++;
	}
	answer();
	return 0;
}
