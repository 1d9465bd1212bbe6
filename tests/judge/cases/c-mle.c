// expect: MLE
#include <stdlib.h>
#include <string.h>

int
main(void)
{
	char *p;

	for (;;) {
		if ((p = malloc(1 << 20)) == NULL)
			abort();
		memset(p, 1, 1 << 20);
	}
}
