// expect: AC RE
// the i386 syscall ABI (int 0x80) around seccomp: killed
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
	long r;

	/* getuid32 is 199 on i386; a filter that forgot the ABI lets it in. */
	__asm__ volatile("int $0x80" : "=a"(r) : "a"(199) : "memory");
	(void)r;
	answer();
	return 0;
}
