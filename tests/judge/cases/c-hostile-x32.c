// expect: RE
// x32 system calls (number | 0x40000000) are another ABI: the seccomp
// filter must kill them, whatever the kernel would have done.
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int
main(void)
{
	syscall(0x40000000 | SYS_getpid);
	printf("ESCAPED\n");
	return 0;
}
