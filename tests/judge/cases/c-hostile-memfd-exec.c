// expect: AC RE
// exec a binary written into a memfd (exec-once): refused or killed
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
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
	int fd = memfd_create("x", 0), src = open("/bin/true", O_RDONLY);
	char buf[65536];
	ssize_t n;
	char *const argv[] = { "true", NULL };

	while (fd != -1 && src != -1 && (n = read(src, buf, sizeof(buf))) > 0)
		if (write(fd, buf, (size_t)n) != n)
			break;
	if (fd != -1)
		fexecve(fd, argv, (char *const[]){ NULL });
	if (fd != -1)
		syscall(SYS_execveat, fd, "", argv, NULL, AT_EMPTY_PATH);
	answer();
	return 0;
}
