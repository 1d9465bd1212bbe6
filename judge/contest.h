/* contest.h: contest standings, recomputed by the judge after each verdict. */
#ifndef VERDICT_CONTEST_H
#define VERDICT_CONTEST_H

struct db;
struct rq;

/* The Redis score is solved * CONTEST_SCALE - time_s (or - penalty). */
#define CONTEST_SCALE	10000000000LL

/* One participant's standing, full and public (frozen) views. */
struct contest_row {
	long long	 contest_id;
	long long	 user_id;
	char		 scoring[16];		/* default | icpc */
	int		 solved;
	long long	 time_s;
	long long	 penalty;
	char		*cells;			/* JSON array, owned */
	int		 pub_solved;
	long long	 pub_time_s;
	long long	 pub_penalty;
	char		*pub_cells;		/* owned */
};

/*
 * contest_rescore: recompute user's row of contest from their judged
 * submissions in the window and upsert contest_scores.  Call inside the
 * verdict transaction.  Returns DB_OK with *out filled (free with
 * contest_row_free), DB_NOTFOUND when the user has no judged submission in
 * the window (nothing written), or an error code.
 */
int	contest_rescore(struct db *, long long contest_id, long long user_id,
	    struct contest_row *out);
void	contest_row_free(struct contest_row *);
/* contest_score: the one number Redis orders by (higher is better). */
double	contest_score(const char *scoring, int solved, long long time_s,
	    long long penalty);
/*
 * contest_publish: after the commit, write the row to Redis (sorted sets
 * and row hashes, public and full views).  Redis failures are ignored:
 * Redis is derived and the web tier rebuilds it from MariaDB.
 */
void	contest_publish(struct rq *, const struct contest_row *,
	    const char *username);
/*
 * contest_finalize_due: write contest_results for one contest that has
 * ended and is not finalized yet.  Returns 1 when one was finalized, 0
 * when none was due, -1 on error (logged).
 */
int	contest_finalize_due(struct db *);

#endif
