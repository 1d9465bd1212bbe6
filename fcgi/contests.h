/* contests.h: contests in the web tier: rules, per-worker cache, leaderboard. */
#ifndef VERDICT_CONTESTS_H
#define VERDICT_CONTESTS_H

#include <stddef.h>

#include "req.h"

/*
 * Design.  A contest page, its API and above all its leaderboard are what
 * up to 100,000 people poll every 5 seconds during a contest, while one
 * indexed query already halves what a FastCGI worker can serve
 * (FLOORS.md).  So each worker keeps the contests it was asked about in
 * a small cache (contest_get) for CONTEST_TTL_MS, and the leaderboard's
 * pages are built at most once per LB_TTL_MS per worker and served from
 * memory in between (leaderboard.c).  An edit through this worker drops
 * its copy at once; other workers see it within CONTEST_TTL_MS.
 *
 * Time is the database's: every load also reads NOW(3), and the skew
 * between it and the worker's clock is applied to "now" (contest_now_ms),
 * so the phase a page shows agrees with what the judge and the submit
 * path decide with NOW(3).
 *
 * Phases: upcoming (now < start), running (start <= now < end), ended.
 * The freeze covers the last freeze_minutes of the window; from its start
 * until an admin unfreezes (contests.unfrozen, only after the end) the
 * public leaderboard shows the standings at the freeze.
 */

#define CONTEST_TTL_MS		1000	/* contest cache lifetime */
#define CONTEST_PRIORITY	5	/* jobs.priority of contest submissions */
#define CONTEST_PROBLEMS_MAX	26	/* labels A..Z */
#define CONTEST_DURATION_MAX	(14 * 24 * 60)	/* minutes */
#define CONTEST_TITLE_MAX	200	/* bytes */
#define CONTEST_DESC_MAX	10000	/* bytes */
#define CONTEST_LIST_MAX	200	/* contests on the list */

enum contest_phase {
	CONTEST_UPCOMING,
	CONTEST_RUNNING,
	CONTEST_ENDED,
	CONTEST__MAX
};
/* "upcoming", "running", "ended" */
extern const char *const contest_phase_names[CONTEST__MAX];

struct contest_problem {
	char		 label[4];
	long long	 problem_id;
	const char	*slug;
	const char	*title;
};

/*
 * One contest as the cache holds it.  Process lifetime (the worker's
 * cache): valid until the next contest_get() of this worker, i.e. for the
 * rest of the request that obtained it.
 */
struct contest {
	long long		 id;
	const char		*slug;
	const char		*title;
	const char		*description;
	long long		 starts_ms;	/* epoch milliseconds, UTC */
	long long		 ends_ms;
	long long		 freeze_ms;	/* freeze start (ends_ms if none) */
	int			 duration_min;
	int			 freeze_min;
	int			 icpc;		/* scoring icpc, else default */
	int			 unfrozen;
	int			 finalized;
	int			 revealed;
	struct contest_problem	*problems;
	size_t			 nproblems;
	long long		 skew_ms;	/* database clock - ours */
};

/*
 * contest_get: the contest with this slug from the worker's cache, loaded
 * when absent or older than CONTEST_TTL_MS.  Returns 200 with *out, or an
 * error status noted in r (404 unknown slug, 503 database away).  When
 * the contest has started but its problems are still hidden, this reveals
 * them first (contest_reveal), so a contest page never lists a problem
 * that would answer 404.
 */
int	contest_get(struct req *, const char *slug, const struct contest **out);
/* contest_forget: drop slug from this worker's cache (after an edit). */
void	contest_forget(const char *slug);
/* contest_now_ms: the database's "now" in epoch milliseconds. */
long long contest_now_ms(const struct contest *);
/* contest_phase: the phase of c at now (epoch ms). */
enum contest_phase contest_phase(const struct contest *, long long now);
/*
 * contest_frozen: the public board is frozen at now: a freeze was set, its
 * time has come and no admin unfroze it yet.
 */
int	contest_frozen(const struct contest *, long long now);
/* contest_problems_visible: r may see c's problem list at now. */
int	contest_problems_visible(const struct req *, const struct contest *,
	    long long now);
/*
 * contest_registered: *yes = r's user is registered for c (0 for
 * anonymous requests).  Returns a DB_* code.
 */
int	contest_registered(struct req *, const struct contest *, int *yes);
/* contest_participants: how many are registered.  DB_* code. */
int	contest_participants(struct req *, const struct contest *,
	    long long *n);
/*
 * contest_register: register r's (signed-in) user for c: allowed until
 * the end.  Returns 200 (also when registered already), or an error
 * status noted in r: 401, 409 contest_ended, 503.
 */
int	contest_register(struct req *, const struct contest *);
/*
 * contest_reveal: make the problems of every contest that has started
 * visible (STMT_CONTESTS_REVEAL_DUE; the judge runs it every second too).
 * Returns a DB_* code.
 */
int	contest_reveal(struct req *);
/*
 * contest_submit_check: the contest rules of POST /api/submissions with
 * "contest": slug for problem problem_id, for r's signed-in user:
 *	unknown contest			404 no_such_contest
 *	before the start		404 no_such_problem (it is hidden),
 *					or 400 when not in the contest
 *	problem not in the contest	400 problem_not_in_contest
 *	running, not registered		403 not_registered
 *	running, registered		0: *contest_id, *priority
 *					CONTEST_PRIORITY
 *	after the end			0: practice (*contest_id 0,
 *					*priority unchanged)
 * Errors are noted in r; 503 when the database is away.
 */
int	contest_submit_check(struct req *, const char *slug,
	    long long problem_id, long long *contest_id, int *priority);

/*
 * contest_time_parse: an ISO 8601 date and time, UTC ("Z", "+00:00") or
 * with another offset, or without one (taken as UTC): "2025-01-31T18:00",
 * "2025-01-31T18:00:00Z", "2025-01-31 18:00:00.250+02:00".  Years
 * 2000..2199.  0 and *ms (epoch milliseconds), or -1.
 */
int	contest_time_parse(const char *s, long long *ms);
/*
 * contest_time_format: ms as "2025-01-31T18:00:00Z" (sql 0) or as
 * "2025-01-31 18:00:00.000" for a DATETIME(3) parameter (sql 1), in
 * out (at least 32 bytes).
 */
void	contest_time_format(long long ms, int sql, char *out, size_t len);

/* --- creating and editing (api-contests.c) ---------------------------- */

/* Which fields a contest_form carries (an edit changes only those). */
#define CF_SLUG		0x01
#define CF_TITLE	0x02
#define CF_DESC		0x04
#define CF_STARTS	0x08
#define CF_DURATION	0x10
#define CF_PROBLEMS	0x20
#define CF_SCORING	0x40
#define CF_FREEZE	0x80

/* A contest as an admin sent it (JSON or the web form); arena strings. */
struct contest_form {
	unsigned	 set;		/* CF_* given */
	const char	*slug;
	const char	*title;
	const char	*description;
	long long	 starts_ms;
	long long	 duration_min;
	long long	 freeze_min;
	int		 icpc;
	const char	*problems[CONTEST_PROBLEMS_MAX];
	size_t		 nproblems;
	/* out: which field was refused ("title"), for the form */
	const char	*bad_field;
};

/*
 * contest_form_json: fill f from r->json (POST: every field; PUT: every
 * field but the slug; PATCH: any).  Types, ranges and unknown fields are
 * checked here.  0, or 400 noted in r (code invalid_<field>,
 * missing_field, unknown_field).
 */
int	contest_form_json(struct req *, struct contest_form *f);
/*
 * contest_form_text: the same from the web form's text fields (problems:
 * slugs separated by commas or white space).  Empty optional fields are
 * left unset.
 */
int	contest_form_text(struct req *, struct contest_form *f, int create);
/*
 * contest_save: create the contest f describes (slug NULL) or edit the
 * contest slug with the fields f carries.  Checks what a single field
 * cannot (freeze within the duration, problems that exist, edits a
 * started contest no longer allows), writes in one transaction, hides the
 * problems of a contest that has not started and reveals them when it
 * has.  Returns 201 (created), 200, or an error status noted in r (400,
 * 404, 409 slug_taken / contest_started, 503).
 */
int	contest_save(struct req *, const char *slug, struct contest_form *f);
/*
 * contest_admin_action: an admin unfreezes the board of an ended contest
 * (reopen 0), or reopens its final standings (reopen 1: contest_results
 * deleted, finalized = 0; the judge writes them again from contest_scores
 * on its next pass).  Returns 200, or 401, 403, 404, 409 noted in r.
 */
int	contest_admin_action(struct req *, const char *slug, int reopen);

/* --- the leaderboard (leaderboard.c) --------------------------------- */

#define LB_TTL_MS	1000	/* a page is rebuilt at most this often */
#define LB_LIMIT_MAX	200
#define LB_LIMIT_DEFAULT 100
#define LB_AROUND	10	/* rows either side of the caller */
#define LB_OFFSET_MAX	10000000LL

struct lb_query {
	long long	 offset;
	long long	 limit;
	int		 around;	/* around=me */
};

/*
 * lb_query_parse: offset, limit (at most LB_LIMIT_MAX) and around=me from
 * r's query string.  0, or 400 noted in r.
 */
int	lb_query_parse(struct req *, struct lb_query *q);
/*
 * lb_get: the leaderboard JSON of c for r's caller:
 *	{"contest","scoring","frozen","final","source","total","offset",
 *	 "limit","first":{label: user|null},"rows":[{"rank","user","solved",
 *	 "time","penalty","problems":[{"label","tries","ac_minute"}]}]
 *	 [,"me":{row}]}
 * Ranks: equal scores share one (1 + how many are strictly better).
 * While the board is frozen a signed-in participant gets "me": their
 * true row, ranked against the frozen board.  source is "redis", "db"
 * (Redis away: MariaDB, slower) or "results" (the final standings).
 * *body (len *len) and *etag stay valid for the request.  Returns 200 or
 * an error status noted in r (400, 401 around=me anonymous, 503).
 */
int	lb_get(struct req *, const struct contest *, const struct lb_query *,
	    const char **body, size_t *len, const char **etag);
/* lb_forget: drop every cached page of contest id in this worker. */
void	lb_forget(long long contest_id);

#endif
