// expect: AC MLE
// fill the box's inodes: the tmpfs and the memory cgroup bound it
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
	char name[32];
	int i, fd;

	for (i = 0; i < 1000000; i++) {
		snprintf(name, sizeof(name), "f%d", i);
		if ((fd = open(name, O_WRONLY | O_CREAT, 0644)) == -1)
			break;
		close(fd);
	}
	answer();
	return 0;
}
