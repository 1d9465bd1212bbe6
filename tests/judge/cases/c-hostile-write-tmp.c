// expect: AC
// canary: /tmp/verdict-judge-canary
// the box's /tmp is its own; nothing lands in the host's /tmp.
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int
main(void)
{
	long long a, b;
	int fd;

	if ((fd = open("/tmp/verdict-judge-canary", O_WRONLY | O_CREAT,
	    0644)) != -1)
		close(fd);
	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\n", a + b);
	return 0;
}
