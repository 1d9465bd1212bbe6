// expect: AC RE
// the kernel keyring: refused or killed
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
	if (syscall(SYS_add_key, "user", "verdict", "secret", 6,
	    -3 /* KEY_SPEC_SESSION_KEYRING */) >= 0) {
		printf("KEY\n");
		return 0;
	}
	answer();
	return 0;
}
