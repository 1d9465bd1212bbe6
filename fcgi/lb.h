/* lb.h: what the leaderboard's files share (leaderboard.c, lb-redis.c). */
#ifndef VERDICT_LB_H
#define VERDICT_LB_H

#include <stddef.h>

#include "contests.h"
#include "req.h"

#define SCALE		10000000000.0	/* the judge's CONTEST_SCALE */

/* Where a board is read from (see leaderboard.c). */
enum lb_src {
	SRC_REDIS,
	SRC_DB,
	SRC_RESULTS,
};

struct lb_row {
	long long	 rank;
	long long	 user_id;
	double		 score;
	const char	*json;		/* the row object "{...}" */
	size_t		 len;
};

struct lb_page {
	long long	 total;
	struct lb_row	*rows;
	size_t		 n;
};

struct lb_ctx {
	struct req		*r;
	const struct contest	*c;
	int			 pub;	/* the public (frozen) view */
	enum lb_src		 src;
	char			 zkey[64];	/* the view's sorted set */
	char			 hkey[64];	/* the view's rows */
};

/* "redis", "db", "results" */
extern const char *const lb_src_names[];

/*
 * lb_score: the one number the board orders by, as the judge computes it:
 * solved * 10^10 - time (default) or - penalty (icpc).
 */
double	lb_score(int icpc, long long solved, long long time_s,
	    long long penalty);
/*
 * lb_row_json: one row as the judge writes it to Redis (judge/contest.c):
 * {"user","solved","time","penalty","problems"}.  A heap string (free it).
 */
char	*lb_row_json(const char *user, long long solved, long long time_s,
	    long long penalty, const char *cells);

/* lb-redis.c */
/*
 * lb_redis_ready: 0 when Redis holds contest x->c (rebuilding it from
 * contest_scores first when its keys are missing and this worker takes the
 * lock), 1 when another worker is rebuilding it (serve from MariaDB
 * meanwhile), -1 when Redis is away.
 */
int	lb_redis_ready(struct lb_ctx *x);
/*
 * lb_redis_fetch: rows [off, off + lim) of x's view, or (uid > 0) the
 * caller's position *pos (-1 when absent) with LB_AROUND rows either side
 * starting at *first; one round trip.  Rows and the total go into *p
 * (request arena); only the first row's rank is set.  0, or -1 (Redis).
 */
int	lb_redis_fetch(struct lb_ctx *x, long long uid, long long off,
	    long long lim, struct lb_page *p, long long *pos, long long *first);
/*
 * lb_redis_me: the caller's true (full) row ranked against the public
 * board, one round trip.  0 (row->json NULL when they have none) or -1.
 */
int	lb_redis_me(struct lb_ctx *x, long long uid, struct lb_row *row);

#endif
