/* cg.h: the cgroup of one box slot, the same calls on cgroup v1 and v2. */
#ifndef VERDICT_CG_H
#define VERDICT_CG_H

#include <stddef.h>
#include <stdint.h>

/*
 * A struct cg is the slot's box cgroup: "judge/box-<slot>" at the root of
 * every v1 controller (memory, pids, cpuacct, and freezer and cpuset when
 * mounted), or "<delegated parent>/box-<slot>" on the unified hierarchy.
 * It is created once (cg_open) and reused for every run; a run only writes
 * the limits that changed and reads a few counters through descriptors
 * opened once.  Design notes and the v1/v2 table: shared/SANDBOX.md.
 *
 * Functions marked "child-safe" only use pread/pwrite on descriptors that
 * already exist, so the box init may call them after clone (no malloc, no
 * locks, no logging).
 */

enum cg_mode {
	CG_V1,		/* legacy or hybrid: one hierarchy per controller */
	CG_V2,		/* unified hierarchy (statfs CGROUP2_SUPER_MAGIC) */
};

struct cg;

/* cg_init: detect the mode and initialise libcgroup.  0 or -1 (logged). */
int		 cg_init(void);
/* cg_mode: the mode found by cg_init. */
enum cg_mode	 cg_mode(void);
/*
 * cg_open: create (or adopt) the box cgroup of slot, kill anything left in
 * it by an earlier judge and open its control files.  On v2 this also moves
 * the calling process into a "daemon" leaf so that its parent may delegate
 * controllers to the box (no-internal-process rule).  NULL on error (logged);
 * cg_close frees the result.
 */
struct cg	*cg_open(unsigned slot);
/* cg_close: close descriptors and free; the cgroup itself is kept. */
void		 cg_close(struct cg *);
/* cg_set_cpus: pin the box to a cpuset list such as "1" (v1 and v2). */
int		 cg_set_cpus(struct cg *, const char *list);
/*
 * cg_prepare: before a run.  Requires an empty cgroup.  Writes the memory
 * limit (swap excluded: memsw / swap.max) and pids.max when they changed,
 * resets the peak and remembers the OOM-kill count.  If memory from earlier
 * runs (page cache) is still charged, the memory group is recreated first
 * so that the peak measures this run only.  0 or -1 (logged).
 */
int		 cg_prepare(struct cg *, uint64_t mem_bytes, uint64_t pids);
/* cg_clone_fd: v2: a directory fd for clone3(CLONE_INTO_CGROUP); v1: -1. */
int		 cg_clone_fd(const struct cg *);
/* cg_enter: child-safe: move the calling process into every hierarchy. */
int		 cg_enter(const struct cg *);
/* cg_fds: the descriptors cg_enter and cg_cpu_ns need; returns the count. */
size_t		 cg_fds(const struct cg *, int *fds, size_t max);
/* cg_cpu_ns: child-safe: CPU time of the group since it was created. */
int		 cg_cpu_ns(const struct cg *, uint64_t *ns);
/* cg_sample: during a run: feeds the peak where the kernel keeps none. */
void		 cg_sample(struct cg *);
/* cg_memory_peak: peak memory of this run in bytes.  0 or -1. */
int		 cg_memory_peak(struct cg *, uint64_t *bytes);
/* cg_oom_kills: OOM kills in the group since cg_prepare.  0 or -1. */
int		 cg_oom_kills(struct cg *, uint64_t *kills);
/* cg_kill: backstop: SIGKILL every process in the group.  0 or -1. */
int		 cg_kill(struct cg *);
/*
 * cg_wait_empty: wait until no process is left, killing stragglers after
 * a while.  0 when empty, -1 (logged) when still populated at timeout_ms.
 */
int		 cg_wait_empty(struct cg *, int timeout_ms);

#endif
