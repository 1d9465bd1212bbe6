// expect: AC
// no /sys: cgroup files cannot be reached or written
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
	if (access("/sys/fs/cgroup", F_OK) == 0 ||
	    open("/sys/fs/cgroup/memory/memory.limit_in_bytes", O_WRONLY) != -1 ||
	    open("/proc/sys/kernel/hostname", O_WRONLY) != -1) {
		printf("SYSFS\n");
		return 0;
	}
	answer();
	return 0;
}
