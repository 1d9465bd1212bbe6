/* stats.c: shared-memory request counters and the Prometheus exposition. */
#include <sys/mman.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "stats.h"

/* Latency histogram bounds, seconds (the last bucket is +Inf). */
static const double bounds[] = {
	0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
	1, 2.5, 10,
};
#define NBOUNDS		(sizeof(bounds) / sizeof(bounds[0]))
#define NCLASSES	5	/* 1xx .. 5xx */

struct stats_route {
	uint64_t	 by_class[NCLASSES];
	uint64_t	 bucket[NBOUNDS + 1];	/* non-cumulative; last: +Inf */
	uint64_t	 usec_sum;
};

struct stats_slot {
	int64_t		 pid;
	uint64_t	 requests;
	struct stats_route route[];		/* nroutes + 1 */
};

struct stats_hdr {
	int64_t		 start_time;		/* UNIX seconds */
	uint64_t	 events[STATS__MAX];
	int64_t		 workers;
	uint32_t	 slots_used;		/* high-water mark */
	uint32_t	 nroutes;
};

static struct stats_hdr	*hdr;
static unsigned char	*slots;
static size_t		 slot_size;

#define LOAD(p)		__atomic_load_n((p), __ATOMIC_RELAXED)
#define ADD(p, v)	__atomic_fetch_add((p), (v), __ATOMIC_RELAXED)
#define STORE(p, v)	__atomic_store_n((p), (v), __ATOMIC_RELAXED)

static struct stats_slot *
slot_at(int i)
{
	return (struct stats_slot *)(void *)(slots + (size_t)i * slot_size);
}

int
stats_init(size_t nroutes)
{
	size_t	 len;
	void	*p;

	slot_size = sizeof(struct stats_slot) +
	    (nroutes + 1) * sizeof(struct stats_route);
	slot_size = (slot_size + 63) & ~(size_t)63;	/* own cache lines */
	len = 4096 + STATS_MAXSLOTS * slot_size;
	p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
	    -1, 0);
	if (p == MAP_FAILED) {
		log_warn("%s: mmap %zu bytes", __func__, len);
		return -1;
	}
	hdr = p;
	slots = (unsigned char *)p + 4096;
	hdr->start_time = (int64_t)time(NULL);
	hdr->nroutes = (uint32_t)nroutes;
	return 0;
}

void
stats_slot_claim(int slot, pid_t pid)
{
	if (hdr == NULL || slot < 0 || slot >= STATS_MAXSLOTS)
		return;
	STORE(&slot_at(slot)->pid, (int64_t)pid);
	if ((uint32_t)slot + 1 > LOAD(&hdr->slots_used))
		STORE(&hdr->slots_used, (uint32_t)slot + 1);
}

void
stats_record(int slot, size_t route, int status, uint64_t usec)
{
	struct stats_route	*r;
	size_t			 b;
	int			 cls = status / 100 - 1;

	if (hdr == NULL || slot < 0 || slot >= STATS_MAXSLOTS ||
	    route > hdr->nroutes)
		return;
	r = &slot_at(slot)->route[route];
	if (cls < 0 || cls >= NCLASSES)
		cls = NCLASSES - 1;
	for (b = 0; b < NBOUNDS && (double)usec / 1e6 > bounds[b]; b++)
		;
	ADD(&slot_at(slot)->requests, 1);
	ADD(&r->by_class[cls], 1);
	ADD(&r->bucket[b], 1);
	ADD(&r->usec_sum, usec);
}

void
stats_event(enum stats_event ev)
{
	if (hdr != NULL && ev < STATS__MAX)
		ADD(&hdr->events[ev], 1);
}

void
stats_workers(int live)
{
	if (hdr != NULL)
		STORE(&hdr->workers, (int64_t)live);
}

/* label: route i's label, escaped for a Prometheus label value. */
static void
put_label(struct buf *b, const char *s)
{
	for (; *s; s++) {
		if (*s == '\\' || *s == '"')
			buf_putc(b, '\\');
		if (*s == '\n')
			buf_puts(b, "\\n");
		else
			buf_putc(b, *s);
	}
}

int
stats_prometheus(struct buf *b, const char *const *labels, size_t nroutes)
{
	struct stats_route	 sum;
	struct stats_slot	*sl;
	uint64_t		 classes[NCLASSES] = { 0 }, cum, count;
	uint32_t		 used, s;
	size_t			 i, k;
	const char		*label;

	if (hdr == NULL)
		return -1;
	used = LOAD(&hdr->slots_used);
	if (nroutes > hdr->nroutes)
		nroutes = hdr->nroutes;

	buf_puts(b, "# HELP verdict_http_requests_total Requests by route "
	    "and status class.\n# TYPE verdict_http_requests_total counter\n");
	for (i = 0; i <= nroutes; i++) {
		memset(&sum, 0, sizeof(sum));
		for (s = 0; s < used; s++) {
			sl = slot_at((int)s);
			for (k = 0; k < NCLASSES; k++)
				sum.by_class[k] += LOAD(&sl->route[i].by_class[k]);
		}
		label = i < nroutes ? labels[i] : "unmatched";
		for (k = 0; k < NCLASSES; k++) {
			classes[k] += sum.by_class[k];
			if (sum.by_class[k] == 0)
				continue;
			buf_puts(b, "verdict_http_requests_total{route=\"");
			put_label(b, label);
			buf_printf(b, "\",status=\"%zuxx\"} %llu\n", k + 1,
			    (unsigned long long)sum.by_class[k]);
		}
	}
	buf_puts(b, "# HELP verdict_http_responses_total Responses by status "
	    "class.\n# TYPE verdict_http_responses_total counter\n");
	for (k = 0; k < NCLASSES; k++)
		buf_printf(b, "verdict_http_responses_total{status=\"%zuxx\"} "
		    "%llu\n", k + 1, (unsigned long long)classes[k]);

	buf_puts(b, "# HELP verdict_http_request_duration_seconds Time in "
	    "the worker, from accept to response.\n"
	    "# TYPE verdict_http_request_duration_seconds histogram\n");
	for (i = 0; i <= nroutes; i++) {
		memset(&sum, 0, sizeof(sum));
		for (s = 0; s < used; s++) {
			sl = slot_at((int)s);
			for (k = 0; k <= NBOUNDS; k++)
				sum.bucket[k] += LOAD(&sl->route[i].bucket[k]);
			sum.usec_sum += LOAD(&sl->route[i].usec_sum);
		}
		for (count = 0, k = 0; k <= NBOUNDS; k++)
			count += sum.bucket[k];
		if (count == 0)
			continue;
		label = i < nroutes ? labels[i] : "unmatched";
		for (cum = 0, k = 0; k <= NBOUNDS; k++) {
			cum += sum.bucket[k];
			buf_puts(b, "verdict_http_request_duration_seconds_bucket"
			    "{route=\"");
			put_label(b, label);
			if (k < NBOUNDS)
				buf_printf(b, "\",le=\"%g\"} %llu\n",
				    bounds[k], (unsigned long long)cum);
			else
				buf_printf(b, "\",le=\"+Inf\"} %llu\n",
				    (unsigned long long)cum);
		}
		buf_puts(b, "verdict_http_request_duration_seconds_sum"
		    "{route=\"");
		put_label(b, label);
		buf_printf(b, "\"} %.6f\n", (double)sum.usec_sum / 1e6);
		buf_puts(b, "verdict_http_request_duration_seconds_count"
		    "{route=\"");
		put_label(b, label);
		buf_printf(b, "\"} %llu\n", (unsigned long long)count);
	}

	buf_puts(b, "# HELP verdict_worker_requests_total Requests served "
	    "per worker slot.\n# TYPE verdict_worker_requests_total counter\n");
	for (s = 0; s < used; s++) {
		sl = slot_at((int)s);
		if (LOAD(&sl->pid) == 0)
			continue;
		buf_printf(b, "verdict_worker_requests_total{slot=\"%u\"} "
		    "%llu\n", s, (unsigned long long)LOAD(&sl->requests));
	}
	buf_printf(b,
	    "# HELP verdict_worker_respawns_total Workers that died and were "
	    "replaced.\n# TYPE verdict_worker_respawns_total counter\n"
	    "verdict_worker_respawns_total %llu\n"
	    "# HELP verdict_worker_recycles_total Workers replaced after "
	    "max_requests.\n# TYPE verdict_worker_recycles_total counter\n"
	    "verdict_worker_recycles_total %llu\n"
	    "# HELP verdict_reloads_total Configuration reloads (SIGHUP).\n"
	    "# TYPE verdict_reloads_total counter\n"
	    "verdict_reloads_total %llu\n"
	    "# HELP verdict_workers Live worker processes.\n"
	    "# TYPE verdict_workers gauge\nverdict_workers %lld\n"
	    "# HELP verdict_start_time_seconds When the master started.\n"
	    "# TYPE verdict_start_time_seconds gauge\n"
	    "verdict_start_time_seconds %lld\n"
	    "# HELP verdict_uptime_seconds Seconds since the master started.\n"
	    "# TYPE verdict_uptime_seconds gauge\nverdict_uptime_seconds %lld\n",
	    (unsigned long long)LOAD(&hdr->events[STATS_RESPAWN]),
	    (unsigned long long)LOAD(&hdr->events[STATS_RECYCLE]),
	    (unsigned long long)LOAD(&hdr->events[STATS_RELOAD]),
	    (long long)LOAD(&hdr->workers), (long long)hdr->start_time,
	    (long long)(time(NULL) - hdr->start_time));
	return b->len >= b->cap ? -1 : 0;
}
