// expect: RE
// clone with a namespace flag: killed (a chrooted box cannot make a user
// namespace either, but the filter stops it first).
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int
main(void)
{
	long	 r;

	r = syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0);
	if (r == 0)
		_exit(0);
	printf("ESCAPED %ld\n", r);
	return 0;
}
