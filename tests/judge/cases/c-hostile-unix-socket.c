// expect: AC RE
// unix sockets and netlink: refused
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
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
	if (socket(AF_UNIX, SOCK_STREAM, 0) != -1 ||
	    socket(AF_NETLINK, SOCK_RAW, 0) != -1 ||
	    socket(AF_INET, SOCK_DGRAM, 0) != -1) {
		printf("SOCKET\n");
		return 0;
	}
	answer();
	return 0;
}
