/* sandbox.c: run one untrusted command in a fresh box (API in sandbox.h). */
/*
 * Theory of operation
 *
 * The design is shared/SANDBOX.md; this is how the code follows it.
 *
 * Slot.  sbx_init(slot) takes the slot lock (flock on
 * $VERDICT_RUN_DIR/verdict-box-<slot>.lock, default /run), creates or adopts
 * the slot's cgroup (cg.c) and makes one empty network namespace that
 * every run of the slot joins with setns (cheaper than a new one per run:
 * it holds no state once its processes are gone).  The seccomp filter of a
 * policy is compiled to BPF by its first run (seccomp.c) and kept for the
 * life of the process.  The box runs as uid and gid SBX_UID_BASE + slot,
 * with no supplementary groups.
 *
 * Processes.  sbx_run clones the box init ("init", pid 1 of new mount, pid,
 * ipc and uts namespaces) straight from the judge: no helper is exec'd,
 * and init works on its copy of the judge's memory (the job, files[] data,
 * the compiled filter).  Init closes every descriptor it does not need,
 * resets signal dispositions and a real-time policy, joins the slot cgroup
 * (clone3 CLONE_INTO_CGROUP on v2; on v1 a write of "0" to each "tasks"
 * file), then a fresh cgroup namespace and the slot network namespace,
 * builds the file system, writes files[] into /box, and vforks the command
 * (pid 2).  pid 2 places its descriptors, sets the rlimits, drops to the
 * box uid, opens argv[0] as that uid at fd 1000 (close-on-exec), sets
 * no_new_privs, loads the filter and execveat()s fd 1000: exactly one exec
 * (seccomp.h).  Init reaps every orphan; when pid 2 ends it kills what is
 * left in the namespace, reports pid 2's wait status, reads the collect[]
 * files as the box uid and exits.  A pid namespace dies with its init, so
 * SIGKILL to init is the one kill that works everywhere; the judge's own
 * death takes init along (PR_SET_PDEATHSIG).
 *
 * Control pipe.  Init and, before its exec, pid 2 talk to the judge over a
 * pipe of framed records (struct ctl_hdr): STARTED (clock and cgroup CPU
 * just before pid 2, so box set-up is not billed to the program), EXITED
 * (wait status, clock and CPU after the orphans died), FILE (one per
 * collect name) and ERROR (set-up failed: the verdict is IE).
 *
 * File system.  In the new mount namespace "/" is made private, a tmpfs
 * (nosuid, nodev, noexec; size = fsize + files[]) is mounted on the slot
 * directory and the box is built in its subdirectory r/: /usr bound
 * read-only, /bin /lib /lib64 /sbin symlinks, /etc with synthetic passwd,
 * group, hosts, nsswitch.conf and the host's ld.so.cache bound read-only,
 * a new procfs (hidepid=invisible, subset=pid), /dev with null, zero,
 * random and urandom bound from the host, /tmp and /dev/shm (1777), /box
 * owned by the box user, and the binds[] read-only.  Files[] marked
 * executable are bound onto themselves read-only without noexec: the rest
 * of the tmpfs stays noexec.  "/", /etc and the rest stay root's (0755):
 * the box user can write only /box, /tmp and /dev/shm.  Then pivot_root
 * into the tmpfs, detach the old root, and chroot into r/ (a chrooted
 * process may not create user namespaces).  No /sys.  Everything the box
 * wrote dies with the mount namespace; the judge never opens a path inside
 * the box, collect[] is read by init (openat2 beneath /box, no links, no
 * other mounts, regular files only, capped) and sent over the pipe.
 *
 * Judge side.  sbx_run polls the init pidfd, the control pipe, stdout,
 * stderr, the result pipe and the stdin feeding pipe (non-blocking, so
 * feeding never deadlocks against a program that writes before it reads),
 * and every SBX_POLL_MS reads the cgroup CPU counter.  stdout beyond
 * output_bytes, result_fd output beyond result_max, CPU or wall time over
 * the limit, or set-up taking longer than SBX_SETUP_MS kill init.  OLE is
 * decided by the bytes counted here, since CPython and Node ignore SIGXFSZ.
 * The verdict order is SANDBOX.md's: IE, MLE, TLE, WALL, OLE, SYSCALL, RE,
 * OK.
 *
 * Constraints on the caller: one sbx_run at a time per process (the slot is
 * single), from a thread while no other thread holds libc locks (the box
 * init is forked with a raw clone3 and may allocate), and nothing else may
 * reap children with waitpid(-1) during a run.
 */
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/wait.h>

#include <linux/openat2.h>
#include <linux/sched.h>

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <inttypes.h>
#include <limits.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "cg.h"
#include "log.h"
#include "sandbox.h"
#include "seccomp.h"
#include "xmalloc.h"

#define SBX_UID_BASE	60000		/* box uid and gid: base + slot */
#define SBX_NOFILE	256		/* RLIMIT_NOFILE, below the exec fd */
#define SBX_CTL_FD	1001		/* pid 2's control pipe until exec */
#define SBX_SCRATCH_FD	1010		/* fd shuffling above every target */
#define SBX_POLL_MS	10		/* CPU poll period */
#define SBX_SETUP_MS	10000		/* box set-up, and collect afterwards */
#define SBX_DRAIN_MS	1000		/* pipes after init died */
#define SBX_MIB		(1024ULL * 1024)

const char *const sbx_status_names[SBX__MAX] = {
	"OK", "RE", "SYSCALL", "TLE", "WALL", "MLE", "OLE", "IE"
};

/* Control records, box to judge. */
enum ctl_type {
	CTL_STARTED = 1,	/* u64 t0 ns, u64 cpu0 ns */
	CTL_EXITED,		/* u64 wait status, u64 t1 ns, u64 cpu1 ns */
	CTL_FILE,		/* collect[index]: len bytes, or err */
	CTL_ERROR,		/* text: set-up failed */
};
struct ctl_hdr {
	uint16_t	 type;
	uint16_t	 index;
	int32_t		 err;
	uint64_t	 len;
};
#define CTL_SMALL	256	/* largest non-FILE body */

/* The slot: process lifetime. */
static struct {
	int			 ready;
	unsigned		 slot;
	uid_t			 uid;
	gid_t			 gid;
	int			 lockfd;
	int			 netns;
	char			*root;		/* tmpfs mount point */
	struct cg		*cg;
	int			 learn;		/* VERDICT_SECCOMP_LEARN=1 */
} sbx = { .lockfd = -1, .netns = -1 };

/* Compiled filters, built on first use; process lifetime (not the slot's:
 * they outlive sbx_fini). */
static struct sock_fprog	 sbx_prog[2][SBX_POLICY__MAX];

enum kill_why { KILL_NONE, KILL_TLE, KILL_WALL, KILL_OLE, KILL_IE };

/* One run: the judge's state; the box processes use their copy of it. */
struct run {
	const struct sbx_job	*job;
	struct sbx_limits	 lim;		/* job->lim with defaults */
	uint64_t		 collect_max, result_max;
	struct sbx_result	*res;
	int			 into_cgroup;	/* clone3 placed init */
	/* box ends */
	int			 in_rd, out_w, err_w, res_w, ctl_w;
	/* judge ends */
	int			 in_wr, out_r, err_r, res_r, ctl_r;
	int			 pidfd;
	int			 reaped;
	size_t			 in_off;
	struct buf		 out, err, resb;
	uint64_t		 out_total, res_total;
	/* control stream */
	struct ctl_hdr		 hdr;
	size_t			 hdr_got, body_got;
	char			 small[CTL_SMALL + 1];
	char			*body;		/* current FILE data */
	/* timeline (CLOCK_MONOTONIC ns) and outcome */
	uint64_t		 t_clone, t0, t1, t_reaped, cpu0, cpu1;
	uint64_t		 next_poll, cpu_now;
	int			 started, exited, wstatus;
	enum kill_why		 kill_why;
	char			 ie[200];
};

static void
fd_close(int *fd)
{
	if (*fd != -1) {
		close(*fd);
		*fd = -1;
	}
}

static uint64_t
mono_ns(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

/* ---------------------------------------------------------------- box side
 * Everything below until "judge side" runs in the box processes: no
 * logging (the judge's stderr is not theirs), failures go to the control
 * pipe as an ERROR record and end the process.
 */

static int
write_all(int fd, const void *p, size_t n)
{
	const char	*c = p;
	ssize_t		 w;

	while (n > 0) {
		if ((w = write(fd, c, n)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		c += w;
		n -= (size_t)w;
	}
	return 0;
}

/* ctl_send: one record of at most CTL_SMALL body bytes, in one write (so
 * pid 2 and init never interleave); p == NULL sends only the header of a
 * record whose len bytes follow separately. */
static int
ctl_send(int fd, uint16_t type, uint16_t index, int32_t err, const void *p,
    uint64_t len)
{
	struct ctl_hdr	 h = { type, index, err, len };
	char		 b[sizeof(h) + CTL_SMALL];
	size_t		 n = sizeof(h);

	memcpy(b, &h, sizeof(h));
	if (p != NULL && len > 0) {
		if (len > CTL_SMALL)
			return -1;
		memcpy(b + n, p, (size_t)len);
		n += (size_t)len;
	}
	return write_all(fd, b, n);
}

/* box_fail: report errno-style failure to the judge and end the process. */
static void __attribute__((noreturn, format(printf, 3, 4)))
box_fail(int ctl, int code, const char *fmt, ...)
{
	char	 msg[CTL_SMALL];
	int	 saved = errno, n;
	va_list	 ap;

	va_start(ap, fmt);
	n = vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n < sizeof(msg))
		snprintf(msg + n, sizeof(msg) - (size_t)n, ": %s",
		    strerror(saved));
	ctl_send(ctl, CTL_ERROR, 0, saved, msg, strlen(msg));
	_exit(code);
}

/* close_except: close every descriptor not in keep[] (unsorted, -1 ok). */
static void
close_except(const int *keep, size_t n)
{
	unsigned	 lo = 0, next;
	size_t		 i;

	for (;;) {
		next = UINT_MAX;
		for (i = 0; i < n; i++)
			if (keep[i] >= 0 && (unsigned)keep[i] >= lo &&
			    (unsigned)keep[i] < next)
				next = (unsigned)keep[i];
		if (next > lo)
			(void)close_range(lo, next - 1, 0);
		if (next == UINT_MAX)
			return;
		lo = next + 1;
	}
}

static int
box_write_file(const char *path, const char *data, size_t len, mode_t mode)
{
	int	 fd, rc;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
	    mode);
	if (fd == -1)
		return -1;
	rc = write_all(fd, data, len);
	if (close(fd) == -1)
		rc = -1;
	return rc;
}

/* box_bind_ro: bind src on dst read-only (flags add nosuid/nodev/noexec). */
static int
box_bind_ro(const char *src, const char *dst, unsigned long flags)
{
	if (mount(src, dst, NULL, MS_BIND, NULL) == -1)
		return -1;
	return mount(NULL, dst, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | flags,
	    NULL);
}

/* box_mkdirs: mkdir -p for a box path below r/ (set-up, as root). */
static int
box_mkdirs(char *path)
{
	char	*p;

	for (p = path + 2; (p = strchr(p, '/')) != NULL; p++) {
		*p = '\0';
		if (mkdir(path, 0755) == -1 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	return mkdir(path, 0755) == -1 && errno != EEXIST ? -1 : 0;
}

static void
box_etc(const struct run *r)
{
	char	 b[256];
	int	 ctl = r->ctl_w;

	if (mkdir("r/etc", 0755) == -1)
		box_fail(ctl, 1, "mkdir /etc");
	snprintf(b, sizeof(b), "box:x:%u:%u:box:/box:/usr/sbin/nologin\n",
	    (unsigned)sbx.uid, (unsigned)sbx.gid);
	if (box_write_file("r/etc/passwd", b, strlen(b), 0644) == -1)
		box_fail(ctl, 1, "write /etc/passwd");
	snprintf(b, sizeof(b), "box:x:%u:\n", (unsigned)sbx.gid);
	if (box_write_file("r/etc/group", b, strlen(b), 0644) == -1)
		box_fail(ctl, 1, "write /etc/group");
	snprintf(b, sizeof(b), "127.0.0.1\tlocalhost box\n::1\tlocalhost\n");
	if (box_write_file("r/etc/hosts", b, strlen(b), 0644) == -1)
		box_fail(ctl, 1, "write /etc/hosts");
	snprintf(b, sizeof(b), "passwd: files\ngroup: files\nhosts: files\n");
	if (box_write_file("r/etc/nsswitch.conf", b, strlen(b), 0644) == -1)
		box_fail(ctl, 1, "write /etc/nsswitch.conf");
	if (access("/etc/ld.so.cache", R_OK) == 0 &&
	    (box_write_file("r/etc/ld.so.cache", "", 0, 0644) == -1 ||
	    box_bind_ro("/etc/ld.so.cache", "r/etc/ld.so.cache",
	    MS_NOSUID | MS_NODEV | MS_NOEXEC) == -1))
		box_fail(ctl, 1, "bind /etc/ld.so.cache");
}

static void
box_dev(const struct run *r)
{
	static const char *const devs[] = { "null", "zero", "random",
	    "urandom" };
	static const char *const links[][2] = { { "/proc/self/fd", "fd" },
	    { "/proc/self/fd/0", "stdin" }, { "/proc/self/fd/1", "stdout" },
	    { "/proc/self/fd/2", "stderr" } };
	char		 src[64], dst[64];
	size_t		 i;
	int		 ctl = r->ctl_w;

	if (mkdir("r/dev", 0755) == -1 || mkdir("r/dev/shm", 01777) == -1)
		box_fail(ctl, 1, "mkdir /dev");
	for (i = 0; i < sizeof(devs) / sizeof(devs[0]); i++) {
		snprintf(src, sizeof(src), "/dev/%s", devs[i]);
		snprintf(dst, sizeof(dst), "r/dev/%s", devs[i]);
		/* The device's own mount keeps dev; ours is nodev. */
		if (box_write_file(dst, "", 0, 0666) == -1 ||
		    mount(src, dst, NULL, MS_BIND, NULL) == -1)
			box_fail(ctl, 1, "bind \"%s\"", src);
	}
	for (i = 0; i < sizeof(links) / sizeof(links[0]); i++) {
		snprintf(dst, sizeof(dst), "r/dev/%s", links[i][1]);
		if (symlink(links[i][0], dst) == -1)
			box_fail(ctl, 1, "symlink \"%s\"", dst);
	}
}

static void
box_binds(const struct run *r)
{
	const struct sbx_bind	*b;
	struct stat		 st;
	char			 dst[PATH_MAX];
	size_t			 i;
	int			 ctl = r->ctl_w;

	for (i = 0; i < r->job->nbinds; i++) {
		b = &r->job->binds[i];
		snprintf(dst, sizeof(dst), "r%s", b->box);
		if (stat(b->host, &st) == -1)
			box_fail(ctl, 1, "bind source \"%s\"", b->host);
		if (S_ISDIR(st.st_mode)) {
			if (box_mkdirs(dst) == -1)
				box_fail(ctl, 1, "mkdir \"%s\"", b->box);
		} else {
			char	*slash = strrchr(dst, '/');

			*slash = '\0';
			if (slash > dst + 1 && box_mkdirs(dst) == -1)
				box_fail(ctl, 1, "mkdir for \"%s\"", b->box);
			*slash = '/';
			if (box_write_file(dst, "", 0, 0644) == -1)
				box_fail(ctl, 1, "mount point \"%s\"", b->box);
		}
		if (box_bind_ro(b->host, dst, MS_NOSUID | MS_NODEV |
		    MS_NOEXEC) == -1)
			box_fail(ctl, 1, "bind \"%s\"", b->host);
	}
}

/* box_files: files[] into /box as root (the box cannot replace them: /box
 * is the box user's, but the files are not); executables get an exec bind. */
static void
box_files(const struct run *r)
{
	const struct sbx_file	*f;
	char			 p[PATH_MAX];
	size_t			 i;
	int			 ctl = r->ctl_w;

	for (i = 0; i < r->job->nfiles; i++) {
		f = &r->job->files[i];
		snprintf(p, sizeof(p), "r/box/%s", f->name);
		if (box_write_file(p, f->data, f->len,
		    f->executable ? 0755 : 0644) == -1)
			box_fail(ctl, 1, "write /box/%s", f->name);
		if (f->executable && box_bind_ro(p, p, MS_NOSUID |
		    MS_NODEV) == -1)
			box_fail(ctl, 1, "exec bind /box/%s", f->name);
	}
}

/* box_fs: build the box in a tmpfs on sbx.root, pivot and chroot into it. */
static void
box_fs(const struct run *r)
{
	static const char *const links[][2] = { { "usr/bin", "r/bin" },
	    { "usr/lib", "r/lib" }, { "usr/lib64", "r/lib64" },
	    { "usr/sbin", "r/sbin" } };
	char		 opt[128];
	uint64_t	 size = r->lim.fsize_bytes + 4 * SBX_MIB;
	size_t		 i;
	int		 ctl = r->ctl_w;

	for (i = 0; i < r->job->nfiles; i++)
		size += r->job->files[i].len + 4096;
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == -1)
		box_fail(ctl, 1, "make / private");
	snprintf(opt, sizeof(opt), "size=%" PRIu64 ",nr_inodes=16384,mode=755",
	    size);
	if (mount("box", sbx.root, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
	    opt) == -1 || chdir(sbx.root) == -1)
		box_fail(ctl, 1, "tmpfs on \"%s\"", sbx.root);
	if (mkdir("r", 0755) == -1 || mkdir("r/usr", 0755) == -1 ||
	    box_bind_ro("/usr", "r/usr", MS_NOSUID | MS_NODEV) == -1)
		box_fail(ctl, 1, "bind /usr");
	for (i = 0; i < sizeof(links) / sizeof(links[0]); i++)
		if (symlink(links[i][0], links[i][1]) == -1)
			box_fail(ctl, 1, "symlink \"%s\"", links[i][1]);
	box_etc(r);
	if (mkdir("r/proc", 0555) == -1 || mount("proc", "r/proc", "proc",
	    MS_NOSUID | MS_NODEV | MS_NOEXEC, "hidepid=invisible,subset=pid")
	    == -1)
		box_fail(ctl, 1, "mount /proc");
	box_dev(r);
	if (mkdir("r/tmp", 01777) == -1 || mkdir("r/box", 0755) == -1 ||
	    chown("r/box", sbx.uid, sbx.gid) == -1)
		box_fail(ctl, 1, "mkdir /tmp, /box");
	box_binds(r);
	box_files(r);
	/* "/" stays 0755 root: the box cannot add entries beside /box. */
	if (syscall(SYS_pivot_root, ".", ".") == -1 ||
	    umount2(".", MNT_DETACH) == -1)
		box_fail(ctl, 1, "pivot_root");
	if (chroot("r") == -1 || chdir("/box") == -1)
		box_fail(ctl, 1, "chroot");
}

/* box_fds: pid 2's descriptors: 0-2, result_fd and the control pipe. */
static void
box_fds(const struct run *r)
{
	int		 src[5] = { r->in_rd, r->out_w, r->err_w, r->res_w,
	    r->ctl_w };
	int		 dst[5] = { 0, 1, 2, r->job->result_fd, SBX_CTL_FD };
	int		 hi[5], i, ctl = r->ctl_w;
	struct rlimit	 rl;

	/* Move everything above the targets first so no dup2 clobbers a
	 * source that is still needed; the scratch range must fit under
	 * RLIMIT_NOFILE whatever the judge was started with. */
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 &&
	    rl.rlim_cur < SBX_SCRATCH_FD + 8) {
		rl.rlim_cur = SBX_SCRATCH_FD + 8;
		if (rl.rlim_max < rl.rlim_cur)
			rl.rlim_max = rl.rlim_cur;
		if (setrlimit(RLIMIT_NOFILE, &rl) == -1)
			box_fail(ctl, 127, "RLIMIT_NOFILE %u", SBX_SCRATCH_FD);
	}
	for (i = 0; i < 5; i++) {
		hi[i] = -1;
		if (src[i] != -1 &&
		    (hi[i] = fcntl(src[i], F_DUPFD_CLOEXEC, SBX_SCRATCH_FD))
		    == -1)
			box_fail(ctl, 127, "dup");
	}
	for (i = 0; i < 5; i++) {
		if (hi[i] == -1)
			continue;
		if (dup3(hi[i], dst[i], i == 4 ? O_CLOEXEC : 0) == -1)
			box_fail(hi[4], 127, "dup3");
	}
	close_except(dst, 5);
}

static void
box_rlimits(const struct run *r, int ctl)
{
	const struct sbx_limits	*l = &r->lim;
	struct {
		int		 res;
		rlim_t		 v;
	} t[] = {
		{ RLIMIT_CPU, (rlim_t)((l->cpu_ms + 999) / 1000 + 1) },
		{ RLIMIT_FSIZE, (rlim_t)l->fsize_bytes },
		/* Deep recursion is allowed up to the memory limit. */
		{ RLIMIT_STACK, (rlim_t)l->memory_kb * 1024 },
		/* Memory is the cgroup's job: the JVM and V8 reserve large
		 * virtual ranges they never touch. */
		{ RLIMIT_AS, RLIM_INFINITY },
		{ RLIMIT_DATA, RLIM_INFINITY },
		/* Counted per real uid system-wide, and the uid is the
		 * slot's own: a backstop behind pids.max. */
		{ RLIMIT_NPROC, (rlim_t)l->pids * 2 + 16 },
		{ RLIMIT_CORE, 0 },
		/* Also makes io_uring_setup fail for unprivileged users. */
		{ RLIMIT_MEMLOCK, 0 },
		{ RLIMIT_MSGQUEUE, 0 },
		{ RLIMIT_RTPRIO, 0 },
		{ RLIMIT_NICE, 0 },
		/* Room for the exec fd now; SBX_NOFILE after it is placed. */
		{ RLIMIT_NOFILE, SBX_CTL_FD + 1 },
	};
	struct rlimit	 rl;
	size_t		 i;

	/* Soft = hard, never above the judge's hard limit (raising it needs
	 * CAP_SYS_RESOURCE, which a containerised judge may lack). */
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		if (getrlimit(t[i].res, &rl) == -1)
			box_fail(ctl, 127, "getrlimit %d", t[i].res);
		if (t[i].v < rl.rlim_max || rl.rlim_max == RLIM_INFINITY)
			rl.rlim_max = t[i].v;
		rl.rlim_cur = rl.rlim_max;
		if (setrlimit(t[i].res, &rl) == -1)
			box_fail(ctl, 127, "setrlimit %d", t[i].res);
	}
}

static const char *const sbx_default_env[] = {
	"PATH=/usr/local/bin:/usr/bin:/bin",
	"HOME=/box",
	"TMPDIR=/tmp",
	"LANG=C.UTF-8",
	NULL
};

/*
 * box_drop_ids: become the box user, with no supplementary groups.  Raw
 * system calls, not glibc's wrappers: those make every thread of the
 * process change ids together, and a box cloned from a judge that has (or
 * once had) another thread can wait forever for a thread it does not
 * have.
 */
static int
box_drop_ids(void)
{
	if (syscall(SYS_setgroups, 0, NULL) == -1 ||
	    syscall(SYS_setresgid, sbx.gid, sbx.gid, sbx.gid) == -1 ||
	    syscall(SYS_setresuid, sbx.uid, sbx.uid, sbx.uid) == -1)
		return -1;
	return 0;
}

/* box_exec: pid 2: become the box user and exec the command once. */
static void __attribute__((noreturn))
box_exec(const struct run *r)
{
	const struct sbx_job	*j = r->job;
	struct rlimit		 rl = { SBX_NOFILE, SBX_NOFILE };
	int			 fd;

	/* Signal dispositions and mask are init's: all default. */
	box_fds(r);
	if (setsid() == -1)
		box_fail(SBX_CTL_FD, 127, "setsid");
	box_rlimits(r, SBX_CTL_FD);
	/* A driver may reopen its result pipe through /proc/self/fd (the
	 * JVM cannot wrap a bare descriptor number): the pipe's inode, which
	 * only the box and the judge hold, becomes the box user's. */
	if (j->result_fd > 2 && fchown(j->result_fd, sbx.uid, sbx.gid) == -1)
		box_fail(SBX_CTL_FD, 127, "fchown result pipe");
	if (box_drop_ids() == -1)
		box_fail(SBX_CTL_FD, 127, "drop to uid %u", (unsigned)sbx.uid);
	/* Opened as the box user: what it may not read, it may not run. */
	if ((fd = open(j->argv[0], O_PATH | O_CLOEXEC)) == -1 ||
	    dup3(fd, SECCOMP_EXEC_FD, O_CLOEXEC) == -1)
		box_fail(SBX_CTL_FD, 127, "open \"%s\"", j->argv[0]);
	close(fd);
	if (setrlimit(RLIMIT_NOFILE, &rl) == -1 ||
	    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == -1)
		box_fail(SBX_CTL_FD, 127, "no_new_privs");
	if (seccomp_policy_load(&sbx_prog[sbx.learn][j->policy]) == -1)
		box_fail(SBX_CTL_FD, 127, "seccomp");
	syscall(SYS_execveat, SECCOMP_EXEC_FD, "", j->argv,
	    j->envp != NULL ? j->envp : sbx_default_env, AT_EMPTY_PATH);
	box_fail(SBX_CTL_FD, 127, "execveat \"%s\"", j->argv[0]);
}

/* box_collect: init, after every other process died: send collect[] read
 * beneath /box without following links or leaving the tmpfs, as the box
 * user, regular files only, capped. */
static void
box_collect(const struct run *r, int boxfd)
{
	struct open_how	 how;
	struct stat	 st;
	const char	*name;
	uint16_t	 i;
	int		 fd, err;
	off_t		 off;

	if (r->job->collect == NULL)
		return;
	if (box_drop_ids() == -1)
		box_fail(r->ctl_w, 1, "collect as uid %u", (unsigned)sbx.uid);
	for (i = 0; (name = r->job->collect[i]) != NULL; i++) {
		memset(&how, 0, sizeof(how));
		/* O_NONBLOCK: a FIFO must not hang us before fstat. */
		how.flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY |
		    O_CLOEXEC;
		how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS |
		    RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV;
		err = 0;
		fd = (int)syscall(SYS_openat2, boxfd, name, &how, sizeof(how));
		if (fd == -1)
			err = errno;
		else if (fstat(fd, &st) == -1)
			err = errno;
		else if (!S_ISREG(st.st_mode))
			err = EINVAL;
		else if ((uint64_t)st.st_size > r->collect_max)
			err = EFBIG;
		if (err != 0) {
			ctl_send(r->ctl_w, CTL_FILE, i, err, NULL, 0);
			if (fd != -1)
				close(fd);
			continue;
		}
		/* Nothing can change the file now: its size is final.  On a
		 * short copy the judge sees a truncated record: IE. */
		if (ctl_send(r->ctl_w, CTL_FILE, i, 0, NULL,
		    (uint64_t)st.st_size) == -1)
			_exit(1);
		for (off = 0; off < st.st_size; )
			if (sendfile(r->ctl_w, fd, &off,
			    (size_t)(st.st_size - off)) <= 0)
				_exit(1);
		close(fd);
	}
}

/* box_reap: init: reap until pid 2 ends; then kill and reap the rest. */
static int
box_reap(pid_t child)
{
	int	 st, status = 0;
	pid_t	 p;

	for (;;) {
		p = waitpid(-1, &st, __WALL);
		if (p == child) {
			status = st;
			break;
		}
		if (p == -1 && errno != EINTR)
			break;
	}
	(void)kill(-1, SIGKILL);
	while (waitpid(-1, &st, __WALL) != -1 || errno == EINTR)
		;
	return status;
}

static void
box_join(const struct run *r)
{
	int	 ctl = r->ctl_w;

	if (!r->into_cgroup && cg_enter(sbx.cg) == -1)
		box_fail(ctl, 1, "enter the box cgroup");
	if (unshare(CLONE_NEWCGROUP) == -1)
		box_fail(ctl, 1, "cgroup namespace");
	if (setns(sbx.netns, CLONE_NEWNET) == -1)
		box_fail(ctl, 1, "network namespace");
	if (sethostname("box", 3) == -1)
		box_fail(ctl, 1, "sethostname");
}

/* box_init: pid 1 of the box. */
static void __attribute__((noreturn))
box_init(struct run *r)
{
	uint64_t	 msg[3];
	sigset_t	 none;
	int		 keep[16], boxfd, sig;
	size_t		 n = 0;
	pid_t		 child;

	keep[n++] = r->in_rd;
	keep[n++] = r->out_w;
	keep[n++] = r->err_w;
	keep[n++] = r->res_w;
	keep[n++] = r->ctl_w;
	keep[n++] = sbx.netns;
	n += cg_fds(sbx.cg, keep + n, sizeof(keep) / sizeof(keep[0]) - n);
	close_except(keep, n);
	/* The judge's handlers and mask are not ours; ignored signals
	 * would even stay ignored across the program's exec. */
	for (sig = 1; sig < NSIG; sig++)
		if (sig != SIGKILL && sig != SIGSTOP)
			(void)signal(sig, SIG_DFL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	(void)prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
	/* A judge at real-time priority must not hand it to the box. */
	if (sched_getscheduler(0) != SCHED_OTHER) {
		struct sched_param	 sp = { 0 };

		if (sched_setscheduler(0, SCHED_OTHER, &sp) == -1)
			box_fail(r->ctl_w, 1, "sched_setscheduler");
	}
	umask(0);
	box_join(r);
	box_fs(r);
	if ((boxfd = open("/box", O_PATH | O_DIRECTORY | O_CLOEXEC)) == -1)
		box_fail(r->ctl_w, 1, "open /box");
	msg[0] = mono_ns();
	if (cg_cpu_ns(sbx.cg, &msg[1]) == -1)
		box_fail(r->ctl_w, 1, "read cgroup cpu");
	/* Before the program can fill a pipe and be killed for it. */
	ctl_send(r->ctl_w, CTL_STARTED, 0, 0, msg, 2 * sizeof(msg[0]));
	/* vfork: no copy of init's page tables; init waits for the exec,
	 * and pid 2 only touches its own stack frames and descriptors. */
	if ((child = vfork()) == -1)
		box_fail(r->ctl_w, 1, "vfork");
	if (child == 0)
		box_exec(r);
	/* The pipes now end with pid 2 and its children, not with us. */
	fd_close(&r->in_rd);
	fd_close(&r->out_w);
	fd_close(&r->err_w);
	fd_close(&r->res_w);
	msg[0] = (uint64_t)box_reap(child);
	msg[1] = mono_ns();
	if (cg_cpu_ns(sbx.cg, &msg[2]) == -1)
		msg[2] = 0;
	ctl_send(r->ctl_w, CTL_EXITED, 0, 0, msg, sizeof(msg));
	box_collect(r, boxfd);
	_exit(0);
}

/* -------------------------------------------------------------- judge side */

static void
run_ie(struct run *r, const char *fmt, ...)
{
	va_list	 ap;

	if (r->ie[0] != '\0')
		return;
	va_start(ap, fmt);
	vsnprintf(r->ie, sizeof(r->ie), fmt, ap);
	va_end(ap);
}

static void
run_kill(struct run *r, enum kill_why why)
{
	if (r->kill_why == KILL_NONE)
		r->kill_why = why;
	if (r->pidfd != -1 && !r->reaped)
		(void)syscall(SYS_pidfd_send_signal, r->pidfd, SIGKILL, NULL,
		    0);
}

/* sbx_name_ok: a plain file name in /box. */
static int
sbx_name_ok(const char *s)
{
	return s != NULL && *s != '\0' && strchr(s, '/') == NULL &&
	    strcmp(s, ".") != 0 && strcmp(s, "..") != 0 &&
	    strlen(s) <= NAME_MAX;
}

/* sbx_boxpath_ok: an absolute box path for a bind: no "..", not "/",
 * nothing under the paths the box set-up owns. */
static int
sbx_boxpath_ok(const char *s)
{
	static const char *const owned[] = { "/proc", "/dev", "/usr", "/box",
	    "/bin", "/lib", "/lib64", "/sbin" };
	size_t	 i, n, len;

	if (s == NULL || s[0] != '/' || (len = strlen(s)) < 2 || len > 200 ||
	    strstr(s, "/../") != NULL || strstr(s, "//") != NULL ||
	    (len >= 3 && strcmp(s + len - 3, "/..") == 0))
		return 0;
	for (i = 0; i < sizeof(owned) / sizeof(owned[0]); i++) {
		n = strlen(owned[i]);
		if (strncmp(s, owned[i], n) == 0 && (s[n] == '\0' ||
		    s[n] == '/'))
			return 0;
	}
	return 1;
}

/* sbx_job_ok: reject jobs that are the caller's bug (logged). */
static int
sbx_job_ok(const struct sbx_job *j)
{
	size_t	 i;

	if (j->argv == NULL || j->argv[0] == NULL || j->argv[0][0] != '/') {
		log_warnx("%s: argv[0] must be an absolute path", __func__);
		return 0;
	}
	if ((unsigned)j->policy >= SBX_POLICY__MAX ||
	    (j->result_fd > 2 && j->result_fd >= SBX_NOFILE) ||
	    (j->nfiles > 0 && j->files == NULL) ||
	    (j->nbinds > 0 && j->binds == NULL)) {
		log_warnx("%s: bad policy, result_fd or array", __func__);
		return 0;
	}
	for (i = 0; i < j->nfiles; i++)
		if (!sbx_name_ok(j->files[i].name) ||
		    (j->files[i].len > 0 && j->files[i].data == NULL)) {
			log_warnx("%s: bad file name \"%s\"", __func__,
			    j->files[i].name ? j->files[i].name : "(null)");
			return 0;
		}
	for (i = 0; j->collect != NULL && j->collect[i] != NULL; i++)
		if (!sbx_name_ok(j->collect[i]) || i >= UINT16_MAX) {
			log_warnx("%s: bad collect name \"%s\"", __func__,
			    j->collect[i]);
			return 0;
		}
	for (i = 0; i < j->nbinds; i++)
		if (j->binds[i].host == NULL || j->binds[i].host[0] != '/' ||
		    !sbx_boxpath_ok(j->binds[i].box)) {
			log_warnx("%s: bad bind \"%s\"", __func__,
			    j->binds[i].box ? j->binds[i].box : "(null)");
			return 0;
		}
	return 1;
}

/* run_init: defaults and empty state. */
static void
run_init(struct run *r, const struct sbx_job *j, struct sbx_result *res)
{
	size_t	 n = 0;

	memset(r, 0, sizeof(*r));
	r->job = j;
	r->res = res;
	r->lim = j->lim;
	if (r->lim.cpu_ms == 0)
		r->lim.cpu_ms = 1000;
	if (r->lim.wall_ms == 0)
		r->lim.wall_ms = r->lim.cpu_ms * 3 > r->lim.cpu_ms + 2000 ?
		    r->lim.cpu_ms * 3 : r->lim.cpu_ms + 2000;
	if (r->lim.memory_kb == 0)
		r->lim.memory_kb = 256 * 1024;
	if (r->lim.output_bytes == 0)
		r->lim.output_bytes = 64 * SBX_MIB;
	if (r->lim.stderr_bytes == 0)
		r->lim.stderr_bytes = 64 * 1024;
	if (r->lim.fsize_bytes == 0)
		r->lim.fsize_bytes = 64 * SBX_MIB;
	if (r->lim.pids == 0)
		r->lim.pids = 64;
	r->collect_max = j->collect_max ? j->collect_max : 64 * SBX_MIB;
	r->result_max = j->result_max ? j->result_max : SBX_MIB;
	r->in_rd = r->out_w = r->err_w = r->res_w = r->ctl_w = -1;
	r->in_wr = r->out_r = r->err_r = r->res_r = r->ctl_r = -1;
	r->pidfd = -1;
	/* The buffers hold what is kept; counts go on beyond. */
	buf_init(&r->out, r->lim.output_bytes + 1);
	buf_init(&r->err, r->lim.stderr_bytes + 1);
	buf_init(&r->resb, r->result_max + 1);
	while (j->collect != NULL && j->collect[n] != NULL)
		n++;
	res->nfiles = n;
	res->files = n ? xcalloc(n, sizeof(*res->files)) : NULL;
	for (n = 0; n < res->nfiles; n++) {
		res->files[n].name = xstrdup(j->collect[n]);
		/* Until init reports it: the box died before collecting. */
		res->files[n].error = ECANCELED;
	}
}

/* run_pipe: a pipe whose judge end (rd or wr) is non-blocking. */
static int
run_pipe(int *rd, int *wr, int judge_reads)
{
	int	 p[2];

	if (pipe2(p, O_CLOEXEC) == -1)
		return -1;
	*rd = p[0];
	*wr = p[1];
	return fcntl(judge_reads ? p[0] : p[1], F_SETFL, O_NONBLOCK);
}

static int
run_setup(struct run *r)
{
	const struct sbx_job	*j = r->job;

	if (run_pipe(&r->out_r, &r->out_w, 1) == -1 ||
	    run_pipe(&r->err_r, &r->err_w, 1) == -1 ||
	    run_pipe(&r->ctl_r, &r->ctl_w, 1) == -1 ||
	    (j->result_fd > 2 && run_pipe(&r->res_r, &r->res_w, 1) == -1)) {
		run_ie(r, "pipe: %s", strerror(errno));
		return -1;
	}
	if (j->stdin_fd >= 0)
		r->in_rd = j->stdin_fd;
	else if (j->stdin_data != NULL) {
		if (run_pipe(&r->in_rd, &r->in_wr, 0) == -1) {
			run_ie(r, "pipe: %s", strerror(errno));
			return -1;
		}
	} else if ((r->in_rd = open("/dev/null", O_RDONLY | O_CLOEXEC)) == -1) {
		run_ie(r, "open /dev/null: %s", strerror(errno));
		return -1;
	}
	/* init counts as a task besides the program's. */
	if (cg_prepare(sbx.cg, r->lim.memory_kb * 1024,
	    (uint64_t)r->lim.pids + 1) == -1) {
		run_ie(r, "cgroup set-up failed");
		return -1;
	}
	return 0;
}

/* run_clone: start the box init (clone3, or clone where clone3 is not
 * available, e.g. under valgrind). */
static int
run_clone(struct run *r)
{
	struct clone_args	 ca;
	uint64_t		 ns;
	int			 cgfd = cg_clone_fd(sbx.cg);
	long			 pid;

	ns = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS;
	memset(&ca, 0, sizeof(ca));
	ca.flags = ns | CLONE_PIDFD;
	ca.pidfd = (uint64_t)(uintptr_t)&r->pidfd;
	ca.exit_signal = SIGCHLD;
	if (cgfd != -1) {
		ca.flags |= CLONE_INTO_CGROUP;
		ca.cgroup = (uint64_t)cgfd;
		r->into_cgroup = 1;
	}
	r->t_clone = mono_ns();
	pid = syscall(SYS_clone3, &ca, sizeof(ca));
	if (pid == -1 && errno == ENOSYS) {
		r->into_cgroup = 0;
		pid = syscall(SYS_clone, (unsigned long)ns | SIGCHLD, NULL,
		    NULL, NULL, NULL);
		if (pid > 0 &&
		    (r->pidfd = (int)syscall(SYS_pidfd_open, pid, 0)) == -1) {
			run_ie(r, "pidfd_open: %s", strerror(errno));
			(void)kill((pid_t)pid, SIGKILL);
			(void)waitpid((pid_t)pid, NULL, 0);
			return -1;
		}
	}
	if (pid == 0)
		box_init(r);
	if (pid == -1) {
		run_ie(r, "clone3: %s", strerror(errno));
		return -1;
	}
	fd_close(&r->out_w);
	fd_close(&r->err_w);
	fd_close(&r->res_w);
	fd_close(&r->ctl_w);
	if (r->in_rd != r->job->stdin_fd)
		fd_close(&r->in_rd);
	return 0;
}

/* ctl_body_done: a whole record arrived. */
static void
ctl_record(struct run *r)
{
	const struct ctl_hdr	*h = &r->hdr;
	struct sbx_collected	*f;
	uint64_t		 v[3];

	switch (h->type) {
	case CTL_STARTED:
		memcpy(v, r->small, 2 * sizeof(v[0]));
		r->t0 = v[0];
		r->cpu0 = v[1];
		r->started = 1;
		break;
	case CTL_EXITED:
		memcpy(v, r->small, sizeof(v));
		r->wstatus = (int)v[0];
		r->t1 = v[1];
		r->cpu1 = v[2];
		r->exited = 1;
		break;
	case CTL_ERROR:
		r->small[h->len] = '\0';
		run_ie(r, "box: %s", r->small);
		break;
	case CTL_FILE:
		f = &r->res->files[h->index];
		f->error = h->err;
		if (h->err == 0) {
			f->data = r->body;
			f->data[h->len] = '\0';
			f->len = h->len;
			r->body = NULL;
		}
		break;
	}
}

/* ctl_header_ok: validate a header (the box init is ours, but check). */
static int
ctl_header_ok(struct run *r)
{
	const struct ctl_hdr	*h = &r->hdr;

	switch (h->type) {
	case CTL_STARTED:
		return h->len == 2 * sizeof(uint64_t) && !r->started;
	case CTL_EXITED:
		return h->len == 3 * sizeof(uint64_t) && r->started;
	case CTL_ERROR:
		return h->len <= CTL_SMALL;
	case CTL_FILE:
		if (!r->exited || h->index >= r->res->nfiles ||
		    h->len > r->collect_max || (h->err != 0 && h->len != 0))
			return 0;
		if (h->err == 0)
			r->body = xmalloc((size_t)h->len + 1);
		return 1;
	}
	return 0;
}

/* ctl_feed: parse control bytes; -1 on a protocol error. */
static int
ctl_feed(struct run *r, const char *p, size_t n)
{
	size_t	 k;
	char	*dst;

	while (n > 0) {
		if (r->hdr_got < sizeof(r->hdr)) {
			k = sizeof(r->hdr) - r->hdr_got;
			k = k < n ? k : n;
			memcpy((char *)&r->hdr + r->hdr_got, p, k);
			r->hdr_got += k;
			p += k;
			n -= k;
			if (r->hdr_got < sizeof(r->hdr))
				break;
			if (!ctl_header_ok(r))
				return -1;
			r->body_got = 0;
		}
		k = r->hdr.len - r->body_got;
		k = k < n ? k : n;
		dst = r->hdr.type == CTL_FILE ? r->body : r->small;
		if (k > 0)
			memcpy(dst + r->body_got, p, k);
		r->body_got += k;
		p += k;
		n -= k;
		if (r->body_got == r->hdr.len) {
			ctl_record(r);
			r->hdr_got = 0;
		}
	}
	return 0;
}

/* run_read: read one pipe, at most 16 x 64 KiB per call so that a flood
 * cannot keep the limits from being checked; returns 0 on EOF (fd closed),
 * 1 otherwise. */
static int
run_read(struct run *r, int *fd)
{
	char		 b[65536];
	ssize_t		 n;
	uint64_t	 room;
	int		 rounds = 16;

	while (rounds-- > 0 && (n = read(*fd, b, sizeof(b))) > 0) {
		if (*fd == r->ctl_r) {
			if (ctl_feed(r, b, (size_t)n) == -1) {
				run_ie(r, "bad control record from the box");
				run_kill(r, KILL_IE);
				fd_close(fd);
				return 0;
			}
		} else if (*fd == r->out_r) {
			r->out_total += (uint64_t)n;
			room = r->lim.output_bytes + 1 - r->out.len;
			buf_add(&r->out, b, (uint64_t)n < room ? (size_t)n :
			    (size_t)room);
			if (r->out_total > r->lim.output_bytes)
				run_kill(r, KILL_OLE);
		} else if (*fd == r->res_r) {
			r->res_total += (uint64_t)n;
			room = r->result_max + 1 - r->resb.len;
			buf_add(&r->resb, b, (uint64_t)n < room ? (size_t)n :
			    (size_t)room);
			if (r->res_total > r->result_max)
				run_kill(r, KILL_OLE);
		} else {
			/* stderr: keep the head, drain the rest. */
			room = r->lim.stderr_bytes - r->err.len;
			buf_add(&r->err, b, (uint64_t)n < room ? (size_t)n :
			    (size_t)room);
		}
	}
	if (rounds >= 0 && (n == 0 || (errno != EAGAIN && errno != EINTR))) {
		fd_close(fd);
		return 0;
	}
	return 1;
}

/* run_feed: write stdin_data without blocking; close when done. */
static void
run_feed(struct run *r)
{
	const struct sbx_job	*j = r->job;
	ssize_t			 n;

	while (r->in_off < j->stdin_len) {
		n = write(r->in_wr, (const char *)j->stdin_data + r->in_off,
		    j->stdin_len - r->in_off);
		if (n == -1) {
			if (errno == EAGAIN || errno == EINTR)
				return;
			break;		/* EPIPE: the program stopped reading */
		}
		r->in_off += (size_t)n;
	}
	fd_close(&r->in_wr);
}

/* run_reap: init ended. */
static void
run_reap(struct run *r)
{
	siginfo_t	 si;

	memset(&si, 0, sizeof(si));
	if (waitid((idtype_t)P_PIDFD, (id_t)r->pidfd, &si, WEXITED) == -1 &&
	    errno != ECHILD)
		return;
	r->reaped = 1;
	r->t_reaped = mono_ns();
}

/* run_limits: CPU poll, wall and set-up deadlines; returns the poll
 * timeout in ms until the next check. */
static int
run_limits(struct run *r, uint64_t now)
{
	uint64_t	 wall_end, due;

	if (r->reaped)
		return (int)SBX_POLL_MS;
	if (now >= r->next_poll) {
		r->next_poll = now + SBX_POLL_MS * 1000000ULL;
		cg_sample(sbx.cg);
		if (r->started && !r->exited &&
		    cg_cpu_ns(sbx.cg, &r->cpu_now) == 0 &&
		    r->cpu_now - r->cpu0 >= r->lim.cpu_ms * 1000000ULL)
			run_kill(r, KILL_TLE);
	}
	if (!r->started)
		wall_end = r->t_clone + SBX_SETUP_MS * 1000000ULL;
	else if (!r->exited)
		wall_end = r->t0 + r->lim.wall_ms * 1000000ULL;
	else
		wall_end = r->t1 + SBX_SETUP_MS * 1000000ULL;
	if (now >= wall_end) {
		if (r->started && !r->exited)
			run_kill(r, KILL_WALL);
		else {
			run_ie(r, "box %s timed out", r->started ?
			    "collect" : "set-up");
			run_kill(r, KILL_IE);
		}
	}
	due = r->next_poll < wall_end ? r->next_poll : wall_end;
	return due > now ? (int)((due - now + 999999) / 1000000) : 0;
}

/* run_loop: wait for the box, serving its pipes, until init is reaped and
 * every pipe reached EOF. */
static void
run_loop(struct run *r)
{
	struct pollfd	 pfd[6];
	int		*fds[6] = { &r->pidfd, &r->ctl_r, &r->out_r, &r->err_r,
	    &r->res_r, &r->in_wr };
	int		 i, n, timeout, which[6];
	uint64_t	 now;

	for (;;) {
		now = mono_ns();
		timeout = run_limits(r, now);
		if (r->reaped && (r->ctl_r == -1 && r->out_r == -1 &&
		    r->err_r == -1 && r->res_r == -1))
			break;
		if (r->reaped && now > r->t_reaped + SBX_DRAIN_MS * 1000000ULL)
			break;
		for (i = n = 0; i < 6; i++) {
			if (*fds[i] == -1 || (i == 0 && r->reaped))
				continue;
			pfd[n].fd = *fds[i];
			pfd[n].events = i == 5 ? POLLOUT : POLLIN;
			pfd[n].revents = 0;
			which[n++] = i;
		}
		if (poll(pfd, (nfds_t)n, timeout) == -1 && errno != EINTR) {
			run_ie(r, "poll: %s", strerror(errno));
			run_kill(r, KILL_IE);
			continue;
		}
		for (i = 0; i < n; i++) {
			if (pfd[i].revents == 0)
				continue;
			if (which[i] == 0)
				run_reap(r);
			else if (which[i] == 5)
				run_feed(r);
			else
				(void)run_read(r, fds[which[i]]);
		}
	}
}

/* run_verdict: SANDBOX.md's order: IE, MLE, TLE, WALL, OLE, SYSCALL, RE. */
static void
run_verdict(struct run *r)
{
	struct sbx_result	*res = r->res;
	uint64_t		 cpu = 0, peak = 0, ooms = 0, end;
	int			 st = r->wstatus, sig = 0, failed;

	if (r->started) {
		if (r->exited && r->cpu1 >= r->cpu0)
			cpu = r->cpu1 - r->cpu0;
		else if (cg_cpu_ns(sbx.cg, &cpu) == 0 && cpu >= r->cpu0)
			cpu -= r->cpu0;
		end = r->exited ? r->t1 : r->t_reaped;
		res->wall_ms = end > r->t0 ? (end - r->t0) / 1000000 : 0;
	}
	res->cpu_ms = cpu / 1000000;
	if (cg_memory_peak(sbx.cg, &peak) == -1 ||
	    cg_oom_kills(sbx.cg, &ooms) == -1)
		run_ie(r, "reading the cgroup counters failed");
	res->memory_kb = peak / 1024;
	if (r->exited) {
		if (WIFEXITED(st))
			res->exit_code = WEXITSTATUS(st);
		else if (WIFSIGNALED(st))
			res->signal = sig = WTERMSIG(st);
	}
	if (r->hdr_got != 0)
		run_ie(r, "truncated control record from the box");
	failed = !r->exited || sig != 0 || res->exit_code != 0;
	if (r->ie[0] != '\0' || r->kill_why == KILL_IE || !r->started)
		res->status = SBX_IE;
	else if (ooms > 0 || (failed &&
	    peak + 256 * 1024 >= r->lim.memory_kb * 1024))
		res->status = SBX_MLE;
	else if (r->kill_why == KILL_TLE ||
	    cpu >= r->lim.cpu_ms * 1000000ULL)
		res->status = SBX_TLE;
	else if (r->kill_why == KILL_WALL)
		res->status = SBX_WALL;
	else if (r->kill_why == KILL_OLE || sig == SIGXFSZ ||
	    r->out_total > r->lim.output_bytes)
		res->status = SBX_OLE;
	else if (!r->exited) {
		res->status = SBX_IE;
		run_ie(r, "box init died without a status");
	} else if (sig == SIGSYS)
		res->status = SBX_SYSCALL;
	else if (failed)
		res->status = SBX_RE;
	else
		res->status = SBX_OK;
	if (res->status == SBX_IE)
		snprintf(res->ie_reason, sizeof(res->ie_reason), "%s",
		    r->ie[0] != '\0' ? r->ie : "box set-up failed");
}

static char *
run_take(struct buf *b, size_t *len)
{
	char	*p;

	if (b->data == NULL) {
		*len = 0;
		return xstrdup("");
	}
	p = buf_detach(b, len);
	return p;
}

/* run_end: results out, descriptors closed, the slot checked empty. */
static void
run_end(struct run *r)
{
	struct sbx_result	*res = r->res;

	res->out = run_take(&r->out, &res->out_len);
	if (res->out_len > r->lim.output_bytes)
		res->out[res->out_len = r->lim.output_bytes] = '\0';
	res->err = run_take(&r->err, &res->err_len);
	res->res_out = run_take(&r->resb, &res->res_len);
	if (res->res_len > r->result_max)
		res->res_out[res->res_len = r->result_max] = '\0';
	free(r->body);
	fd_close(&r->in_wr);
	fd_close(&r->out_r);
	fd_close(&r->err_r);
	fd_close(&r->res_r);
	fd_close(&r->ctl_r);
	fd_close(&r->out_w);
	fd_close(&r->err_w);
	fd_close(&r->res_w);
	fd_close(&r->ctl_w);
	if (r->in_rd != r->job->stdin_fd)
		fd_close(&r->in_rd);
	fd_close(&r->pidfd);
	buf_free(&r->out);
	buf_free(&r->err);
	buf_free(&r->resb);
}

int
sbx_run(const struct sbx_job *job, struct sbx_result *res)
{
	struct run	 r;
	sigset_t	 pipe_set, old, pending;
	int		 had_pipe;

	memset(res, 0, sizeof(*res));
	res->status = SBX_IE;
	if (!sbx.ready || job == NULL || !sbx_job_ok(job)) {
		snprintf(res->ie_reason, sizeof(res->ie_reason), "%s",
		    sbx.ready ? "invalid job" : "sandbox not initialised");
		if (!sbx.ready)
			log_warnx("%s: sbx_init was not called", __func__);
		return -1;
	}
	if (sbx_prog[sbx.learn][job->policy].filter == NULL &&
	    seccomp_policy_build(job->policy, sbx.learn,
	    &sbx_prog[sbx.learn][job->policy]) == -1) {
		snprintf(res->ie_reason, sizeof(res->ie_reason),
		    "seccomp filter build failed");
		return 0;
	}
	/* A program that stops reading stdin must not kill the judge. */
	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	sigpending(&pending);
	had_pipe = sigismember(&pending, SIGPIPE);
	sigprocmask(SIG_BLOCK, &pipe_set, &old);
	run_init(&r, job, res);
	if (run_setup(&r) == 0 && run_clone(&r) == 0) {
		r.next_poll = r.t_clone;
		run_loop(&r);
	}
	run_verdict(&r);
	run_end(&r);
	if (cg_wait_empty(sbx.cg, 2000) == -1 && res->status != SBX_IE) {
		res->status = SBX_IE;
		snprintf(res->ie_reason, sizeof(res->ie_reason),
		    "box processes outlived init");
	}
	if (!had_pipe) {
		struct timespec	 zero = { 0, 0 };

		sigpending(&pending);
		if (sigismember(&pending, SIGPIPE))
			(void)sigtimedwait(&pipe_set, NULL, &zero);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	return 0;
}

void
sbx_result_free(struct sbx_result *res)
{
	size_t	 i;

	if (res == NULL)
		return;
	free(res->out);
	free(res->err);
	free(res->res_out);
	for (i = 0; i < res->nfiles; i++) {
		free(res->files[i].name);
		free(res->files[i].data);
	}
	free(res->files);
	res->out = res->err = res->res_out = NULL;
	res->files = NULL;
	res->nfiles = 0;
}

/* ------------------------------------------------------------------- slot */

/* sbx_lock: one process per slot: flock on the slot's lock file. */
static int
sbx_lock(const char *dir, unsigned slot)
{
	char	 p[PATH_MAX];

	snprintf(p, sizeof(p), "%s/verdict-box-%u.lock", dir, slot);
	sbx.lockfd = open(p, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (sbx.lockfd == -1) {
		log_warn("%s: \"%s\"", __func__, p);
		return -1;
	}
	if (flock(sbx.lockfd, LOCK_EX | LOCK_NB) == -1) {
		log_warn("%s: slot %u is taken (\"%s\")", __func__, slot, p);
		return -1;
	}
	return 0;
}

/* sbx_rootdir: the slot's private mount point (root-only, real dir). */
static int
sbx_rootdir(const char *dir, unsigned slot)
{
	struct stat	 st;

	sbx.root = xasprintf("%s/verdict-box-%u.root", dir, slot);
	if (mkdir(sbx.root, 0700) == -1 && errno != EEXIST)
		goto fail;
	if (lstat(sbx.root, &st) == -1)
		goto fail;
	if (!S_ISDIR(st.st_mode) || st.st_uid != 0) {
		errno = ENOTDIR;
		goto fail;
	}
	return 0;
fail:
	log_warn("%s: \"%s\"", __func__, sbx.root);
	return -1;
}

/* sbx_netns: an empty network namespace for every run of the slot. */
static int
sbx_netns(void)
{
	int	 self;

	if ((self = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC)) == -1) {
		log_warn("%s: \"/proc/self/ns/net\"", __func__);
		return -1;
	}
	if (unshare(CLONE_NEWNET) == -1) {
		log_warn("%s: unshare", __func__);
		close(self);
		return -1;
	}
	sbx.netns = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	if (setns(self, CLONE_NEWNET) == -1)
		fatal("%s: cannot return to the judge's network namespace",
		    __func__);
	close(self);
	if (sbx.netns == -1) {
		log_warn("%s: \"/proc/self/ns/net\" (new)", __func__);
		return -1;
	}
	return 0;
}

int
sbx_init(unsigned slot)
{
	const char	*dir = getenv("VERDICT_RUN_DIR");
	const char	*learn = getenv("VERDICT_SECCOMP_LEARN");
	const char	*cpus = getenv("VERDICT_BOX_CPUS");

	if (sbx.ready) {
		log_warnx("%s: already initialised (slot %u)", __func__,
		    sbx.slot);
		return -1;
	}
	if (geteuid() != 0) {
		log_warnx("%s: the sandbox needs root", __func__);
		return -1;
	}
	if (dir == NULL || *dir == '\0')
		dir = "/run";
	sbx.slot = slot;
	sbx.uid = (uid_t)(SBX_UID_BASE + slot);
	sbx.gid = (gid_t)(SBX_UID_BASE + slot);
	if (sbx_lock(dir, slot) == -1 || sbx_rootdir(dir, slot) == -1 ||
	    (sbx.cg = cg_open(slot)) == NULL || sbx_netns() == -1)
		goto fail;
	if (cpus != NULL && *cpus != '\0' && cg_set_cpus(sbx.cg, cpus) == -1)
		goto fail;
	sbx.learn = learn != NULL && strcmp(learn, "1") == 0;
	sbx.ready = 1;
	return 0;
fail:
	sbx_fini();
	return -1;
}

void
sbx_fini(void)
{
	cg_close(sbx.cg);
	sbx.cg = NULL;
	if (sbx.netns != -1)
		close(sbx.netns);
	sbx.netns = -1;
	free(sbx.root);
	sbx.root = NULL;
	if (sbx.lockfd != -1)
		close(sbx.lockfd);
	sbx.lockfd = -1;
	sbx.ready = 0;
}
