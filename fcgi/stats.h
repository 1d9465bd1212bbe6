/* stats.h: request counters shared by the workers through the master. */
#ifndef VERDICT_STATS_H
#define VERDICT_STATS_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "buf.h"

/*
 * The master maps one anonymous shared block before forking.  Each worker
 * writes only its own slot (single writer, relaxed atomics); a slot's
 * counters are never reset, so when a worker is replaced its successor in
 * the slot keeps counting on top and every counter stays monotonic.
 * /metrics, in whichever worker serves it, sums all slots.
 */
#define STATS_MAXSLOTS	512

enum stats_event {
	STATS_RESPAWN,		/* a worker died unexpectedly and was replaced */
	STATS_RECYCLE,		/* a worker exited after max_requests */
	STATS_RELOAD,		/* SIGHUP reload */
	STATS__MAX
};

/* stats_init: map the block for nroutes routes (master, before fork). */
int	stats_init(size_t nroutes);
/* stats_slot_claim: slot now belongs to pid (master, at fork). */
void	stats_slot_claim(int slot, pid_t pid);
/* stats_record: one finished request (worker). route == nroutes: none. */
void	stats_record(int slot, size_t route, int status, uint64_t usec);
/* stats_event, stats_workers: master-side counters and gauge. */
void	stats_event(enum stats_event);
void	stats_workers(int live);
/*
 * stats_prometheus: the text exposition format into b.  labels[i] is the
 * route label of route i ("GET /problems/:slug").  Returns 0 or -1.
 */
int	stats_prometheus(struct buf *b, const char *const *labels,
	    size_t nroutes);

#endif
