/* sandbox.h: run one untrusted command (a compile or a test run) in a fresh box. */
#ifndef VERDICT_SANDBOX_H
#define VERDICT_SANDBOX_H

#include <stddef.h>
#include <stdint.h>

/*
 * The contract (design in ../shared/SANDBOX.md, theory of operation at the top
 * of sandbox.c):
 *  - every sbx_run gets fresh mount/pid/ipc/uts namespaces, an empty network
 *    namespace, a private tmpfs as the only writable place (/box is the cwd),
 *    a read-only /usr, a per-slot unprivileged uid, no_new_privs, a seccomp
 *    allow-list chosen by policy, and the slot's cgroup for memory, pids and
 *    CPU accounting;
 *  - the judge never follows paths inside the box: files go in as data and
 *    come out through the collect list (opened beneath the box root without
 *    following symlinks, regular files only, size-capped);
 *  - SBX_IE means the sandbox failed; every other status is the program's.
 */

enum sbx_policy {
	SBX_POLICY_COMPILE,	/* compilers: execve, fork allowed */
	SBX_POLICY_RUN,		/* native programs, CPython: exec once */
	SBX_POLICY_RUN_JVM,	/* run plus what the JVM needs */
	SBX_POLICY_RUN_NODE,	/* run plus what Node needs */
	SBX_POLICY__MAX
};

enum sbx_status {
	SBX_OK,		/* exited 0 */
	SBX_RE,		/* non-zero exit or fatal signal */
	SBX_SYSCALL,	/* killed by the seccomp filter */
	SBX_TLE,	/* CPU time limit */
	SBX_WALL,	/* wall-clock limit (idle or sleeping program) */
	SBX_MLE,	/* memory cgroup limit */
	SBX_OLE,	/* stdout over limits.output_bytes or file size limit */
	SBX_IE,		/* the sandbox itself failed: never the program's fault */
	SBX__MAX
};
extern const char *const sbx_status_names[SBX__MAX];

/* Limits; a 0 field takes the default in brackets. */
struct sbx_limits {
	uint64_t	 cpu_ms;	/* CPU time, all threads and children
					   [1000] */
	uint64_t	 wall_ms;	/* [max(3 x cpu, cpu + 2000)] */
	uint64_t	 memory_kb;	/* cgroup memory limit, swap excluded;
					   also RLIMIT_STACK [262144] */
	uint64_t	 output_bytes;	/* stdout kept; more is OLE [64 MiB] */
	uint64_t	 stderr_bytes;	/* stderr kept; the rest drained
					   [64 KiB] */
	uint64_t	 fsize_bytes;	/* RLIMIT_FSIZE and the writable tmpfs
					   (plus the files[] sizes) [64 MiB] */
	unsigned	 pids;		/* tasks (threads count) besides the
					   box init [64] */
};

/* A file placed in /box before the command starts. */
struct sbx_file {
	const char	*name;		/* plain name, no '/' */
	const void	*data;
	size_t		 len;
	int		 executable;	/* mode 0755 instead of 0644 */
};

/* A host directory bound read-only into the box (e.g. the PCH folder). */
struct sbx_bind {
	const char	*host;		/* absolute host path */
	const char	*box;		/* absolute path inside the box */
};

/* A file read back from /box after the command ended. */
struct sbx_collected {
	char		*name;
	char		*data;		/* malloc'd, caller frees; NULL if absent */
	size_t		 len;
	int		 error;		/* why data is NULL: ENOENT, ELOOP (a
					   symlink), EXDEV (a mount), EINVAL
					   (not a regular file), EFBIG (over
					   collect_max), EACCES */
};

struct sbx_job {
	const char *const	*argv;	/* argv[0]: absolute path in the box */
	const char *const	*envp;	/* NULL: a minimal PATH/HOME/LANG */
	const struct sbx_file	*files;
	size_t			 nfiles;
	int			 stdin_fd;	/* -1: /dev/null; the judge's fd */
	const void		*stdin_data;	/* used when stdin_fd == -1 and
						   non-NULL: fed through a pipe */
	size_t			 stdin_len;
	const char *const	*collect;	/* NULL-terminated names or NULL;
						   read after the command and
						   every process of the box
						   ended */
	uint64_t		 collect_max;	/* byte cap per collected file
						   [64 MiB] */
	const struct sbx_bind	*binds;		/* read-only, nosuid, nodev */
	size_t			 nbinds;
	int			 result_fd;	/* > 2: an extra output pipe at this
						   fd in the box (function-problem
						   drivers print results there) */
	uint64_t		 result_max;	/* cap for result_fd output; more
						   is OLE [1 MiB] */
	struct sbx_limits	 lim;
	enum sbx_policy		 policy;
};

struct sbx_result {
	enum sbx_status		 status;
	int			 exit_code;	/* when exited */
	int			 signal;	/* when killed by a signal */
	uint64_t		 cpu_ms;
	uint64_t		 wall_ms;
	uint64_t		 memory_kb;	/* peak */
	char			*out;		/* stdout, malloc'd, NUL-ended */
	size_t			 out_len;
	char			*err;		/* stderr, malloc'd, NUL-ended */
	size_t			 err_len;
	char			*res_out;	/* result_fd output, NUL-ended */
	size_t			 res_len;
	struct sbx_collected	*files;		/* one per collect name */
	size_t			 nfiles;
	char			 ie_reason[256];	/* for SBX_IE */
};

/*
 * sbx_init: once per process before the first run.  slot selects the box
 * cgroups (judge/box-<slot>) and the box uid (base + slot), so two judges on
 * one host must use different slots.  Returns 0 or -1 (logged).
 */
int	sbx_init(unsigned slot);
/* sbx_run: run one job; fills res (always, even on SBX_IE).  Returns 0 when
 * a status was reached (including IE), -1 only on a usage error. */
int	sbx_run(const struct sbx_job *, struct sbx_result *res);
/* sbx_result_free: release what sbx_run allocated in res. */
void	sbx_result_free(struct sbx_result *);
/* sbx_fini: release slot resources (cgroups are kept for reuse). */
void	sbx_fini(void);

#endif
