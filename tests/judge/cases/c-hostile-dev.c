// expect: AC
// raw devices and the host's /dev/shm are absent
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
	static const char *const p[] = { "/dev/mem", "/dev/kmem", "/dev/sda",
	    "/dev/vda", "/dev/port", "/dev/kmsg", "/dev/tty", NULL };
	int i;

	for (i = 0; p[i] != NULL; i++)
		if (open(p[i], O_RDONLY) != -1) {
			printf("OPENED %s\n", p[i]);
			return 0;
		}
	answer();
	return 0;
}
