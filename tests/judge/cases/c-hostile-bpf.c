// expect: AC RE
// bpf(): refused or killed
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
	char attr[128];

	memset(attr, 0, sizeof(attr));
	if (syscall(SYS_bpf, 0 /* BPF_MAP_CREATE */, attr, sizeof(attr)) >= 0) {
		printf("BPF\n");
		return 0;
	}
	answer();
	return 0;
}
