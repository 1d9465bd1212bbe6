/* leaderboard.c: the contest leaderboard's read path (Redis, MariaDB, cache). */
/*
 * Design.  During a contest every participant polls the board every 5 s:
 * with 100,000 of them that is 20,000 requests a second, more than any
 * per-request rendering reaches on our hardware (FLOORS.md: json-c over
 * 100 rows costs more than Redis itself).  So a page of the board
 * (contest, view, offset, limit) is built at most once per LB_TTL_MS per
 * worker and kept as finished JSON text; requests in between copy it out
 * and answer 304 when the client's ETag (a hash of the text) still
 * matches.  A new AC therefore shows within LB_TTL_MS + the client's
 * poll interval.  Only "around=me" and a frozen participant's own row are
 * computed per request, each in one Redis round trip (lb-redis.c).
 *
 * Sources, in order:
 *	results	the contest is finalized and the full view is public
 *		(no freeze, or unfrozen): contest_results, written once by
 *		the judge, never changed by a later rejudge;
 *	redis	the sorted sets the judge maintains (contest.c in judge/):
 *		contest:{id}:lb (public, frozen) / :lb:full with row JSON in
 *		contest:{id}:rows / :rows:full;
 *	db	contest_scores in MariaDB, when Redis is away or being
 *		rebuilt (slower; the answer says "source":"db").
 * Redis is derived data: when its keys are missing, the first worker to
 * notice rebuilds them from contest_scores (lb-redis.c) while the others
 * serve from MariaDB.
 *
 * Ranks: equal scores share a rank, 1 + the number of strictly better
 * scores.  Only the first row of a page needs a count (ZCOUNT); the rest
 * follow from the order.  The score is the judge's: solved * 10^10 - time
 * (or penalty with ICPC scoring).
 *
 * Lifetimes: cached pages are the worker's (process lifetime, malloc);
 * everything else is in the request arena.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "contests.h"
#include "handlers.h"
#include "lb.h"
#include "log.h"
#include "xmalloc.h"

#define LB_SLOTS	32		/* cached pages per worker */
#define FIRST_SLOTS	8		/* cached first-solve maps */

struct lb_entry {
	int		 used;
	long long	 contest_id;
	int		 pub;
	int		 final;
	long long	 offset;
	long long	 limit;
	struct timespec	 built;
	unsigned long	 tick;
	char		*body;		/* without the closing '}' */
	size_t		 len;
	uint64_t	 hash;		/* FNV-1a of body */
};

struct first_entry {
	int		 used;
	long long	 contest_id;
	int		 pub;
	struct timespec	 built;
	char		*json;
};

static struct lb_entry		 entries[LB_SLOTS];
static struct first_entry	 firsts[FIRST_SLOTS];
static unsigned long		 lb_ticks;

static long long
age_ms(const struct timespec *t0)
{
	struct timespec	 t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (long long)(t1.tv_sec - t0->tv_sec) * 1000 +
	    (t1.tv_nsec - t0->tv_nsec) / 1000000;
}

static uint64_t
fnv(uint64_t h, const char *s, size_t n)
{
	while (n-- > 0) {
		h ^= (unsigned char)*s++;
		h *= 0x100000001b3ULL;
	}
	return h;
}
#define FNV_INIT	0xcbf29ce484222325ULL

const char *const lb_src_names[] = { "redis", "db", "results" };

double
lb_score(int icpc, long long solved, long long time_s, long long penalty)
{
	long long	 tie = icpc ? penalty : time_s;

	if (tie >= (long long)SCALE)
		tie = (long long)SCALE - 1;
	return (double)solved * SCALE - (double)tie;
}

char *
lb_row_json(const char *user, long long solved, long long time_s,
    long long penalty, const char *cells)
{
	struct json_object	*o, *p;
	char			*s;

	o = json_object_new_object();
	json_object_object_add(o, "user", json_object_new_string(user));
	json_object_object_add(o, "solved", json_object_new_int64(solved));
	json_object_object_add(o, "time", json_object_new_int64(time_s));
	json_object_object_add(o, "penalty", json_object_new_int64(penalty));
	if ((p = json_tokener_parse(cells)) == NULL ||
	    !json_object_is_type(p, json_type_array)) {
		json_object_put(p);
		p = json_object_new_array();
	}
	json_object_object_add(o, "problems", p);
	s = xstrdup(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
	json_object_put(o);
	return s;
}

/* row_arena: row_json copied into the request arena (NULL when full). */
static const char *
row_arena(struct req *r, const char *user, long long solved,
    long long time_s, long long penalty, const char *cells)
{
	char	*s = lb_row_json(user, solved, time_s, penalty, cells);
	char	*a = arena_strdup(r->arena, s);

	free(s);
	return a;
}

static void
ctx_init(struct lb_ctx *x, struct req *r, const struct contest *c, int pub)
{
	memset(x, 0, sizeof(*x));
	x->r = r;
	x->c = c;
	x->pub = pub;
	snprintf(x->zkey, sizeof(x->zkey), "contest:%lld:lb%s", c->id,
	    pub ? "" : ":full");
	snprintf(x->hkey, sizeof(x->hkey), "contest:%lld:rows%s", c->id,
	    pub ? "" : ":full");
	x->src = c->finalized && !pub ? SRC_RESULTS : SRC_REDIS;
}

/* --- MariaDB: contest_scores and contest_results ------------------------- */

/* bind_score: the SCORE_EXPR parameters (pub, icpc, pub, pub) at i. */
static void
bind_score(struct db_stmt *st, unsigned i, int pub, int icpc)
{
	db_bind_int(st, i, pub);
	db_bind_int(st, i + 1, icpc);
	db_bind_int(st, i + 2, pub);
	db_bind_int(st, i + 3, pub);
}

static int
db_above(struct lb_ctx *x, double score, long long *n)
{
	struct db_stmt	*st = db_stmt(x->r->db, STMT_CONTEST_SCORES_COUNT_ABOVE);
	int		 rc;

	db_bind_int(st, 0, x->c->id);
	bind_score(st, 1, x->pub, x->c->icpc);
	db_bind_int(st, 5, (long long)score);
	if ((rc = db_row(st)) == DB_OK)
		*n = db_col_int(st, 0);
	return rc;
}

/*
 * page_start: what both MariaDB pages begin with: the total from count
 * (a statement taking the contest id), then room for lim rows.  DB_OK
 * with p->rows NULL when off is past the end (an empty page).
 */
static int
page_start(struct lb_ctx *x, enum stmt count, long long off, long long lim,
    struct lb_page *p)
{
	struct db_stmt	*st;
	int		 rc;

	p->n = 0;
	p->rows = NULL;
	st = db_stmt(x->r->db, count);
	db_bind_int(st, 0, x->c->id);
	if ((rc = db_row(st)) != DB_OK)
		return rc;
	p->total = db_col_int(st, 0);
	if (off >= p->total)
		return DB_OK;
	if ((p->rows = arena_calloc(x->r->arena, (size_t)lim,
	    sizeof(*p->rows))) == NULL)
		return DB_ERR;
	return DB_OK;
}

static int
db_page(struct lb_ctx *x, long long off, long long lim, struct lb_page *p)
{
	struct req	*r = x->r;
	struct db_stmt	*st;
	struct lb_row	*row;
	long long	 above = 0;
	int		 rc;

	if ((rc = page_start(x, STMT_CONTEST_SCORES_COUNT, off, lim, p)) !=
	    DB_OK || p->rows == NULL)
		return rc;
	st = db_stmt(r->db, STMT_CONTEST_SCORES_PAGE);
	db_bind_int(st, 0, x->pub);
	db_bind_int(st, 1, x->pub);
	db_bind_int(st, 2, x->pub);
	db_bind_int(st, 3, x->pub);
	bind_score(st, 4, x->pub, x->c->icpc);
	db_bind_int(st, 8, x->c->id);
	db_bind_int(st, 9, lim);
	db_bind_int(st, 10, off);
	while ((rc = db_next(st)) == DB_ROW && p->n < (size_t)lim) {
		row = &p->rows[p->n++];
		row->user_id = db_col_int(st, 0);
		row->score = db_col_double(st, 6);
		row->json = row_arena(r, db_col_text(st, 1), db_col_int(st, 2),
		    db_col_int(st, 3), db_col_int(st, 4), db_col_text(st, 5));
		if (row->json == NULL)
			return DB_ERR;
		row->len = strlen(row->json);
	}
	if (rc != DB_DONE)
		return rc;
	if (p->n > 0 && (rc = db_above(x, p->rows[0].score, &above)) != DB_OK)
		return rc;
	if (p->n > 0)
		p->rows[0].rank = above + 1;
	return DB_OK;
}

/* db_user: the caller's contest_scores row: full and view scores. */
static int
db_user(struct lb_ctx *x, long long uid, double *view, double *full,
    const char **full_json)
{
	struct db_stmt	*st = db_stmt(x->r->db, STMT_CONTEST_SCORES_BY_USER);
	int		 rc, o = x->pub ? 4 : 0;

	db_bind_int(st, 0, x->c->id);
	db_bind_int(st, 1, uid);
	if ((rc = db_row(st)) != DB_OK)
		return rc;
	*view = lb_score(x->c->icpc, db_col_int(st, o), db_col_int(st, o + 1),
	    db_col_int(st, o + 2));
	*full = lb_score(x->c->icpc, db_col_int(st, 0), db_col_int(st, 1),
	    db_col_int(st, 2));
	if (full_json != NULL &&
	    (*full_json = row_arena(x->r, x->r->user->username,
	    db_col_int(st, 0), db_col_int(st, 1), db_col_int(st, 2),
	    db_col_text(st, 3))) == NULL)
		return DB_ERR;
	return DB_OK;
}

static int
db_pos(struct lb_ctx *x, long long uid, long long *pos, int *found)
{
	struct db_stmt	*st;
	double		 view, full;
	int		 rc;

	*found = 0;
	if ((rc = db_user(x, uid, &view, &full, NULL)) == DB_NOTFOUND)
		return DB_OK;
	if (rc != DB_OK)
		return rc;
	st = db_stmt(x->r->db, STMT_CONTEST_SCORES_POS_BY_USER);
	db_bind_int(st, 0, x->c->id);
	bind_score(st, 1, x->pub, x->c->icpc);
	db_bind_int(st, 5, (long long)view);
	bind_score(st, 6, x->pub, x->c->icpc);
	db_bind_int(st, 10, (long long)view);
	db_bind_int(st, 11, uid);
	if ((rc = db_row(st)) != DB_OK)
		return rc;
	*pos = db_col_int(st, 0);
	*found = 1;
	return DB_OK;
}

static int
db_me(struct lb_ctx *x, long long uid, struct lb_row *row)
{
	double		 view, full;
	long long	 above = 0;
	int		 rc;

	memset(row, 0, sizeof(*row));
	if ((rc = db_user(x, uid, &view, &full, &row->json)) == DB_NOTFOUND)
		return DB_OK;
	if (rc != DB_OK || (rc = db_above(x, full, &above)) != DB_OK)
		return rc;
	row->len = strlen(row->json);
	row->user_id = uid;
	row->score = full;
	row->rank = above + 1;
	return DB_OK;
}

static int
results_page(struct lb_ctx *x, long long off, long long lim,
    struct lb_page *p)
{
	struct req	*r = x->r;
	struct db_stmt	*st;
	struct lb_row	*row;
	int		 rc;

	if ((rc = page_start(x, STMT_CONTEST_RESULTS_COUNT, off, lim, p)) !=
	    DB_OK || p->rows == NULL)
		return rc;
	st = db_stmt(r->db, STMT_CONTEST_RESULTS_PAGE);
	db_bind_int(st, 0, x->c->id);
	db_bind_int(st, 1, lim);
	db_bind_int(st, 2, off);
	while ((rc = db_next(st)) == DB_ROW && p->n < (size_t)lim) {
		row = &p->rows[p->n++];
		row->rank = db_col_int(st, 0);
		row->user_id = db_col_int(st, 1);
		row->score = lb_score(x->c->icpc, db_col_int(st, 3),
		    db_col_int(st, 4), db_col_int(st, 5));
		row->json = row_arena(r, db_col_text(st, 2), db_col_int(st, 3),
		    db_col_int(st, 4), db_col_int(st, 5), db_col_text(st, 6));
		if (row->json == NULL)
			return DB_ERR;
		row->len = strlen(row->json);
	}
	return rc == DB_DONE ? DB_OK : rc;
}

static int
results_pos(struct lb_ctx *x, long long uid, long long *pos, int *found)
{
	struct db_stmt	*st;
	long long	 rank;
	int		 rc;

	*found = 0;
	st = db_stmt(x->r->db, STMT_CONTEST_RESULTS_BY_USER);
	db_bind_int(st, 0, x->c->id);
	db_bind_int(st, 1, uid);
	if ((rc = db_row(st)) == DB_NOTFOUND)
		return DB_OK;
	if (rc != DB_OK)
		return rc;
	rank = db_col_int(st, 0);
	st = db_stmt(x->r->db, STMT_CONTEST_RESULTS_POS);
	db_bind_int(st, 0, x->c->id);
	db_bind_int(st, 1, rank);
	db_bind_int(st, 2, rank);
	db_bind_int(st, 3, uid);
	if ((rc = db_row(st)) != DB_OK)
		return rc;
	*pos = db_col_int(st, 0);
	*found = 1;
	return DB_OK;
}

/* --- choosing a source ------------------------------------------------------ */

/*
 * use_redis: decide between Redis and MariaDB for this request (x->src
 * becomes SRC_DB when Redis is away or being rebuilt).  A contest found
 * ready is not asked again for LB_TTL_MS (around=me asks per request).
 */
static void
use_redis(struct lb_ctx *x)
{
	static struct {
		long long	 contest_id;
		struct timespec	 at;
	}		 ready[8];
	static size_t	 next;
	size_t		 i;

	if (x->src != SRC_REDIS)
		return;
	for (i = 0; i < sizeof(ready) / sizeof(ready[0]); i++)
		if (ready[i].contest_id == x->c->id &&
		    age_ms(&ready[i].at) < LB_TTL_MS)
			return;
	if (lb_redis_ready(x) != 0) {
		x->src = SRC_DB;
		return;
	}
	i = next++ % (sizeof(ready) / sizeof(ready[0]));
	ready[i].contest_id = x->c->id;
	clock_gettime(CLOCK_MONOTONIC, &ready[i].at);
}

/* rank_fill: ranks after the first row's: equal scores share one. */
static void
rank_fill(struct lb_page *p, long long off)
{
	size_t	 i;

	for (i = 1; i < p->n; i++)
		p->rows[i].rank = p->rows[i].score == p->rows[i - 1].score ?
		    p->rows[i - 1].rank : off + (long long)i + 1;
}

/* page_get: a page from x's source; Redis failing falls back to MariaDB. */
static int
page_get(struct lb_ctx *x, long long off, long long lim, struct lb_page *p)
{
	long long	 pos, first;
	int		 rc;

	memset(p, 0, sizeof(*p));
	if (x->src == SRC_RESULTS)
		return results_page(x, off, lim, p);
	if (x->src == SRC_REDIS && lb_redis_fetch(x, 0, off, lim, p, &pos,
	    &first) == 0)
		rc = DB_OK;
	else {
		x->src = SRC_DB;
		memset(p, 0, sizeof(*p));
		rc = db_page(x, off, lim, p);
	}
	if (rc == DB_OK)
		rank_fill(p, off);
	return rc;
}

/*
 * near_get: the caller's position (*pos, -1 when not on the board) and
 * the rows around it from *off.  Redis answers in one round trip;
 * MariaDB and the results take a position query, then a page.
 */
static int
near_get(struct lb_ctx *x, long long uid, struct lb_page *p, long long *pos,
    long long *off)
{
	int	 rc, found = 0;

	memset(p, 0, sizeof(*p));
	*pos = -1;
	*off = 0;
	if (x->src == SRC_REDIS && lb_redis_fetch(x, uid, 0, 0, p, pos,
	    off) == 0) {
		rank_fill(p, *off);
		return DB_OK;
	}
	if (x->src == SRC_REDIS)
		x->src = SRC_DB;
	rc = x->src == SRC_RESULTS ? results_pos(x, uid, pos, &found) :
	    db_pos(x, uid, pos, &found);
	if (rc != DB_OK)
		return rc;
	if (!found) {
		*pos = -1;	/* the total only */
		return page_get(x, LB_OFFSET_MAX, 1, p);
	}
	*off = *pos > LB_AROUND ? *pos - LB_AROUND : 0;
	return page_get(x, *off, *pos - *off + LB_AROUND + 1, p);
}

static int
me_get(struct lb_ctx *x, long long uid, struct lb_row *row)
{
	if (x->src == SRC_REDIS && lb_redis_me(x, uid, row) == 0)
		return DB_OK;
	x->src = SRC_DB;
	return db_me(x, uid, row);
}

/* --- first to solve ---------------------------------------------------------- */

/* first_json: {"A":"alice","B":null} for x's view, cached LB_TTL_MS. */
static const char *
first_json(struct lb_ctx *x)
{
	struct first_entry	*f, *v = &firsts[0];
	struct json_object	*o;
	struct db_stmt		*st;
	size_t			 i;
	int			 rc;

	for (i = 0, f = NULL; i < FIRST_SLOTS; i++) {
		if (firsts[i].used && firsts[i].contest_id == x->c->id &&
		    firsts[i].pub == x->pub) {
			f = &firsts[i];
			break;
		}
		if (!firsts[i].used || (v->used && firsts[i].built.tv_sec <
		    v->built.tv_sec))
			v = &firsts[i];
	}
	if (f != NULL && age_ms(&f->built) < LB_TTL_MS)
		return f->json;
	o = json_object_new_object();
	st = db_stmt(x->r->db, STMT_CONTEST_FIRST_SOLVES);
	db_bind_int(st, 0, x->pub);
	db_bind_int(st, 1, x->c->id);
	while ((rc = db_next(st)) == DB_ROW)
		json_object_object_add(o, db_col_text(st, 0),
		    db_col_isnull(st, 1) ? NULL :
		    json_object_new_string(db_col_text(st, 1)));
	if (rc != DB_DONE) {
		/* The database is away: an older map, or none. */
		json_object_put(o);
		return f != NULL ? f->json : "{}";
	}
	if (f == NULL) {
		f = v;
		f->used = 1;
		f->contest_id = x->c->id;
		f->pub = x->pub;
	}
	free(f->json);
	f->json = xstrdup(json_object_to_json_string_ext(o,
	    JSON_C_TO_STRING_PLAIN));
	json_object_put(o);
	clock_gettime(CLOCK_MONOTONIC, &f->built);
	return f->json;
}

/* --- rendering --------------------------------------------------------------- */

/* put_row: {"rank":N, + the rest of the row object. */
static void
put_row(struct buf *b, const struct lb_row *row)
{
	buf_printf(b, "{\"rank\":%lld", row->rank);
	if (row->len > 2) {
		buf_putc(b, ',');
		buf_add(b, row->json + 1, row->len - 1);
	} else
		buf_putc(b, '}');
}

/*
 * render: the answer without its closing '}' into b.  me (may be NULL)
 * replaces the caller's row in the list (a frozen participant).
 */
static void
render(struct lb_ctx *x, const struct lb_page *p, long long off,
    long long lim, const struct lb_row *me, struct buf *b)
{
	struct json_object	*slug;
	size_t			 i;

	slug = json_object_new_string(x->c->slug);
	buf_printf(b, "{\"contest\":%s,\"scoring\":\"%s\",\"frozen\":%s,"
	    "\"final\":%s,\"source\":\"%s\",\"degraded\":%s,\"total\":%lld,"
	    "\"offset\":%lld,\"limit\":%lld,\"first\":%s,\"rows\":[",
	    json_object_to_json_string(slug), x->c->icpc ? "icpc" : "default",
	    x->pub ? "true" : "false", x->src == SRC_RESULTS ? "true" :
	    "false", lb_src_names[x->src], x->src == SRC_DB ? "true" : "false",
	    p->total, off, lim, first_json(x));
	json_object_put(slug);
	for (i = 0; i < p->n; i++) {
		if (i > 0)
			buf_putc(b, ',');
		put_row(b, me != NULL && me->json != NULL &&
		    p->rows[i].user_id == me->user_id ? me : &p->rows[i]);
	}
	buf_putc(b, ']');
}

/* --- the cache of built pages ------------------------------------------------ */

void
lb_forget(long long contest_id)
{
	size_t	 i;

	for (i = 0; i < LB_SLOTS; i++)
		if (entries[i].used && entries[i].contest_id == contest_id)
			entries[i].used = 0;
	for (i = 0; i < FIRST_SLOTS; i++)
		if (firsts[i].used && firsts[i].contest_id == contest_id)
			firsts[i].used = 0;
}

static struct lb_entry *
entry_find(const struct lb_ctx *x, long long off, long long lim,
    struct lb_entry **victim)
{
	struct lb_entry	*e, *v = &entries[0];
	size_t		 i;
	int		 final = x->src == SRC_RESULTS;

	for (i = 0; i < LB_SLOTS; i++) {
		e = &entries[i];
		if (e->used && e->contest_id == x->c->id && e->pub == x->pub &&
		    e->final == final && e->offset == off && e->limit == lim)
			return e;
		if (!e->used || (v->used && e->tick < v->tick))
			v = e;
	}
	*victim = v;
	return NULL;
}

/*
 * cached_page: the shared part of a page answer, from the cache or built
 * now.  Returns DB_OK with *e, or a DB_* error.
 */
static int
cached_page(struct lb_ctx *x, long long off, long long lim,
    struct lb_entry **out)
{
	struct lb_entry	*e, *v = NULL;
	struct lb_page	 p;
	struct buf	 b;
	int		 rc;

	e = entry_find(x, off, lim, &v);
	if (e != NULL && age_ms(&e->built) < LB_TTL_MS) {
		e->tick = ++lb_ticks;
		*out = e;
		return DB_OK;
	}
	use_redis(x);
	if ((rc = page_get(x, off, lim, &p)) != DB_OK) {
		if (e == NULL)
			return rc;
		*out = e;	/* both stores away: the last good page */
		return DB_OK;
	}
	if (e == NULL)
		e = v;
	buf_init(&b, 16u * 1024 * 1024);
	render(x, &p, off, lim, NULL, &b);
	free(e->body);
	e->body = buf_detach(&b, &e->len);
	if (e->body == NULL)
		e->body = xstrdup("");
	e->hash = fnv(FNV_INIT, e->body, e->len);
	e->used = 1;
	e->contest_id = x->c->id;
	e->pub = x->pub;
	e->final = x->src == SRC_RESULTS;
	e->offset = off;
	e->limit = lim;
	e->tick = ++lb_ticks;
	clock_gettime(CLOCK_MONOTONIC, &e->built);
	*out = e;
	return DB_OK;
}

/* --- the entry points ---------------------------------------------------------- */

int
lb_query_parse(struct req *r, struct lb_query *q)
{
	const char	*s;

	memset(q, 0, sizeof(*q));
	q->limit = LB_LIMIT_DEFAULT;
	if ((s = req_query(r, "offset")) != NULL &&
	    req_int(s, 0, LB_OFFSET_MAX, &q->offset) == -1)
		return http_error(r, 400, "invalid_offset", "offset must be a "
		    "whole number from 0.");
	if ((s = req_query(r, "limit")) != NULL) {
		/* Larger limits are capped rather than refused. */
		if (req_int(s, 1, LB_OFFSET_MAX, &q->limit) == -1)
			return http_error(r, 400, "invalid_limit", "limit must "
			    "be a whole number from 1 to 200.");
		if (q->limit > LB_LIMIT_MAX)
			q->limit = LB_LIMIT_MAX;
	}
	if ((s = req_query(r, "around")) != NULL) {
		if (strcmp(s, "me") != 0)
			return http_error(r, 400, "invalid_around", "around "
			    "takes one value: me.");
		q->around = 1;
	}
	return 0;
}

/* finish: body + optional ,"me":row + '}' into the arena; the ETag. */
static int
finish(struct req *r, const char *body, size_t len, uint64_t hash,
    const struct lb_row *me, const char **out, size_t *outlen,
    const char **etag)
{
	struct buf	 b;
	char		*s;

	buf_init(&b, 64 * 1024);
	if (me != NULL && me->json != NULL) {
		buf_puts(&b, ",\"me\":");
		put_row(&b, me);
	}
	buf_putc(&b, '}');
	hash = fnv(hash, buf_cstr(&b), b.len);
	if ((s = arena_alloc(r->arena, len + b.len + 1)) == NULL) {
		buf_free(&b);
		return http_error(r, 500, NULL, NULL);
	}
	memcpy(s, body, len);
	memcpy(s + len, b.data, b.len);
	s[len + b.len] = '\0';
	*out = s;
	*outlen = len + b.len;
	buf_free(&b);
	*etag = arena_printf(r->arena, "\"lb-%016llx\"",
	    (unsigned long long)hash);
	return *etag != NULL ? 200 : http_error(r, 500, NULL, NULL);
}

static int
lb_unavailable(struct req *r)
{
	return http_error(r, 503, "leaderboard_unavailable", "The "
	    "leaderboard cannot be read right now (Redis and the database "
	    "are both away); please try again in a moment.");
}

/* around: the caller's neighbourhood, built per request. */
static int
around(struct lb_ctx *x, const char **body, size_t *len, const char **etag)
{
	struct req	*r = x->r;
	struct lb_page	 p;
	struct lb_row	 me, *mep = NULL;
	struct buf	 b;
	long long	 pos, off;
	int		 rc, st;

	if ((rc = auth_require(r)) != 0)
		return rc;
	use_redis(x);
	if (near_get(x, r->user->id, &p, &pos, &off) != DB_OK)
		return lb_unavailable(r);
	if (x->pub && pos >= 0) {
		if (me_get(x, r->user->id, &me) != DB_OK)
			return lb_unavailable(r);
		mep = &me;
	}
	buf_init(&b, 16u * 1024 * 1024);
	render(x, &p, off, (long long)p.n, mep, &b);
	if (pos >= 0)
		buf_printf(&b, ",\"position\":%lld", pos);
	else
		buf_puts(&b, ",\"position\":null");
	st = finish(r, buf_cstr(&b), b.len, fnv(FNV_INIT, buf_cstr(&b), b.len),
	    mep, body, len, etag);
	buf_free(&b);
	return st;
}

int
lb_get(struct req *r, const struct contest *c, const struct lb_query *q,
    const char **body, size_t *len, const char **etag)
{
	struct lb_ctx	 x;
	struct lb_entry	*e;
	struct lb_row	 me, *mep = NULL;
	long long	 now = contest_now_ms(c);
	int		 pub;

	/* Admins always see the full view; everybody once it is unfrozen. */
	pub = contest_frozen(c, now) && (r->user == NULL || !r->user->is_admin);
	ctx_init(&x, r, c, pub);
	if (q->around)
		return around(&x, body, len, etag);
	if (cached_page(&x, q->offset, q->limit, &e) != DB_OK)
		return lb_unavailable(r);
	/* A frozen participant still sees their own row as it is. */
	if (pub && r->user != NULL && me_get(&x, r->user->id, &me) == DB_OK)
		mep = &me;
	return finish(r, e->body, e->len, e->hash, mep, body, len, etag);
}
