// expect: AC RE
// symlinks and hard links planted in the box (refused, or allowed and never
// followed by the judge)
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
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
	symlink("/etc/shadow", "judgemessage.txt");
	symlink("/etc/shadow", "main");
	symlink("/", "root");
	link("/etc/passwd", "hard");
	answer();
	return 0;
}
