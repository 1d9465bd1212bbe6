// expect: TLE RE MLE
// fork bomb: the pids limit stops it; the box's death kills the rest.
#include <unistd.h>

int
main(void)
{
	for (;;)
		fork();
}
