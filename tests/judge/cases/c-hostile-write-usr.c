// expect: AC
// canary: /usr/verdict-judge-canary
// /usr is read-only in the box.
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int
main(void)
{
	long long a, b;
	int fd;

	if ((fd = open("/usr/verdict-judge-canary", O_WRONLY | O_CREAT,
	    0644)) != -1) {
		printf("WROTE\n");
		return 0;
	}
	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\n", a + b);
	return 0;
}
