/* sandbox.h: run one untrusted command (compile or test run) in a fresh box. */
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
 *
 * What a caller must know:
 *  - argv[0] is an absolute path as the box sees it, and it must be an ELF
 *    binary or interpreter: it is exec'd once through a close-on-exec fd, so
 *    a "#!" script fails (ENOENT: IE).  The box has /usr (plus /bin, /lib,
 *    /lib64, /sbin symlinks), a synthetic /etc, /proc, four devices, /tmp,
 *    /dev/shm and /box, nothing else; symlinks that point into the host's
 *    /etc do not resolve: /usr/bin/java is /etc/alternatives/java on Debian,
 *    so use /usr/lib/jvm/java-17-openjdk-amd64/bin/java, and bind
 *    /etc/java-17-openjdk (its lib/jvm.cfg points there) for java and javac.
 *  - Compile: policy SBX_POLICY_COMPILE, the sources as files[], the output
 *    written to /box (e.g. "-o prog") and named in collect; the binary comes
 *    back in res->files[i].data.  Run it with files[] = { "prog", data, len,
 *    .executable = 1 } and argv[0] "/box/prog" (executables are bound
 *    read-only and exec-able; the rest of the tmpfs is noexec).
 *  - stdin: stdin_fd (the judge's descriptor, e.g. the test input opened
 *    O_RDONLY) wins over stdin_data (fed through a pipe); neither: /dev/null.
 *  - envp NULL gives PATH, HOME=/box, TMPDIR=/tmp, LANG=C.UTF-8.
 *  - Run policies refuse execve (EPERM) and kill on ptrace, mount, unshare,
 *    keyctl, bpf, perf_event_open, i386 and x32 calls and the like
 *    (SBX_SYSCALL); sockets fail with EACCES, clone3 and io_uring with ENOSYS.
 *  - The judge needs a hard RLIMIT_NOFILE of at least 1018 (the exec fd is
 *    1000), or CAP_SYS_RESOURCE; otherwise every run is IE with the reason.
 *  - The box uid is 60000 + slot; the slot lock is
 *    $VERDICT_RUN_DIR/verdict-box-<slot>.lock (default /run).
 *  - Environment read by sbx_init: VERDICT_RUN_DIR, VERDICT_BOX_CPUS (pin
 *    the box to a cpuset list), VERDICT_SECCOMP_LEARN=1 (maintainers only:
 *    log instead of kill, see seccomp.c).
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
	SBX_IE,		/* the sandbox failed: never the program's fault */
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
	char		*data;		/* malloc'd, caller frees; or NULL */
	size_t		 len;
	int		 error;		/* 0, or why data is NULL: ENOENT,
					   ELOOP (a symlink), EXDEV (a mount),
					   EINVAL (not a regular file), EFBIG
					   (over collect_max), EACCES,
					   ECANCELED (the box was killed
					   before collecting) */
};

struct sbx_job {
	const char *const	*argv;	/* argv[0]: absolute path in the box */
	const char *const	*envp;	/* NULL: a minimal PATH/HOME/LANG */
	const struct sbx_file	*files;
	size_t			 nfiles;
	int			 stdin_fd;	/* >= 0: the judge's fd, used as
						   is (not closed); -1: see
						   stdin_data, else /dev/null */
	const void		*stdin_data;	/* used when stdin_fd == -1 and
						   non-NULL: fed through a
						   pipe */
	size_t			 stdin_len;
	const char *const	*collect;	/* NULL-terminated names, or
						   NULL; read after every
						   process of the box ended */
	uint64_t		 collect_max;	/* byte cap per collected file
						   [64 MiB] */
	const struct sbx_bind	*binds;		/* read-only, nosuid, nodev */
	size_t			 nbinds;
	int			 result_fd;	/* 3..255: an extra output pipe
						   at this fd in the box
						   (function-problem drivers
						   print results there) */
	uint64_t		 result_max;	/* result_fd cap; more is OLE
						   [1 MiB] */
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
	char			*out;		/* stdout: malloc'd, NUL-ended,
						   at most output_bytes */
	size_t			 out_len;
	char			*err;		/* stderr, likewise */
	size_t			 err_len;
	char			*res_out;	/* result_fd output, likewise */
	size_t			 res_len;
	struct sbx_collected	*files;		/* one per collect name */
	size_t			 nfiles;
	char			 ie_reason[256];	/* for SBX_IE */
};

/*
 * sbx_init: once per process before the first run; needs root.  slot selects
 * the box cgroups (judge/box-<slot>) and the box uid (base + slot); a slot
 * lock makes a second process on the same slot fail here.  Returns 0 or -1
 * (logged).
 */
int	sbx_init(unsigned slot);
/* sbx_run: run one job and wait for it; fills res (always, even on SBX_IE).
 * Returns 0 when a status was reached (including IE), -1 only on a usage
 * error (logged; res->status is SBX_IE).  One run at a time per process;
 * do not reap children with waitpid(-1) meanwhile.  A process forked after
 * sbx_init shares its slot: it must not run boxes (sbx_init in the child
 * fails on the lock; give it its own slot after sbx_fini). */
int	sbx_run(const struct sbx_job *, struct sbx_result *res);
/* sbx_result_free: release what sbx_run allocated in res. */
void	sbx_result_free(struct sbx_result *);
/* sbx_fini: release slot resources (cgroups are kept for reuse). */
void	sbx_fini(void);

#endif
