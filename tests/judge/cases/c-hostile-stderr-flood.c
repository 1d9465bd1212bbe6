// expect: AC
// a stderr flood is drained and dropped, not fatal
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
	int i;

	memset(buf, 69, sizeof(buf));
	for (i = 0; i < 512; i++)
		if (write(2, buf, sizeof(buf)) < 0)
			break;
	answer();
	return 0;
}
