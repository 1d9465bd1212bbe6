/* cg.c: the box cgroup of one slot on cgroup v1 or v2, behind cg.h. */
/*
 * Division of labour.  libcgroup (2.0.2 on Debian 12) finds the controller
 * mounts and creates the groups; it is not on the per-run path, because it
 * re-reads and rewrites whole groups on every call.  Per run we touch only
 * descriptors opened once by cg_open: pwrite a limit when it changed, pread
 * a counter.  Two judges never share a slot (sandbox.c holds a slot lock),
 * so nothing here needs locking.
 *
 * Placement.  v1: "judge/box-<slot>" at the root of each controller, never
 * below our own group (this process may sit in somebody's memory cgroup).
 * v2: a cgroup that holds processes cannot delegate controllers to children,
 * so the judge moves itself into "<parent>/daemon" and the boxes are its
 * siblings "<parent>/box-<slot>", where <parent> is the group we started in
 * (systemd unit with Delegate=yes) or "/judge" when we started in the root.
 *
 * Peak memory.  Page cache that a run reads first is charged to the box and
 * stays charged after the run, so a reused group would report it again as
 * the next run's peak.  cg_prepare therefore recreates the memory group when
 * more than CG_RESIDUE bytes are still charged (the old charges go with the
 * dying group; the cached pages stay in memory).  On v2 kernels where
 * memory.peak cannot be reset (< 6.12) the group is recreated every run; on
 * kernels without memory.peak (< 5.19) memory.current is sampled instead.
 */
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/types.h>

#include <linux/magic.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libcgroup.h>

#include "cg.h"
#include "log.h"
#include "xmalloc.h"

#define CG_RESIDUE	(1024 * 1024)	/* bytes left charged: recreate */
#define CG_V2_LEAF	"daemon"

enum cg_ctl {
	CGC_MEMORY,
	CGC_PIDS,
	CGC_CPUACCT,
	CGC_FREEZER,
	CGC_CPUSET,
	CGC__MAX
};
static const char *const cg_ctl_names[CGC__MAX] = {
	"memory", "pids", "cpuacct", "freezer", "cpuset"
};

enum cg_file {
	CGF_MEM_LIMIT,
	CGF_SWAP_LIMIT,
	CGF_MEM_PEAK,
	CGF_MEM_USAGE,
	CGF_MEM_OOM,
	CGF_PIDS_MAX,
	CGF_PIDS_CUR,
	CGF_CPU,
	CGF_KILL,
	CGF__MAX
};

/* Control files per mode; v1 and v2 name the same concept differently. */
static const struct cg_filedef {
	enum cg_ctl	 ctl;
	const char	*v1;
	const char	*v2;
	int		 oflags;
	int		 optional;	/* missing is not an error */
} cg_filedefs[CGF__MAX] = {
	[CGF_MEM_LIMIT] =	{ CGC_MEMORY, "memory.limit_in_bytes",
				  "memory.max", O_WRONLY, 0 },
	/* v1 memsw exists only with swap accounting; v2 without swap. */
	[CGF_SWAP_LIMIT] =	{ CGC_MEMORY, "memory.memsw.limit_in_bytes",
				  "memory.swap.max", O_WRONLY, 1 },
	/* v2 memory.peak: kernel >= 5.19. */
	[CGF_MEM_PEAK] =	{ CGC_MEMORY, "memory.max_usage_in_bytes",
				  "memory.peak", O_RDWR, 1 },
	[CGF_MEM_USAGE] =	{ CGC_MEMORY, "memory.usage_in_bytes",
				  "memory.current", O_RDONLY, 0 },
	[CGF_MEM_OOM] =		{ CGC_MEMORY, "memory.oom_control",
				  "memory.events", O_RDONLY, 0 },
	[CGF_PIDS_MAX] =	{ CGC_PIDS, "pids.max", "pids.max",
				  O_WRONLY, 0 },
	/* The cheapest "is it empty" test on both versions. */
	[CGF_PIDS_CUR] =	{ CGC_PIDS, "pids.current", "pids.current",
				  O_RDONLY, 0 },
	[CGF_CPU] =		{ CGC_CPUACCT, "cpuacct.usage", "cpu.stat",
				  O_RDONLY, 0 },
	/* v2 cgroup.kill: kernel >= 5.14; v1 freezer: optional. */
	[CGF_KILL] =		{ CGC_FREEZER, "freezer.state", "cgroup.kill",
				  O_WRONLY, 1 },
};

struct cg {
	unsigned	 slot;
	char		*name;		/* relative to a mount: judge/box-0 */
	char		*path[CGC__MAX];/* NULL: controller absent (v1) */
	int		 procs[CGC__MAX];
	int		 fd[CGF__MAX];
	int		 dirfd;		/* v2 only */
	uint64_t	 mem_limit;	/* last written; 0: unknown */
	uint64_t	 pids_max;
	uint64_t	 oom_base;
	uint64_t	 peak_sample;
	int		 peak_resettable;	/* v2 memory.peak fd reset */
	char		*cpus;		/* cg_set_cpus; kept for recreate */
};

static enum cg_mode	 cg_the_mode;
static int		 cg_ready;

static int	cg_make(struct cg *, int only_memory);
static int	cg_open_files(struct cg *);
static void	cg_close_files(struct cg *);

int
cg_init(void)
{
	struct statfs	 sfs;
	int		 rc;

	if (cg_ready)
		return 0;
	if (statfs("/sys/fs/cgroup", &sfs) == -1) {
		log_warn("%s: statfs \"/sys/fs/cgroup\"", __func__);
		return -1;
	}
	/* libcgroup 2.0.2 has no cgroup_setup_mode(): decide ourselves. */
	cg_the_mode = sfs.f_type == CGROUP2_SUPER_MAGIC ? CG_V2 : CG_V1;
	if ((rc = cgroup_init()) != 0) {
		log_warnx("%s: cgroup_init: %s", __func__, cgroup_strerror(rc));
		return -1;
	}
	cg_ready = 1;
	return 0;
}

enum cg_mode
cg_mode(void)
{
	return cg_the_mode;
}

/* Small file helpers: whole-file reads and writes at offset 0. */

static int
cg_pwrite_str(int fd, const char *s)
{
	size_t	 n = strlen(s);

	return pwrite(fd, s, n, 0) == (ssize_t)n ? 0 : -1;
}

static int
cg_pwrite_u64(int fd, uint64_t v)
{
	char	 b[32];

	snprintf(b, sizeof(b), "%" PRIu64, v);
	return cg_pwrite_str(fd, b);
}

/* cg_pread: child-safe; NUL-terminates; returns the length or -1. */
static ssize_t
cg_pread(int fd, char *b, size_t sz)
{
	ssize_t	 n;

	if (fd < 0 || (n = pread(fd, b, sz - 1, 0)) < 0)
		return -1;
	b[n] = '\0';
	return n;
}

/* cg_parse_u64: child-safe decimal parse; stops at the first non-digit. */
static int
cg_parse_u64(const char *s, uint64_t *v)
{
	uint64_t	 x = 0;

	if (*s < '0' || *s > '9')
		return -1;
	for (; *s >= '0' && *s <= '9'; s++)
		x = x * 10 + (uint64_t)(*s - '0');
	*v = x;
	return 0;
}

/* cg_read_key: child-safe; value of "key N" lines (cpu.stat, events). */
static int
cg_read_key(int fd, const char *key, uint64_t *v)
{
	char	 b[1024], *p;
	size_t	 kl = strlen(key);

	if (cg_pread(fd, b, sizeof(b)) < 0)
		return -1;
	for (p = b; p != NULL && *p != '\0'; ) {
		if (strncmp(p, key, kl) == 0 && p[kl] == ' ')
			return cg_parse_u64(p + kl + 1, v);
		if ((p = strchr(p, '\n')) != NULL)
			p++;
	}
	return -1;
}

static int
cg_read_u64(int fd, uint64_t *v)
{
	char	 b[64];

	if (cg_pread(fd, b, sizeof(b)) < 0)
		return -1;
	return cg_parse_u64(b, v);
}

/* cg_write_file: write s into dir/file (set-up time only). */
static int
cg_write_file(const char *dir, const char *file, const char *s)
{
	char	 p[PATH_MAX];
	int	 fd, rc;

	snprintf(p, sizeof(p), "%s/%s", dir, file);
	if ((fd = open(p, O_WRONLY | O_CLOEXEC)) == -1)
		return -1;
	rc = cg_pwrite_str(fd, s);
	close(fd);
	return rc;
}

/* cg_read_all: read dir/file into b, NUL-terminated (set-up time only). */
static int
cg_read_all(const char *dir, const char *file, char *b, size_t sz)
{
	char	 p[PATH_MAX];
	int	 fd;
	ssize_t	 n;

	snprintf(p, sizeof(p), "%s/%s", dir, file);
	if ((fd = open(p, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	n = cg_pread(fd, b, sz);
	close(fd);
	return n < 0 ? -1 : 0;
}

/* cg_read_file: the first line of dir/file, without its newline. */
static int
cg_read_file(const char *dir, const char *file, char *b, size_t sz)
{
	if (cg_read_all(dir, file, b, sz) == -1)
		return -1;
	b[strcspn(b, "\n")] = '\0';
	return 0;
}

static char *
cg_mount_of(const char *ctl)
{
	char	*mnt = NULL;

	if (cgroup_get_subsys_mount_point(ctl, &mnt) != 0)
		return NULL;
	return mnt;
}

/*
 * cg_v2_parent: find or make the delegated parent on the unified hierarchy
 * and move this process into its "daemon" leaf.  Returns the parent
 * relative to the mount ("" for the root is never returned), malloc'd.
 */
static char *
cg_v2_parent(const char *mnt)
{
	char	 own[PATH_MAX], p[PATH_MAX], *parent = NULL, *base;
	int	 top;
	FILE	*f;

	own[0] = '\0';
	if ((f = fopen("/proc/self/cgroup", "re")) != NULL) {
		while (fgets(p, sizeof(p), f) != NULL)
			if (strncmp(p, "0::", 3) == 0) {
				snprintf(own, sizeof(own), "%s", p + 3);
				own[strcspn(own, "\n")] = '\0';
			}
		fclose(f);
	}
	if (own[0] != '/') {
		log_warnx("%s: no unified entry in \"/proc/self/cgroup\"",
		    __func__);
		return NULL;
	}
	base = strrchr(own, '/') + 1;
	top = strcmp(own, "/") == 0 || strcmp(own, "/" CG_V2_LEAF) == 0;
	if (top)
		parent = xstrdup("judge");
	else if (strcmp(base, CG_V2_LEAF) == 0)
		parent = xstrndup(own + 1, (size_t)(base - own - 2));
	else
		parent = xstrdup(own + 1);
	if (top || strcmp(base, CG_V2_LEAF) != 0) {
		snprintf(p, sizeof(p), "%s/%s", mnt, parent);
		if (mkdir(p, 0755) == -1 && errno != EEXIST)
			goto fail;
		snprintf(p, sizeof(p), "%s/%s/%s", mnt, parent, CG_V2_LEAF);
		if (mkdir(p, 0755) == -1 && errno != EEXIST)
			goto fail;
		/* "0": the calling process, all its threads. */
		if (cg_write_file(p, "cgroup.procs", "0") == -1)
			goto fail;
	}
	return parent;
fail:
	log_warn("%s: \"%s\"", __func__, p);
	free(parent);
	return NULL;
}

/* cg_v2_delegate: enable our controllers for the children of parent. */
static int
cg_v2_delegate(const char *mnt, const char *parent)
{
	static const char *const want[] = { "+memory", "+pids", "+cpu",
	    "+cpuset" };
	char		 p[PATH_MAX];
	size_t		 i;

	/* The root may hold processes; it can always delegate. */
	if (strcmp(parent, "judge") == 0)
		for (i = 0; i < sizeof(want) / sizeof(want[0]); i++)
			(void)cg_write_file(mnt, "cgroup.subtree_control",
			    want[i]);
	snprintf(p, sizeof(p), "%s/%s", mnt, parent);
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		if (cg_write_file(p, "cgroup.subtree_control", want[i]) == 0)
			continue;
		/* memory and pids are required, cpu and cpuset are not. */
		if (i < 2) {
			log_warn("%s: \"%s\" in \"%s/cgroup.subtree_control\""
			    " (is the parent delegated and free of other"
			    " processes?)", __func__, want[i], p);
			return -1;
		}
	}
	return 0;
}

/* cg_paths: fill cg->name and cg->path[] from the mounts. */
static int
cg_paths(struct cg *cg)
{
	char	*mnt, *parent, p[PATH_MAX];
	int	 c;

	if (cg_the_mode == CG_V1) {
		cg->name = xasprintf("judge/box-%u", cg->slot);
		for (c = 0; c < CGC__MAX; c++) {
			if ((mnt = cg_mount_of(cg_ctl_names[c])) == NULL)
				continue;
			snprintf(p, sizeof(p), "%s/%s", mnt, cg->name);
			cg->path[c] = xstrdup(p);
			free(mnt);
		}
		for (c = CGC_MEMORY; c <= CGC_CPUACCT; c++)
			if (cg->path[c] == NULL) {
				log_warnx("%s: cgroup v1 controller \"%s\" is"
				    " not mounted", __func__, cg_ctl_names[c]);
				return -1;
			}
		return 0;
	}
	if ((mnt = cg_mount_of("memory")) == NULL)
		mnt = xstrdup("/sys/fs/cgroup");
	if ((parent = cg_v2_parent(mnt)) == NULL ||
	    cg_v2_delegate(mnt, parent) == -1) {
		free(parent);
		free(mnt);
		return -1;
	}
	cg->name = xasprintf("%s/box-%u", parent, cg->slot);
	snprintf(p, sizeof(p), "%s/%s", mnt, cg->name);
	for (c = 0; c < CGC__MAX; c++)
		cg->path[c] = xstrdup(p);
	free(parent);
	free(mnt);
	return 0;
}

/*
 * cg_create_lib: let libcgroup create cg->name in the given controllers
 * (mkdir -p; an existing group is adopted).  On v2 libcgroup also writes
 * "+ctl" into the ancestors' subtree_control, which cg_v2_delegate already
 * did, so those writes change nothing.
 */
static int
cg_create_lib(struct cg *cg, int only_memory)
{
	struct cgroup	*g;
	int		 c, rc, n = 0;

	if ((g = cgroup_new_cgroup(cg->name)) == NULL) {
		log_warnx("%s: cgroup_new_cgroup \"%s\"", __func__, cg->name);
		return -1;
	}
	for (c = 0; c < CGC__MAX; c++) {
		if (cg->path[c] == NULL || (only_memory && c != CGC_MEMORY))
			continue;
		/* v2 has no cpuacct or freezer controller: cpu.stat and
		 * cgroup.kill are core files. */
		if (cg_the_mode == CG_V2 && (c == CGC_CPUACCT ||
		    c == CGC_FREEZER || c == CGC_CPUSET))
			continue;
		if (cgroup_add_controller(g, cg_ctl_names[c]) == NULL) {
			log_warnx("%s: cgroup_add_controller \"%s\"", __func__,
			    cg_ctl_names[c]);
			cgroup_free(&g);
			return -1;
		}
		n++;
	}
	rc = n > 0 ? cgroup_create_cgroup(g, 1) : 0;
	cgroup_free(&g);
	if (rc != 0 && cg_the_mode == CG_V2) {
		/* libcgroup re-enables the controllers in every ancestor;
		 * if one of those refuses, the parent we delegated is
		 * still enough: a plain mkdir makes the box. */
		log_info("%s: libcgroup: \"%s\": %s; using mkdir", __func__,
		    cg->name, cgroup_strerror(rc));
		if (mkdir(cg->path[CGC_MEMORY], 0755) == 0 || errno == EEXIST)
			rc = 0;
	}
	if (rc != 0) {
		log_warnx("%s: \"%s\": %s", __func__, cg->name,
		    cgroup_strerror(rc));
		return -1;
	}
	return 0;
}

/* cg_cpuset_copy: v1 cpusets start empty; give judge/ and the box the
 * root's cpus and mems, or the list set with cg_set_cpus. */
static int
cg_cpuset_copy(struct cg *cg)
{
	char	 root[PATH_MAX], judge[PATH_MAX], cpus[256], mems[256];
	char	*mnt;
	int	 rc = -1;

	if (cg_the_mode != CG_V1 || cg->path[CGC_CPUSET] == NULL)
		return 0;
	if ((mnt = cg_mount_of("cpuset")) == NULL)
		return -1;
	snprintf(root, sizeof(root), "%s", mnt);
	snprintf(judge, sizeof(judge), "%s/judge", mnt);
	free(mnt);
	if (cg_read_file(root, "cpuset.cpus", cpus, sizeof(cpus)) == -1 ||
	    cg_read_file(root, "cpuset.mems", mems, sizeof(mems)) == -1)
		goto out;
	if (cg_write_file(judge, "cpuset.cpus", cpus) == -1 ||
	    cg_write_file(judge, "cpuset.mems", mems) == -1)
		goto out;
	if (cg_write_file(cg->path[CGC_CPUSET], "cpuset.cpus",
	    cg->cpus != NULL ? cg->cpus : cpus) == -1 ||
	    cg_write_file(cg->path[CGC_CPUSET], "cpuset.mems", mems) == -1)
		goto out;
	rc = 0;
out:
	if (rc == -1)
		log_warn("%s: \"%s\"", __func__, cg->path[CGC_CPUSET]);
	return rc;
}

/* cg_make: create the group (or only its memory part) and open it. */
static int
cg_make(struct cg *cg, int only_memory)
{
	const char	*mem = cg->path[CGC_MEMORY];

	if (cg_create_lib(cg, only_memory) == -1)
		return -1;
	if (cg_the_mode == CG_V1) {
		/* Swap is outside memory.limit_in_bytes; keep it out. */
		(void)cg_write_file(mem, "memory.swappiness", "0");
		if (!only_memory && cg_cpuset_copy(cg) == -1)
			return -1;
	} else {
		/* One OOM kills the whole box, as on v1 killing init does. */
		if (cg_write_file(mem, "memory.oom.group", "1") == -1) {
			log_warn("%s: \"%s/memory.oom.group\"", __func__, mem);
			return -1;
		}
		if (cg->cpus != NULL)
			(void)cg_write_file(mem, "cpuset.cpus", cg->cpus);
	}
	cg->mem_limit = 0;
	cg->pids_max = 0;
	return cg_open_files(cg);
}

static int
cg_open_files(struct cg *cg)
{
	const struct cg_filedef	*d;
	char			 p[PATH_MAX];
	int			 i, c;

	for (c = 0; c < CGC__MAX; c++) {
		if (cg->path[c] == NULL || cg->procs[c] != -1 ||
		    (cg_the_mode == CG_V2 && c != CGC_MEMORY))
			continue;
		/*
		 * v1: the box init moves itself by writing "0" to "tasks".
		 * Moving only the current thread lets the kernel (>= 6.0)
		 * skip the global threadgroup rwsem, whose write side waits
		 * for an RCU grace period: ~5 ms per run with cgroup.procs.
		 */
		snprintf(p, sizeof(p), "%s/%s", cg->path[c],
		    cg_the_mode == CG_V1 ? "tasks" : "cgroup.procs");
		if ((cg->procs[c] = open(p, O_WRONLY | O_CLOEXEC)) == -1)
			goto fail;
	}
	for (i = 0; i < CGF__MAX; i++) {
		d = &cg_filedefs[i];
		if (cg->fd[i] != -1 || cg->path[d->ctl] == NULL)
			continue;
		snprintf(p, sizeof(p), "%s/%s", cg->path[d->ctl],
		    cg_the_mode == CG_V1 ? d->v1 : d->v2);
		cg->fd[i] = open(p, d->oflags | O_CLOEXEC);
		if (cg->fd[i] == -1 && !(d->optional && errno == ENOENT))
			goto fail;
	}
	if (cg_the_mode == CG_V2 && cg->dirfd == -1 &&
	    (cg->dirfd = open(cg->path[CGC_MEMORY],
	    O_PATH | O_DIRECTORY | O_CLOEXEC)) == -1) {
		snprintf(p, sizeof(p), "%s", cg->path[CGC_MEMORY]);
		goto fail;
	}
	return 0;
fail:
	log_warn("%s: \"%s\"", __func__, p);
	return -1;
}

/* cg_close_files: close descriptors (only_memory: those of memory). */
static void
cg_close_files_of(struct cg *cg, int only_memory)
{
	int	 i, c;

	for (c = 0; c < CGC__MAX; c++)
		if ((!only_memory || c == CGC_MEMORY) && cg->procs[c] != -1) {
			close(cg->procs[c]);
			cg->procs[c] = -1;
		}
	for (i = 0; i < CGF__MAX; i++)
		if ((!only_memory || cg_filedefs[i].ctl == CGC_MEMORY) &&
		    cg->fd[i] != -1) {
			close(cg->fd[i]);
			cg->fd[i] = -1;
		}
	if (!only_memory && cg->dirfd != -1) {
		close(cg->dirfd);
		cg->dirfd = -1;
	}
}

static void
cg_close_files(struct cg *cg)
{
	cg_close_files_of(cg, 0);
}

/* cg_exists: 1 when every directory of the box is there already. */
static int
cg_exists(const struct cg *cg)
{
	struct stat	 st;
	int		 c;

	for (c = 0; c < CGC__MAX; c++)
		if (cg->path[c] != NULL && (stat(cg->path[c], &st) == -1 ||
		    !S_ISDIR(st.st_mode)))
			return 0;
	return 1;
}

struct cg *
cg_open(unsigned slot)
{
	struct cg	*cg;
	int		 i;

	if (!cg_ready && cg_init() == -1)
		return NULL;
	cg = xcalloc(1, sizeof(*cg));
	cg->slot = slot;
	cg->dirfd = -1;
	for (i = 0; i < CGC__MAX; i++)
		cg->procs[i] = -1;
	for (i = 0; i < CGF__MAX; i++)
		cg->fd[i] = -1;
	if (cg_paths(cg) == -1)
		goto fail;
	/* Made once; its settings (cpuset, oom.group) persist. */
	if (cg_exists(cg) ? cg_open_files(cg) == -1 : cg_make(cg, 0) == -1)
		goto fail;
	/* A judge that died mid-run may have left a box behind. */
	if (cg_wait_empty(cg, 2000) == -1)
		goto fail;
	if (cg_the_mode == CG_V2)
		cg->peak_resettable = cg->fd[CGF_MEM_PEAK] != -1 &&
		    cg_pwrite_str(cg->fd[CGF_MEM_PEAK], "reset") == 0;
	return cg;
fail:
	cg_close(cg);
	return NULL;
}

void
cg_close(struct cg *cg)
{
	int	 c;

	if (cg == NULL)
		return;
	cg_close_files(cg);
	for (c = 0; c < CGC__MAX; c++)
		free(cg->path[c]);
	free(cg->name);
	free(cg->cpus);
	free(cg);
}

int
cg_set_cpus(struct cg *cg, const char *list)
{
	const char	*dir = cg->path[CGC_CPUSET];

	free(cg->cpus);
	cg->cpus = xstrdup(list);
	if (dir == NULL || cg_write_file(dir, "cpuset.cpus", list) == -1) {
		log_warn("%s: \"%s\" for \"%s\"", __func__, list,
		    dir != NULL ? dir : "cpuset (not mounted)");
		return -1;
	}
	return 0;
}

/* cg_recreate: drop the memory group (v1) or the whole group (v2) and
 * make it again, so that charges of earlier runs stay with the old one. */
static int
cg_recreate(struct cg *cg)
{
	int	 only_memory = cg_the_mode == CG_V1;

	cg_close_files_of(cg, only_memory);
	if (rmdir(cg->path[CGC_MEMORY]) == -1) {
		log_warn("%s: rmdir \"%s\"", __func__, cg->path[CGC_MEMORY]);
		return -1;
	}
	return cg_make(cg, only_memory);
}

/* cg_set_memory: limit with swap excluded; order matters on v1, where
 * memsw may never be below limit_in_bytes. */
static int
cg_set_memory(struct cg *cg, uint64_t bytes)
{
	int	 sw = cg->fd[CGF_SWAP_LIMIT], lim = cg->fd[CGF_MEM_LIMIT];

	if (cg->mem_limit == bytes)
		return 0;
	if (cg_the_mode == CG_V2) {
		if (cg_pwrite_u64(lim, bytes) == -1 ||
		    (sw != -1 && cg_pwrite_str(sw, "0") == -1))
			return -1;
	} else if (sw != -1) {
		if (cg_pwrite_str(sw, "-1") == -1 ||
		    cg_pwrite_u64(lim, bytes) == -1 ||
		    cg_pwrite_u64(sw, bytes) == -1)
			return -1;
	} else if (cg_pwrite_u64(lim, bytes) == -1)
		return -1;
	cg->mem_limit = bytes;
	return 0;
}

static int
cg_read_oom(struct cg *cg, uint64_t *v)
{
	return cg_read_key(cg->fd[CGF_MEM_OOM], "oom_kill", v);
}

int
cg_prepare(struct cg *cg, uint64_t mem_bytes, uint64_t pids)
{
	uint64_t	 usage = 0;

	if (cg_read_u64(cg->fd[CGF_MEM_USAGE], &usage) == -1)
		goto fail;
	if ((usage > CG_RESIDUE || (cg_the_mode == CG_V2 &&
	    !cg->peak_resettable && cg->fd[CGF_MEM_PEAK] != -1)) &&
	    cg_recreate(cg) == -1)
		return -1;
	if (cg_set_memory(cg, mem_bytes) == -1)
		goto fail;
	if (cg->pids_max != pids) {
		if (cg_pwrite_u64(cg->fd[CGF_PIDS_MAX], pids) == -1)
			goto fail;
		cg->pids_max = pids;
	}
	if (cg->fd[CGF_MEM_PEAK] != -1 && (cg_the_mode == CG_V1 ||
	    cg->peak_resettable) &&
	    cg_pwrite_str(cg->fd[CGF_MEM_PEAK],
	    cg_the_mode == CG_V1 ? "0" : "reset") == -1)
		goto fail;
	cg->peak_sample = 0;
	if (cg_read_oom(cg, &cg->oom_base) == -1)
		goto fail;
	return 0;
fail:
	log_warn("%s: \"%s\"", __func__, cg->path[CGC_MEMORY]);
	return -1;
}

int
cg_clone_fd(const struct cg *cg)
{
	return cg->dirfd;
}

int
cg_enter(const struct cg *cg)
{
	int	 c;

	for (c = 0; c < CGC__MAX; c++) {
		/* An unpinned cpuset box equals the root: skip the move. */
		if (c == CGC_CPUSET && cg->cpus == NULL)
			continue;
		if (cg->procs[c] != -1 &&
		    cg_pwrite_str(cg->procs[c], "0") == -1)
			return -1;
	}
	return 0;
}

size_t
cg_fds(const struct cg *cg, int *fds, size_t max)
{
	size_t	 n = 0;
	int	 c;

	for (c = 0; c < CGC__MAX && n < max; c++)
		if (cg->procs[c] != -1)
			fds[n++] = cg->procs[c];
	if (n < max)
		fds[n++] = cg->fd[CGF_CPU];
	return n;
}

int
cg_cpu_ns(const struct cg *cg, uint64_t *ns)
{
	uint64_t	 us;

	if (cg_the_mode == CG_V1)
		return cg_read_u64(cg->fd[CGF_CPU], ns);
	if (cg_read_key(cg->fd[CGF_CPU], "usage_usec", &us) == -1)
		return -1;
	*ns = us * 1000;
	return 0;
}

void
cg_sample(struct cg *cg)
{
	uint64_t	 cur;

	if (cg->fd[CGF_MEM_PEAK] == -1 &&
	    cg_read_u64(cg->fd[CGF_MEM_USAGE], &cur) == 0 &&
	    cur > cg->peak_sample)
		cg->peak_sample = cur;
}

int
cg_memory_peak(struct cg *cg, uint64_t *bytes)
{
	if (cg->fd[CGF_MEM_PEAK] == -1) {
		cg_sample(cg);
		*bytes = cg->peak_sample;
		return 0;
	}
	return cg_read_u64(cg->fd[CGF_MEM_PEAK], bytes);
}

int
cg_oom_kills(struct cg *cg, uint64_t *kills)
{
	uint64_t	 now;

	if (cg_read_oom(cg, &now) == -1)
		return -1;
	*kills = now - cg->oom_base;
	return 0;
}

/* cg_kill_listed: SIGKILL every pid in dir/cgroup.procs; count or -1. */
static int
cg_kill_listed(const char *dir)
{
	char		 b[8192], *p;
	uint64_t	 pid;
	int		 n = 0;

	if (cg_read_all(dir, "cgroup.procs", b, sizeof(b)) == -1)
		return -1;
	for (p = b; *p != '\0'; p++) {
		if (cg_parse_u64(p, &pid) == 0 && pid > 1 && pid < INT_MAX) {
			(void)kill((pid_t)pid, SIGKILL);
			n++;
		}
		p += strcspn(p, "\n");
		if (*p == '\0')
			break;
	}
	return n;
}

int
cg_kill(struct cg *cg)
{
	int	 fz = cg->fd[CGF_KILL], rc;

	if (cg_the_mode == CG_V2) {
		if (fz != -1 && cg_pwrite_str(fz, "1") == 0)
			return 0;
		return cg_kill_listed(cg->path[CGC_MEMORY]) < 0 ? -1 : 0;
	}
	/* Frozen tasks cannot fork away from the kill. */
	if (fz != -1)
		(void)cg_pwrite_str(fz, "FROZEN");
	rc = cg_kill_listed(cg->path[CGC_MEMORY]);
	if (cg_kill_listed(cg->path[CGC_PIDS]) < 0)
		rc = -1;
	if (fz != -1)
		(void)cg_pwrite_str(fz, "THAWED");
	return rc < 0 ? -1 : 0;
}

/* cg_populated: 1 when tasks remain, 0 when empty, -1 on error. */
static int
cg_populated(struct cg *cg)
{
	uint64_t	 n;

	if (cg_read_u64(cg->fd[CGF_PIDS_CUR], &n) == -1)
		return -1;
	return n != 0;
}

int
cg_wait_empty(struct cg *cg, int timeout_ms)
{
	struct timespec	 ms = { 0, 1000000 };
	int		 i, p;

	for (i = 0; i <= timeout_ms; i++) {
		if ((p = cg_populated(cg)) == 0)
			return 0;
		if (p == -1)
			break;
		/* Dying processes leave quickly; anything else is killed. */
		if (i == 20 || (i > 20 && i % 200 == 0))
			(void)cg_kill(cg);
		nanosleep(&ms, NULL);
	}
	log_warnx("%s: \"%s\" still has processes after %d ms", __func__,
	    cg->path[CGC_MEMORY], timeout_ms);
	return -1;
}
