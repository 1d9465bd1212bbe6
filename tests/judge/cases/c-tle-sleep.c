// expect: TLE
// (idle: caught by the wall-clock limit, not by CPU time)
#include <unistd.h>

int
main(void)
{
	for (;;)
		sleep(10);
}
