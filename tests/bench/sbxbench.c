/* sbxbench.c: sandbox overhead, A/B interleaved against a bare fork+exec. */
/*
 * Each round runs, in turn, (A) fork + execve("/bin/true") + waitpid,
 * (B) sbx_run of /usr/bin/true under the RUN policy on an initialised
 * slot, and (C) sbx_init + sbx_run + sbx_fini, the figure with the slot's
 * set-up and teardown included (isolate --init/--run/--cleanup).  Rounds
 * interleave the three so that machine noise hits them alike; the report
 * gives medians and the 90th percentile of wall time per run, the overhead
 * over A in ms and as a ratio, and the CPU per run (this process plus its
 * reaped children: the box init and, reaped by it, the program).
 *
 * usage: sbxbench [-n rounds] [-s slot] [-C]   (-C: skip C)
 * Needs root (the sandbox does).  Exit status 1 when a run failed.  On a
 * shared machine the wall figures follow its load (a sandboxed run hands
 * the CPU over three times, a bare one twice); the CPU column moves least.
 */
#include <sys/resource.h>
#include <sys/wait.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "../../judge/sandbox.h"

enum { A_BARE, B_SBX, C_SETUP, K__MAX };
static const char *const names[K__MAX] = {
	"bare fork+exec /bin/true",
	"sbx_run /usr/bin/true",
	"sbx_init+sbx_run+sbx_fini",
};

static double
now_ms(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* cpu_ms: CPU of this process and its reaped descendants. */
static double
cpu_ms(void)
{
	struct rusage	 s, c;

	getrusage(RUSAGE_SELF, &s);
	getrusage(RUSAGE_CHILDREN, &c);
	return (s.ru_utime.tv_sec + c.ru_utime.tv_sec +
	    s.ru_stime.tv_sec + c.ru_stime.tv_sec) * 1e3 +
	    (s.ru_utime.tv_usec + c.ru_utime.tv_usec +
	    s.ru_stime.tv_usec + c.ru_stime.tv_usec) / 1e3;
}

static int
bare(void)
{
	static char *const argv[] = { "true", NULL };
	static char *const envp[] = { NULL };
	pid_t	 pid;
	int	 st;

	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		execve("/bin/true", argv, envp);
		_exit(127);
	}
	if (waitpid(pid, &st, 0) == -1 || !WIFEXITED(st) ||
	    WEXITSTATUS(st) != 0)
		return -1;
	return 0;
}

static int
sbx(void)
{
	static const char *const argv[] = { "/usr/bin/true", NULL };
	struct sbx_job		 j;
	struct sbx_result	 r;
	int			 ok;

	memset(&j, 0, sizeof(j));
	j.argv = argv;
	j.stdin_fd = -1;
	j.result_fd = -1;
	j.policy = SBX_POLICY_RUN;
	j.lim.cpu_ms = 1000;
	j.lim.memory_kb = 64 * 1024;
	ok = sbx_run(&j, &r) == 0 && r.status == SBX_OK;
	if (!ok)
		fprintf(stderr, "sbx_run: %s %s\n", sbx_status_names[r.status],
		    r.ie_reason);
	sbx_result_free(&r);
	return ok ? 0 : -1;
}

static int
cmp(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double
pct(double *v, int n, int p)
{
	qsort(v, (size_t)n, sizeof(*v), cmp);
	return v[(n - 1) * p / 100];
}

int
main(int argc, char *argv[])
{
	double		*wall[K__MAX], cpu[K__MAX] = { 0 }, t, c, med[K__MAX];
	double		 p90[K__MAX];
	unsigned	 slot = 8;
	int		 n = 200, ch, i, k, kmax = K__MAX, fails = 0;

	while ((ch = getopt(argc, argv, "n:s:C")) != -1) {
		switch (ch) {
		case 'n':
			n = atoi(optarg);
			break;
		case 's':
			slot = (unsigned)atoi(optarg);
			break;
		case 'C':
			kmax = C_SETUP;
			break;
		default:
			fprintf(stderr, "usage: sbxbench [-n rounds] [-s slot] "
			    "[-C]\n");
			return 2;
		}
	}
	if (n < 1)
		n = 1;
	log_init("sbxbench", 0);
	for (k = 0; k < K__MAX; k++)
		wall[k] = calloc((size_t)n, sizeof(double));
	/* Warm-up: page cache, cgroup creation, first-run costs. */
	if (sbx_init(slot) == -1)
		return 1;
	for (i = 0; i < 5; i++)
		if (bare() == -1 || sbx() == -1)
			fails++;
	for (i = 0; i < n; i++) {
		for (k = 0; k < kmax; k++) {
			c = cpu_ms();
			t = now_ms();
			if (k == A_BARE)
				fails += bare() == -1;
			else if (k == B_SBX)
				fails += sbx() == -1;
			else {
				sbx_fini();
				if (sbx_init(slot) == -1 || sbx() == -1)
					fails++;
			}
			wall[k][i] = now_ms() - t;
			cpu[k] += cpu_ms() - c;
		}
	}
	sbx_fini();
	printf("sandbox overhead, %d interleaved rounds (slot %u)\n", n, slot);
	for (k = 0; k < kmax; k++) {
		p90[k] = pct(wall[k], n, 90);
		med[k] = pct(wall[k], n, 50);
		printf("  %-28s median %7.3f ms  p90 %7.3f ms  cpu %6.3f ms",
		    names[k], med[k], p90[k], cpu[k] / n);
		if (k != A_BARE)
			printf("  overhead %+.3f ms (x%.2f)",
			    med[k] - med[A_BARE], med[k] / med[A_BARE]);
		printf("\n");
	}
	printf("target (SANDBOX.md): run <= +1.5 ms, with set-up <= +3 ms\n");
	if (fails)
		printf("FAILED runs: %d\n", fails);
	for (k = 0; k < K__MAX; k++)
		free(wall[k]);
	return fails ? 1 : 0;
}
