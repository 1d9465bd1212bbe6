// expect: AC OLE RE
// fill the box's disk: bounded by the file-size limit and the tmpfs
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
	static char buf[1 << 16];
	int fd = open("fill", O_WRONLY | O_CREAT, 0644);
	long long total = 0;
	ssize_t n;

	signal(SIGXFSZ, SIG_IGN);
	memset(buf, 7, sizeof(buf));
	while (fd != -1 && (n = write(fd, buf, sizeof(buf))) > 0 &&
	    total < (4LL << 30))
		total += n;
	if (total >= (4LL << 30)) {
		printf("WROTE 4 GiB\n");
		return 0;
	}
	answer();
	return 0;
}
