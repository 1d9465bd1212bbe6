/* seccomp.h: the per-policy system call allow-lists of the sandbox. */
#ifndef VERDICT_SECCOMP_H
#define VERDICT_SECCOMP_H

#include <linux/filter.h>

#include "sandbox.h"

/*
 * The filters are compiled once per process with libseccomp
 * (seccomp_policy_build) into plain BPF, so that loading one in the box is
 * a single system call with no allocation (seccomp_policy_load).  The rules
 * and why each system call is there live in seccomp.c.
 *
 * The exec-once rule: run policies allow exactly one execveat, on the fixed
 * descriptor SECCOMP_EXEC_FD with AT_EMPTY_PATH.  The sandbox opens the
 * program there with O_CLOEXEC and sets RLIMIT_NOFILE below it, so after
 * the exec nothing can own that descriptor again.
 */
#define SECCOMP_EXEC_FD	1000

/*
 * seccomp_policy_build: compile the filter of policy into prog (prog->filter
 * is malloc'd; seccomp_policy_free releases it).  learn != 0 makes the
 * default action "log and allow" instead of "kill the process", for
 * maintainers refreshing the lists (the kernel logs each call as an audit
 * record of type 1326).  Returns 0 or -1 (logged).
 */
int	seccomp_policy_build(enum sbx_policy, int learn,
	    struct sock_fprog *prog);
/* seccomp_policy_load: async-signal-safe: install prog in this process
 * (no_new_privs must be set).  Returns 0 or -1 with errno. */
int	seccomp_policy_load(const struct sock_fprog *prog);
/* seccomp_policy_free: release what seccomp_policy_build allocated. */
void	seccomp_policy_free(struct sock_fprog *prog);

#endif
