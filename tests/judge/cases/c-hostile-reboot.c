// expect: AC RE
// reboot: refused or killed (the host must stay up)
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
	syscall(SYS_reboot, 0xfee1dead, 672274793, 0x4321fedc, NULL);
	answer();
	return 0;
}
