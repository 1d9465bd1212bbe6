// expect: AC
// reading /etc/shadow must fail; only then is the answer printed.
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int
main(void)
{
	long long a, b;
	char buf[64];
	int fd;

	if ((fd = open("/etc/shadow", O_RDONLY)) != -1 &&
	    read(fd, buf, sizeof(buf)) > 0) {
		printf("LEAKED\n");
		return 0;
	}
	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\n", a + b);
	return 0;
}
