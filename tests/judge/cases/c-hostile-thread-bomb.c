// expect: TLE RE MLE AC
// thread bomb: the pids limit stops it
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <pthread.h>

static void *
spin(void *arg)
{
	for (;;)
		pause();
	return arg;
}
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
	pthread_t t;
	int i, made = 0;

	for (i = 0; i < 100000; i++)
		if (pthread_create(&t, NULL, spin, NULL) == 0)
			made++;
	if (made > 1000) {
		printf("THREADS %d\n", made);
		return 0;
	}
	answer();
	return 0;
}
