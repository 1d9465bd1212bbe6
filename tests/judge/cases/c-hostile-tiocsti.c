// expect: AC RE
// inject keystrokes with TIOCSTI on inherited fds: refused or killed
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
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
	char c = 'x';
	int fd;

	for (fd = 0; fd < 3; fd++)
		if (ioctl(fd, TIOCSTI, &c) == 0) {
			printf("INJECTED\n");
			return 0;
		}
	answer();
	return 0;
}
