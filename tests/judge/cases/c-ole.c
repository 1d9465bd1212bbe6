// expect: OLE
#include <stdio.h>
#include <string.h>

int
main(void)
{
	char line[4096];

	memset(line, 'x', sizeof(line) - 1);
	line[sizeof(line) - 1] = '\0';
	for (;;)
		puts(line);
}
