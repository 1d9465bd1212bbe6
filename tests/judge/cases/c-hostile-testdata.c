// expect: AC
// the test data must not be visible in the box: look for the .ans files.
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static const char *const paths[] = {
	"tests/judge/fixtures/sum/data/secret/01-small.ans",
	"/work/main/tests/judge/fixtures/sum/data/secret/01-small.ans",
	"../data/secret/01-small.ans", "/data/secret/01-small.ans",
	"/box/01-small.ans", NULL
};

int
main(void)
{
	long long a, b;
	int i;

	for (i = 0; paths[i] != NULL; i++)
		if (access(paths[i], F_OK) == 0) {
			printf("FOUND %s\n", paths[i]);
			return 0;
		}
	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\n", a + b);
	return 0;
}
