// expect: AC MLE OLE
// fill /dev/shm: bounded by the file-size limit (OLE) or the memory cgroup
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
	static char buf[1 << 20];
	int fd = open("/dev/shm/fill", O_WRONLY | O_CREAT, 0644);
	long i;

	memset(buf, 1, sizeof(buf));
	for (i = 0; fd != -1 && i < 4096; i++)
		if (write(fd, buf, sizeof(buf)) != (ssize_t)sizeof(buf))
			break;
	if (i == 4096) {
		printf("WROTE 4 GiB\n");
		return 0;
	}
	answer();
	return 0;
}
