/* contest-rules.c: contest phases, the per-worker contest cache, submit rules. */
/*
 * Design (see contests.h).  The cache holds up to CACHE_SLOTS contests,
 * each in its own arena (process lifetime), found by slug; the least
 * recently used slot is reloaded for a new slug.  While the database is
 * away a stale copy keeps being served, so a running contest's pages and
 * leaderboard survive a MariaDB restart.
 *
 * Hiding and revealing problems: creating or moving a contest to a future
 * start hides its problems (problems.visible = 0, contests.revealed = 0;
 * api-contests.c).  Once the start has passed, the first contest_get of
 * any worker (and the judge's once-a-second hook) runs
 * STMT_CONTESTS_REVEAL_DUE, so by the time a contest page lists its
 * problems they answer 200 everywhere.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "contests.h"
#include "handlers.h"
#include "log.h"
#include "util.h"

#define CACHE_SLOTS	16
#define CACHE_ARENA	(256u * 1024)	/* bytes per cached contest */

const char *const contest_phase_names[CONTEST__MAX] = {
	"upcoming", "running", "ended",
};

struct slot {
	struct contest	 c;
	int		 used;
	struct timespec	 loaded;	/* CLOCK_MONOTONIC */
	unsigned long	 tick;		/* last use, for LRU */
	struct arena	 mem;
};

static struct slot	 slots[CACHE_SLOTS];
static unsigned long	 ticks;

static long long
mono_ms_since(const struct timespec *t0)
{
	struct timespec	 t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (long long)(t1.tv_sec - t0->tv_sec) * 1000 +
	    (t1.tv_nsec - t0->tv_nsec) / 1000000;
}

static long long
wall_ms(void)
{
	struct timespec	 t;

	clock_gettime(CLOCK_REALTIME, &t);
	return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

long long
contest_now_ms(const struct contest *c)
{
	return wall_ms() + (c != NULL ? c->skew_ms : 0);
}

enum contest_phase
contest_phase(const struct contest *c, long long now)
{
	if (now < c->starts_ms)
		return CONTEST_UPCOMING;
	if (now < c->ends_ms)
		return CONTEST_RUNNING;
	return CONTEST_ENDED;
}

int
contest_frozen(const struct contest *c, long long now)
{
	return c->freeze_min > 0 && !c->unfrozen && now >= c->freeze_ms;
}

int
contest_problems_visible(const struct req *r, const struct contest *c,
    long long now)
{
	return now >= c->starts_ms || (r->user != NULL && r->user->is_admin);
}

static struct slot *
slot_find(const char *slug)
{
	size_t	 i;

	for (i = 0; i < CACHE_SLOTS; i++)
		if (slots[i].used && strcmp(slots[i].c.slug, slug) == 0)
			return &slots[i];
	return NULL;
}

void
contest_forget(const char *slug)
{
	struct slot	*s;

	if (slug != NULL && (s = slot_find(slug)) != NULL)
		s->used = 0;
}

static struct slot *
slot_victim(void)
{
	struct slot	*v = &slots[0];
	size_t		 i;

	for (i = 0; i < CACHE_SLOTS; i++) {
		if (!slots[i].used)
			return &slots[i];
		if (slots[i].tick < v->tick)
			v = &slots[i];
	}
	return v;
}

/* load_problems: c's problem list into s's arena.  DB_* code. */
static int
load_problems(struct req *r, struct slot *s)
{
	struct db_stmt		*st;
	struct contest_problem	*p;
	size_t			 n = 0;
	int			 rc;

	s->c.problems = arena_calloc(&s->mem, CONTEST_PROBLEMS_MAX + 1,
	    sizeof(*p));
	if (s->c.problems == NULL)
		return DB_ERR;
	st = db_stmt(r->db, STMT_CONTEST_PROBLEMS_WEB_BY_CONTEST);
	db_bind_int(st, 0, s->c.id);
	while ((rc = db_next(st)) == DB_ROW) {
		if (n == CONTEST_PROBLEMS_MAX)
			continue;
		p = &s->c.problems[n++];
		snprintf(p->label, sizeof(p->label), "%s", db_col_text(st, 0));
		p->problem_id = db_col_int(st, 1);
		p->slug = arena_strdup(&s->mem, db_col_text(st, 2));
		p->title = arena_strdup(&s->mem, db_col_text(st, 3));
		if (p->slug == NULL || p->title == NULL)
			return DB_ERR;
	}
	s->c.nproblems = n;
	return rc == DB_DONE ? DB_OK : rc;
}

/* load: slug from the database into slot s.  DB_* code. */
static int
load(struct req *r, const char *slug, struct slot *s)
{
	struct db_stmt	*st;
	struct contest	*c = &s->c;
	int		 rc;

	if (s->mem.chunk == 0)
		arena_init(&s->mem, 8192, CACHE_ARENA);
	arena_reset(&s->mem);
	s->used = 0;
	memset(c, 0, sizeof(*c));
	st = db_stmt(r->db, STMT_CONTESTS_WEB_BY_SLUG);
	db_bind_text(st, 0, slug);
	if ((rc = db_row(st)) != DB_OK)
		return rc;
	c->id = db_col_int(st, 0);
	c->slug = arena_strdup(&s->mem, db_col_text(st, 1));
	c->title = arena_strdup(&s->mem, db_col_text(st, 2));
	c->description = arena_strdup(&s->mem, db_col_text(st, 3));
	c->starts_ms = db_col_int(st, 4);
	c->duration_min = (int)db_col_int(st, 5);
	c->icpc = strcmp(db_col_text(st, 6), "icpc") == 0;
	c->freeze_min = (int)db_col_int(st, 7);
	c->unfrozen = db_col_int(st, 8) != 0;
	c->finalized = db_col_int(st, 9) != 0;
	c->revealed = db_col_int(st, 10) != 0;
	c->skew_ms = db_col_int(st, 11) - wall_ms();
	if (c->slug == NULL || c->title == NULL || c->description == NULL)
		return DB_ERR;
	c->ends_ms = c->starts_ms + (long long)c->duration_min * 60000;
	c->freeze_ms = c->ends_ms - (long long)c->freeze_min * 60000;
	if ((rc = load_problems(r, s)) != DB_OK)
		return rc;
	s->used = 1;
	clock_gettime(CLOCK_MONOTONIC, &s->loaded);
	return DB_OK;
}

int
contest_reveal(struct req *r)
{
	return db_exec(db_stmt(r->db, STMT_CONTESTS_REVEAL_DUE));
}

int
contest_get(struct req *r, const char *slug, const struct contest **out)
{
	struct slot	*s;
	int		 rc;

	*out = NULL;
	if (slug == NULL || !slug_check(slug))
		return http_error(r, 404, "no_such_contest",
		    "There is no such contest.");
	s = slot_find(slug);
	/* A stale copy is kept and served while the database is away. */
	if (s == NULL || (mono_ms_since(&s->loaded) >= CONTEST_TTL_MS &&
	    db_ping(r->db) == DB_OK)) {
		if (s == NULL)
			s = slot_victim();
		if ((rc = load(r, slug, s)) == DB_NOTFOUND)
			return http_error(r, 404, "no_such_contest",
			    "There is no such contest.");
		if (rc != DB_OK)
			return db_http_status(r, rc);
	}
	s->tick = ++ticks;
	if (!s->c.revealed && contest_now_ms(&s->c) >= s->c.starts_ms &&
	    contest_reveal(r) == DB_OK)
		s->c.revealed = 1;
	*out = &s->c;
	return 200;
}

int
contest_registered(struct req *r, const struct contest *c, int *yes)
{
	struct db_stmt	*st;
	int		 rc;

	*yes = 0;
	if (r->user == NULL)
		return DB_OK;
	st = db_stmt(r->db, STMT_CONTEST_PARTICIPANTS_BY_USER);
	db_bind_int(st, 0, c->id);
	db_bind_int(st, 1, r->user->id);
	if ((rc = db_row(st)) == DB_OK)
		*yes = 1;
	return rc == DB_NOTFOUND ? DB_OK : rc;
}

int
contest_participants(struct req *r, const struct contest *c, long long *n)
{
	struct db_stmt	*st;
	int		 rc;

	*n = 0;
	st = db_stmt(r->db, STMT_CONTEST_PARTICIPANTS_COUNT);
	db_bind_int(st, 0, c->id);
	if ((rc = db_row(st)) == DB_OK)
		*n = db_col_int(st, 0);
	return rc;
}

int
contest_register(struct req *r, const struct contest *c)
{
	struct db_stmt	*st;
	int		 rc;

	if ((rc = auth_require(r)) != 0)
		return rc;
	if (contest_phase(c, contest_now_ms(c)) == CONTEST_ENDED)
		return http_error(r, 409, "contest_ended",
		    "The contest is over; registration is closed.");
	st = db_stmt(r->db, STMT_CONTEST_PARTICIPANTS_INSERT);
	db_bind_int(st, 0, c->id);
	db_bind_int(st, 1, r->user->id);
	if ((rc = db_exec(st)) != DB_OK)
		return db_http_status(r, rc);
	return 200;
}

int
contest_submit_check(struct req *r, const char *slug, long long problem_id,
    long long *contest_id, int *priority)
{
	struct db_stmt	*st;
	int		 rc, started, open, in_contest, registered;

	*contest_id = 0;
	if (slug == NULL || !slug_check(slug))
		return http_error(r, 404, "no_such_contest",
		    "There is no such contest.");
	st = db_stmt(r->db, STMT_CONTESTS_SUBMIT_RULES);
	db_bind_int(st, 0, problem_id);
	db_bind_int(st, 1, r->user != NULL ? r->user->id : 0);
	db_bind_text(st, 2, slug);
	if ((rc = db_row(st)) == DB_NOTFOUND)
		return http_error(r, 404, "no_such_contest",
		    "There is no such contest.");
	if (rc != DB_OK)
		return db_http_status(r, rc);
	started = db_col_int(st, 1) != 0;
	open = db_col_int(st, 2) != 0;
	in_contest = db_col_int(st, 3) != 0;
	registered = db_col_int(st, 4) != 0;
	if (!in_contest)
		return http_error(r, 400, "problem_not_in_contest",
		    "That problem is not part of this contest.");
	if (!started)	/* its problems are hidden until the start */
		return http_error(r, 404, "no_such_problem",
		    "There is no such problem.");
	if (!open)
		return 0;	/* over: judged as practice */
	if (!registered)
		return http_error(r, 403, "not_registered",
		    "Register for the contest first.");
	*contest_id = db_col_int(st, 0);
	*priority = CONTEST_PRIORITY;
	return 0;
}

/* --- ISO 8601 ------------------------------------------------------------ */

/* digits: n decimal digits at *s into *out; advances *s.  0 or -1. */
static int
digits(const char **s, int n, int *out)
{
	int	 v = 0;

	while (n-- > 0) {
		if (**s < '0' || **s > '9')
			return -1;
		v = v * 10 + (*(*s)++ - '0');
	}
	*out = v;
	return 0;
}

/* days_from_civil: days since 1970-01-01 (H. Hinnant's algorithm). */
static long long
days_from_civil(long long y, unsigned m, unsigned d)
{
	long long	 era;
	unsigned	 yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

static int
month_days(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };
	int	 leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : days[m - 1];
}

int
contest_time_parse(const char *s, long long *ms)
{
	int	 y, mo, d, h, mi, sec = 0, frac = 0, oh = 0, om = 0, sign = 0;
	int	 n;

	if (s == NULL || digits(&s, 4, &y) || *s++ != '-' ||
	    digits(&s, 2, &mo) || *s++ != '-' || digits(&s, 2, &d))
		return -1;
	if (*s != 'T' && *s != 't' && *s != ' ')
		return -1;
	s++;
	if (digits(&s, 2, &h) || *s++ != ':' || digits(&s, 2, &mi))
		return -1;
	if (*s == ':') {
		s++;
		if (digits(&s, 2, &sec))
			return -1;
		if (*s == '.') {
			s++;
			for (n = 0; *s >= '0' && *s <= '9'; n++, s++)
				if (n < 3)
					frac = frac * 10 + (*s - '0');
			if (n == 0 || n > 9)
				return -1;
			for (; n < 3; n++)
				frac *= 10;
		}
	}
	if (*s == 'Z' || *s == 'z')
		s++;
	else if (*s == '+' || *s == '-') {
		sign = *s++ == '-' ? -1 : 1;
		if (digits(&s, 2, &oh))
			return -1;
		if (*s == ':')
			s++;
		if (digits(&s, 2, &om) || oh > 23 || om > 59)
			return -1;
	}
	if (*s != '\0' || y < 2000 || y > 2199 || mo < 1 || mo > 12 ||
	    d < 1 || d > month_days(y, mo) || h > 23 || mi > 59 || sec > 59)
		return -1;
	*ms = ((days_from_civil(y, (unsigned)mo, (unsigned)d) * 24 + h) * 60 +
	    mi) * 60000LL + sec * 1000LL + frac -
	    sign * (oh * 60 + om) * 60000LL;
	return 0;
}

void
contest_time_format(long long ms, int sql, char *out, size_t len)
{
	struct tm	 tm;
	time_t		 t = (time_t)(ms / 1000);

	gmtime_r(&t, &tm);
	if (sql)
		snprintf(out, len, "%04d-%02d-%02d %02d:%02d:%02d.%03lld",
		    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
		    tm.tm_min, tm.tm_sec, ms % 1000);
	else
		snprintf(out, len, "%04d-%02d-%02dT%02d:%02d:%02dZ",
		    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
		    tm.tm_min, tm.tm_sec);
}
