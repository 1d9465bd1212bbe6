// expect: AC
// reach the host through /proc/1/root and /proc/*/cwd
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
	static const char *const p[] = { "/proc/1/root/etc/shadow",
	    "/proc/1/root/work", "/proc/1/cwd/judge", "/proc/2/root/etc/shadow",
	    NULL };
	int i;

	for (i = 0; p[i] != NULL; i++)
		if (access(p[i], F_OK) == 0 && strstr(p[i], "/proc/2/") == NULL) {
			printf("FOUND %s\n", p[i]);
			return 0;
		}
	answer();
	return 0;
}
