/* lb-redis.c: the leaderboard in Redis: reads in one round trip, rebuilds. */
/*
 * The judge writes each participant's row after every verdict (see
 * judge/contest.c): the sorted sets contest:{id}:lb (public, frozen) and
 * contest:{id}:lb:full, and the row JSON in contest:{id}:rows and
 * contest:{id}:rows:full.  Reads here take one round trip each: a Lua
 * script (a constant, its arguments in argv) does ZCARD, ZREVRANK,
 * ZREVRANGE, ZCOUNT and HMGET on the server.
 *
 * Redis is derived data: the key contest:{id}:built says it was filled
 * from MariaDB.  When it is missing (a new contest, a flushed or restarted
 * Redis) the first worker to take the lock contest:{id}:building copies
 * every contest_scores row into Redis, then copies again the rows changed
 * meanwhile (a verdict committed during the copy could otherwise be
 * overwritten by the older row), then sets the mark.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "handlers.h"
#include "lb.h"
#include "log.h"
#include "xmalloc.h"

#define REBUILD_BATCH	500		/* rows per Redis command */
#define REBUILD_LOCK_S	"120"		/* seconds the rebuild lock lives */
#define REBUILD_MARGIN	10		/* seconds of the second copy */

/* rcmd: a command whose error replies count as "Redis unusable". */
static redisReply *
rcmd(struct req *r, int argc, const char **argv, const size_t *lens)
{
	redisReply	*rep = rq_cmdargv(r->rq, argc, argv, lens);

	if (rep != NULL && rep->type == REDIS_REPLY_ERROR) {
		log_warnx("leaderboard: %s: %s", argv[0], rep->str);
		freeReplyObject(rep);
		return NULL;
	}
	return rep;
}

/* A batch of ZADD or HSET pairs; strings owned until flushed. */
struct batch {
	const char	*argv[2 + 2 * REBUILD_BATCH];
	char		*own[2 * REBUILD_BATCH];
	int		 argc;
	int		 nown;
};

static void
batch_init(struct batch *b, const char *cmd, const char *key)
{
	b->argv[0] = cmd;
	b->argv[1] = key;
	b->argc = 2;
	b->nown = 0;
}

static void
batch_add(struct batch *b, char *a, char *c)
{
	b->argv[b->argc++] = a;
	b->argv[b->argc++] = c;
	b->own[b->nown++] = a;
	b->own[b->nown++] = c;
}

/* batch_flush: send and empty.  0, or -1 when Redis failed. */
static int
batch_flush(struct req *r, struct batch *b)
{
	redisReply	*rep = NULL;
	int		 i;

	if (b->argc > 2)
		rep = rcmd(r, b->argc, b->argv, NULL);
	for (i = 0; i < b->nown; i++)
		free(b->own[i]);
	b->nown = 0;
	if (b->argc > 2 && rep == NULL)
		return -1;
	b->argc = 2;
	freeReplyObject(rep);
	return 0;
}

/*
 * rebuild_pass: copy the rows of contest_scores changed since `since'
 * (DATETIME text) into Redis.  0, -1 (Redis) or -2 (MariaDB).
 */
static int
rebuild_pass(struct lb_ctx *x, const char *since)
{
	static struct batch	 b[4];
	const struct contest	*c = x->c;
	struct db_stmt		*st;
	char			 k[4][64], *m;
	int			 rc, i, n = 0, fail = 0;

	snprintf(k[0], sizeof(k[0]), "contest:%lld:lb", c->id);
	snprintf(k[1], sizeof(k[1]), "contest:%lld:lb:full", c->id);
	snprintf(k[2], sizeof(k[2]), "contest:%lld:rows", c->id);
	snprintf(k[3], sizeof(k[3]), "contest:%lld:rows:full", c->id);
	for (i = 0; i < 4; i++)
		batch_init(&b[i], i < 2 ? "ZADD" : "HSET", k[i]);
	st = db_stmt(x->r->db, STMT_CONTEST_SCORES_ALL_SINCE);
	db_bind_int(st, 0, c->id);
	db_bind_text(st, 1, since);
	while ((rc = db_next(st)) == DB_ROW) {
		m = xstrdup(db_col_text(st, 0));
		batch_add(&b[0], xasprintf("%.0f", lb_score(c->icpc,
		    db_col_int(st, 6), db_col_int(st, 7), db_col_int(st, 8))),
		    xstrdup(m));
		batch_add(&b[1], xasprintf("%.0f", lb_score(c->icpc,
		    db_col_int(st, 2), db_col_int(st, 3), db_col_int(st, 4))),
		    xstrdup(m));
		batch_add(&b[2], xstrdup(m), lb_row_json(db_col_text(st, 1),
		    db_col_int(st, 6), db_col_int(st, 7), db_col_int(st, 8),
		    db_col_text(st, 9)));
		batch_add(&b[3], m, lb_row_json(db_col_text(st, 1),
		    db_col_int(st, 2), db_col_int(st, 3), db_col_int(st, 4),
		    db_col_text(st, 5)));
		if (++n == REBUILD_BATCH) {
			for (i = 0; i < 4; i++)
				fail |= batch_flush(x->r, &b[i]);
			n = 0;
		}
	}
	for (i = 0; i < 4; i++)
		fail |= batch_flush(x->r, &b[i]);
	if (rc != DB_DONE)
		return -2;
	return fail ? -1 : 0;
}

/* rebuild: fill Redis from contest_scores (we hold the lock).  0 or -1. */
static int
rebuild(struct lb_ctx *x)
{
	struct db_stmt	*st;
	char		 mark[40], key[64];
	redisReply	*rep;
	const char	*argv[3];

	st = db_stmt(x->r->db, STMT_CONTESTS_DB_NOW);
	db_bind_int(st, 0, REBUILD_MARGIN);
	if (db_row(st) != DB_OK)
		return -1;
	snprintf(mark, sizeof(mark), "%s", db_col_text(st, 0));
	if (rebuild_pass(x, "1970-01-01 00:00:00") != 0 ||
	    rebuild_pass(x, mark) != 0)
		return -1;
	snprintf(key, sizeof(key), "contest:%lld:built", x->c->id);
	argv[0] = "SET";
	argv[1] = key;
	argv[2] = "1";
	if ((rep = rcmd(x->r, 3, argv, NULL)) == NULL)
		return -1;
	freeReplyObject(rep);
	log_info("leaderboard: contest %lld: Redis rebuilt from MariaDB",
	    x->c->id);
	return 0;
}

/* lb.h */
int
lb_redis_ready(struct lb_ctx *x)
{
	redisReply	*rep;
	char		 built[64], lock[64], pid[24];
	const char	*argv[7];
	int		 got, rc;

	snprintf(built, sizeof(built), "contest:%lld:built", x->c->id);
	argv[0] = "EXISTS";
	argv[1] = built;
	if ((rep = rcmd(x->r, 2, argv, NULL)) == NULL)
		return -1;
	got = rep->type == REDIS_REPLY_INTEGER && rep->integer == 1;
	freeReplyObject(rep);
	if (got)
		return 0;
	snprintf(lock, sizeof(lock), "contest:%lld:building", x->c->id);
	snprintf(pid, sizeof(pid), "%ld", (long)getpid());
	argv[0] = "SET";
	argv[1] = lock;
	argv[2] = pid;
	argv[3] = "NX";
	argv[4] = "EX";
	argv[5] = REBUILD_LOCK_S;
	if ((rep = rcmd(x->r, 6, argv, NULL)) == NULL)
		return -1;
	got = rep->type == REDIS_REPLY_STATUS;	/* OK; nil when taken */
	freeReplyObject(rep);
	if (!got)
		return 1;
	rc = rebuild(x);
	argv[0] = "DEL";
	argv[1] = lock;
	if ((rep = rcmd(x->r, 2, argv, NULL)) != NULL)
		freeReplyObject(rep);
	return rc == 0 ? 0 : 1;
}

/*
 * One round trip per read: a page (or the caller's neighbourhood) is one
 * EVAL of this script, which returns {total, position (-1: none, or not
 * asked), first position, how many scores are above the first row's,
 * ZREVRANGE ... WITHSCORES, the rows' JSON (HMGET)}.
 *	KEYS: the view's sorted set, its row hash
 *	ARGV: "page", start, stop | "around", member, radius
 */
static const char lua_fetch[] =
    "local total = redis.call('ZCARD', KEYS[1])\n"
    "local pos, lo, hi = -1, 0, -1\n"
    "if ARGV[1] == 'around' then\n"
    "  local r = redis.call('ZREVRANK', KEYS[1], ARGV[2])\n"
    "  if not r then return {total, -1, 0, 0, {}, {}} end\n"
    "  pos = r\n"
    "  lo = math.max(r - tonumber(ARGV[3]), 0)\n"
    "  hi = r + tonumber(ARGV[3])\n"
    "else\n"
    "  lo = tonumber(ARGV[2])\n"
    "  hi = tonumber(ARGV[3])\n"
    "end\n"
    "local z = redis.call('ZREVRANGE', KEYS[1], lo, hi, 'WITHSCORES')\n"
    "if #z == 0 then return {total, pos, lo, 0, {}, {}} end\n"
    "local above = redis.call('ZCOUNT', KEYS[1], '(' .. z[2], '+inf')\n"
    "local m = {}\n"
    "for i = 1, #z, 2 do m[#m + 1] = z[i] end\n"
    "return {total, pos, lo, above, z, redis.call('HMGET', KEYS[2], "
    "unpack(m))}\n";

/*
 * The caller's true row ranked against the public board, in one round
 * trip: {score, row JSON, how many public scores are above}, or {}.
 *	KEYS: contest:{id}:lb, contest:{id}:lb:full, contest:{id}:rows:full
 *	ARGV: member
 */
static const char lua_me[] =
    "local s = redis.call('ZSCORE', KEYS[2], ARGV[1])\n"
    "if not s then return {} end\n"
    "return {s, redis.call('HGET', KEYS[3], ARGV[1]) or '', "
    "redis.call('ZCOUNT', KEYS[1], '(' .. s, '+inf')}\n";

/* row_from: a row's JSON from a HMGET element (a stand-in when missing). */
static int
row_from(struct req *r, struct lb_row *row, const redisReply *e)
{
	if (e != NULL && e->type == REDIS_REPLY_STRING && e->len >= 2 &&
	    e->str[0] == '{' && e->str[e->len - 1] == '}') {
		row->json = arena_strndup(r->arena, e->str, e->len);
		row->len = e->len;
	} else {
		/* A row without its JSON: show what the score says. */
		row->json = arena_printf(r->arena, "{\"user\":null,"
		    "\"solved\":%lld,\"problems\":[]}",
		    (long long)(row->score / SCALE));
		row->len = row->json ? strlen(row->json) : 0;
	}
	return row->json != NULL ? 0 : -1;
}

/* lb.h */
int
lb_redis_fetch(struct lb_ctx *x, long long uid, long long off, long long lim,
    struct lb_page *p, long long *pos, long long *first)
{
	struct req	*r = x->r;
	redisReply	*rep, *z, *h;
	const char	*argv[8];
	char		 a[24], b[24];
	struct lb_row	*row;
	size_t		 i, n;
	int		 rc = -1;

	argv[0] = "EVAL";
	argv[1] = lua_fetch;
	argv[2] = "2";
	argv[3] = x->zkey;
	argv[4] = x->hkey;
	argv[5] = uid > 0 ? "around" : "page";
	snprintf(a, sizeof(a), "%lld", uid > 0 ? uid : off);
	snprintf(b, sizeof(b), "%lld", uid > 0 ? (long long)LB_AROUND :
	    off + lim - 1);
	argv[6] = a;
	argv[7] = b;
	if ((rep = rcmd(r, 8, argv, NULL)) == NULL)
		return -1;
	if (rep->type != REDIS_REPLY_ARRAY || rep->elements != 6 ||
	    (z = rep->element[4])->type != REDIS_REPLY_ARRAY ||
	    (h = rep->element[5])->type != REDIS_REPLY_ARRAY ||
	    z->elements % 2 != 0 || h->elements != z->elements / 2)
		goto out;
	p->total = rep->element[0]->integer;
	*pos = rep->element[1]->integer;
	*first = rep->element[2]->integer;
	n = z->elements / 2;
	p->n = 0;
	if (n > 0 && (p->rows = arena_calloc(r->arena, n,
	    sizeof(*p->rows))) == NULL)
		goto out;
	for (i = 0; i < n; i++) {
		row = &p->rows[i];
		row->user_id = strtoll(z->element[2 * i]->str, NULL, 10);
		row->score = strtod(z->element[2 * i + 1]->str, NULL);
		if (row_from(r, row, h->element[i]) == -1)
			goto out;
	}
	p->n = n;
	if (n > 0)
		p->rows[0].rank = rep->element[3]->integer + 1;
	rc = 0;
out:
	freeReplyObject(rep);
	return rc;
}

/* lb.h */
int
lb_redis_me(struct lb_ctx *x, long long uid, struct lb_row *row)
{
	redisReply	*rep;
	const char	*argv[7];
	char		 m[24], zfull[64], hfull[64];
	int		 rc = -1;

	memset(row, 0, sizeof(*row));
	snprintf(m, sizeof(m), "%lld", uid);
	snprintf(zfull, sizeof(zfull), "contest:%lld:lb:full", x->c->id);
	snprintf(hfull, sizeof(hfull), "contest:%lld:rows:full", x->c->id);
	argv[0] = "EVAL";
	argv[1] = lua_me;
	argv[2] = "3";
	argv[3] = x->zkey;
	argv[4] = zfull;
	argv[5] = hfull;
	argv[6] = m;
	if ((rep = rcmd(x->r, 7, argv, NULL)) == NULL)
		return -1;
	if (rep->type != REDIS_REPLY_ARRAY)
		goto out;
	rc = 0;
	if (rep->elements != 3 || rep->element[1]->type != REDIS_REPLY_STRING ||
	    rep->element[1]->len < 2 || rep->element[1]->str[0] != '{')
		goto out;	/* no row of their own */
	row->user_id = uid;
	row->score = strtod(rep->element[0]->str, NULL);
	row->rank = rep->element[2]->integer + 1;
	if ((row->json = arena_strndup(x->r->arena, rep->element[1]->str,
	    rep->element[1]->len)) == NULL)
		rc = -1;
	else
		row->len = rep->element[1]->len;
out:
	freeReplyObject(rep);
	return rc;
}
