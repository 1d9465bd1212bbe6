/* db.c: MariaDB connection, lazy prepared statements, reconnects (db.h). */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include "arena.h"
#include "cfg.h"
#include "db.h"
#include "log.h"
#include "xmalloc.h"

/*
 * Design.  Each statement handle (struct db_stmt) belongs to one
 * connection and keeps its MYSQL_STMT (NULL until first run, and again
 * after a reconnect: statements do not survive the connection), its
 * parameter bindings and one growing buffer per result column.  Results
 * are stored client-side (mysql_stmt_store_result) so a handler may run
 * other statements while it walks the rows of one.
 *
 * Failures are classified once, in st_fail(): a lost connection drops
 * every statement and, when safe, the statement runs once more on a new
 * connection; duplicates become DB_CONFLICT, deadlocks DB_RETRY.
 */

#define DB_MAXPARAM	32
#define DB_COL_INIT	256
#define DB_COL_MAX	(64UL * 1024 * 1024)
#define DB_RETRY_MS	250	/* first reconnect back-off, doubling */
#define DB_RETRY_MAX_MS	2000
#define DB_TXN_TRIES	3

const char *const db_rc_names[DB__MAX] = {
	"DB_OK", "DB_ROW", "DB_DONE", "DB_NOTFOUND", "DB_CONFLICT",
	"DB_RETRY", "DB_ERR", "DB_UNAVAILABLE",
};

enum col_kind {
	COL_INT,
	COL_DOUBLE,
	COL_TEXT,
};

struct db_col {
	enum col_kind	 kind;
	char		*buf;		/* COL_TEXT: cap bytes, NUL-terminated */
	unsigned long	 cap;
	unsigned long	 len;
	my_bool		 isnull;
	my_bool		 error;
	long long	 i;
	double		 d;
	char		 num[40];	/* a number formatted as text */
};

enum st_state {
	ST_IDLE,	/* bound, not run */
	ST_RESULT,	/* run; rows may be fetched */
	ST_DONE,	/* run; no (more) rows */
};

struct db_stmt {
	struct db		*db;
	enum stmt		 id;
	MYSQL_STMT		*ms;
	int			 retry_safe;
	enum st_state		 state;
	int			 row;		/* a row is current */
	int			 bad_bind;
	unsigned		 nparam;
	unsigned		 nbound;
	MYSQL_BIND		 par[DB_MAXPARAM];
	union {
		long long	 i;
		double		 d;
	}			 pv[DB_MAXPARAM];
	unsigned long		 plen[DB_MAXPARAM];
	unsigned		 ncol;
	MYSQL_BIND		*rb;
	struct db_col		*col;
	int			 rebind;
	unsigned long long	 insert_id;
	unsigned long long	 affected;
};

struct db {
	const struct cfg	*cfg;
	MYSQL			*m;
	struct db_stmt		*st[STMT__MAX];
	int			 in_txn;
	int			 down;		/* failure logged, not yet back */
	long			 backoff_ms;	/* next connect back-off */
	struct timespec		 next_try;
};

static void
now_mono(struct timespec *ts)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
}

static int
ts_before(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec < b->tv_sec ||
	    (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

struct db *
db_new(const struct cfg *c)
{
	struct db	*db = xcalloc(1, sizeof(*db));

	db->cfg = c;
	return db;
}

/* st_forget: drop the server-side statement (after a reconnect). */
static void
st_forget(struct db_stmt *st)
{
	if (st->ms != NULL)
		mysql_stmt_close(st->ms);
	st->ms = NULL;
	/* A stored result went with it; bound parameters stay. */
	if (st->state == ST_RESULT)
		st->state = ST_DONE;
	st->row = 0;
}

void
db_close(struct db *db)
{
	size_t	 i;

	for (i = 0; i < STMT__MAX; i++)
		if (db->st[i] != NULL)
			st_forget(db->st[i]);
	if (db->m != NULL)
		mysql_close(db->m);
	db->m = NULL;
	db->in_txn = 0;
}

void
db_free(struct db *db)
{
	size_t		 i;
	unsigned	 c;

	if (db == NULL)
		return;
	db_close(db);
	for (i = 0; i < STMT__MAX; i++) {
		if (db->st[i] == NULL)
			continue;
		for (c = 0; c < db->st[i]->ncol; c++)
			free(db->st[i]->col[c].buf);
		free(db->st[i]->col);
		free(db->st[i]->rb);
		free(db->st[i]);
	}
	free(db);
}

int
db_connect(struct db *db)
{
	const struct cfg	*c = db->cfg;
	struct timespec		 now;
	MYSQL			*m;
	unsigned int		 ct, rt, proto;
	my_bool			 on = 1;
	unsigned int		 off = 0;
	int			 use_socket = c->db_socket[0] != '\0';

	if (db->m != NULL)
		return DB_OK;
	now_mono(&now);
	if (ts_before(&now, &db->next_try))
		return DB_UNAVAILABLE;
	if ((m = mysql_init(NULL)) == NULL)
		fatalx("%s: mysql_init: out of memory", __func__);
	ct = (unsigned int)c->db_connect_timeout;
	rt = (unsigned int)c->db_timeout;
	proto = use_socket ? MYSQL_PROTOCOL_SOCKET : MYSQL_PROTOCOL_TCP;
	mysql_options(m, MYSQL_OPT_CONNECT_TIMEOUT, &ct);
	mysql_options(m, MYSQL_OPT_READ_TIMEOUT, &rt);
	mysql_options(m, MYSQL_OPT_WRITE_TIMEOUT, &rt);
	mysql_options(m, MYSQL_OPT_PROTOCOL, &proto);
	mysql_options(m, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_options(m, MYSQL_INIT_COMMAND, stmts[STMT_SESSION_INIT].sql);
	mysql_options(m, MYSQL_REPORT_DATA_TRUNCATION, &on);
	mysql_options(m, MYSQL_OPT_LOCAL_INFILE, &off);
	if (mysql_real_connect(m, use_socket ? NULL : c->db_host,
	    c->db_user, c->db_password, c->db_name,
	    use_socket ? 0 : (unsigned int)c->db_port,
	    use_socket ? c->db_socket : NULL, 0) == NULL) {
		if (!db->down)
			log_warnx("%s: \"%s\": %s (%u)", __func__,
			    use_socket ? c->db_socket : c->db_host,
			    mysql_error(m), mysql_errno(m));
		db->down = 1;
		mysql_close(m);
		/*
		 * Back off (0.25 s doubling to 2 s) so that while the server
		 * is away requests fail at once instead of each waiting for
		 * a connect timeout.
		 */
		if (db->backoff_ms < DB_RETRY_MS)
			db->backoff_ms = DB_RETRY_MS;
		now_mono(&db->next_try);
		db->next_try.tv_sec += db->backoff_ms / 1000;
		db->next_try.tv_nsec += (db->backoff_ms % 1000) * 1000000L;
		if (db->next_try.tv_nsec >= 1000000000L) {
			db->next_try.tv_sec++;
			db->next_try.tv_nsec -= 1000000000L;
		}
		if ((db->backoff_ms *= 2) > DB_RETRY_MAX_MS)
			db->backoff_ms = DB_RETRY_MAX_MS;
		return DB_UNAVAILABLE;
	}
	if (db->down)
		log_info("%s: database reachable again", __func__);
	db->down = 0;
	db->backoff_ms = 0;
	db->m = m;
	return DB_OK;
}

static int
err_is_gone(unsigned int err)
{
	switch (err) {
	case CR_CONNECTION_ERROR:
	case CR_CONN_HOST_ERROR:
	case CR_SERVER_GONE_ERROR:
	case CR_SERVER_LOST:
	case CR_COMMANDS_OUT_OF_SYNC:
	case CR_SERVER_LOST_EXTENDED:
	case CR_ERR_NET_READ:
	case CR_ERR_NET_WRITE:
	case ER_SERVER_SHUTDOWN:
	case ER_CONNECTION_KILLED:
	case 4031:	/* ER_CLIENT_INTERACTION_TIMEOUT (10.6+) */
		return 1;
	}
	return 0;
}

static int
sql_is_select(const char *sql)
{
	while (isspace((unsigned char)*sql))
		sql++;
	return strncasecmp(sql, "SELECT", 6) == 0;
}

struct db_stmt *
db_stmt(struct db *db, enum stmt id)
{
	struct db_stmt	*st;

	if ((unsigned)id >= STMT__MAX)
		fatalx("%s: statement %d out of range", __func__, (int)id);
	if ((st = db->st[id]) == NULL) {
		st = db->st[id] = xcalloc(1, sizeof(*st));
		st->db = db;
		st->id = id;
		st->retry_safe = sql_is_select(stmts[id].sql) ||
		    id == STMT_TXN_BEGIN;
	}
	if (st->ms != NULL && st->state == ST_RESULT)
		mysql_stmt_free_result(st->ms);
	st->state = ST_IDLE;
	st->row = 0;
	st->bad_bind = 0;
	st->nbound = 0;
	memset(st->par, 0, sizeof(st->par));
	return st;
}

static MYSQL_BIND *
st_par(struct db_stmt *st, unsigned i)
{
	if (i >= DB_MAXPARAM) {
		st->bad_bind = 1;
		return NULL;
	}
	if (i + 1 > st->nbound)
		st->nbound = i + 1;
	memset(&st->par[i], 0, sizeof(st->par[i]));
	return &st->par[i];
}

void
db_bind_int(struct db_stmt *st, unsigned i, long long v)
{
	MYSQL_BIND	*b;

	if ((b = st_par(st, i)) == NULL)
		return;
	st->pv[i].i = v;
	b->buffer_type = MYSQL_TYPE_LONGLONG;
	b->buffer = &st->pv[i].i;
}

void
db_bind_double(struct db_stmt *st, unsigned i, double v)
{
	MYSQL_BIND	*b;

	if ((b = st_par(st, i)) == NULL)
		return;
	st->pv[i].d = v;
	b->buffer_type = MYSQL_TYPE_DOUBLE;
	b->buffer = &st->pv[i].d;
}

void
db_bind_textn(struct db_stmt *st, unsigned i, const char *s, size_t n)
{
	MYSQL_BIND	*b;

	if ((b = st_par(st, i)) == NULL)
		return;
	if (s == NULL) {
		b->buffer_type = MYSQL_TYPE_NULL;
		return;
	}
	st->plen[i] = n;
	b->buffer_type = MYSQL_TYPE_STRING;
	b->buffer = (void *)(uintptr_t)s;
	b->buffer_length = n;
	b->length = &st->plen[i];
}

void
db_bind_text(struct db_stmt *st, unsigned i, const char *s)
{
	db_bind_textn(st, i, s, s ? strlen(s) : 0);
}

void
db_bind_blob(struct db_stmt *st, unsigned i, const void *p, size_t n)
{
	db_bind_textn(st, i, p, n);
	if (p != NULL && i < DB_MAXPARAM)
		st->par[i].buffer_type = MYSQL_TYPE_BLOB;
}

void
db_bind_null(struct db_stmt *st, unsigned i)
{
	MYSQL_BIND	*b;

	if ((b = st_par(st, i)) != NULL)
		b->buffer_type = MYSQL_TYPE_NULL;
}

/* st_setup_result: bind one buffer per result column after prepare. */
static void
st_setup_result(struct db_stmt *st, MYSQL_RES *meta)
{
	MYSQL_FIELD	*f;
	struct db_col	*col;
	unsigned	 n, i;

	n = meta ? mysql_num_fields(meta) : 0;
	if (n != st->ncol) {
		for (i = 0; i < st->ncol; i++)
			free(st->col[i].buf);
		free(st->col);
		free(st->rb);
		st->col = n ? xcalloc(n, sizeof(*st->col)) : NULL;
		st->rb = n ? xcalloc(n, sizeof(*st->rb)) : NULL;
		st->ncol = n;
	}
	if (n == 0)
		return;
	f = mysql_fetch_fields(meta);
	memset(st->rb, 0, n * sizeof(*st->rb));
	for (i = 0; i < n; i++) {
		col = &st->col[i];
		st->rb[i].is_null = &col->isnull;
		st->rb[i].error = &col->error;
		st->rb[i].length = &col->len;
		switch (f[i].type) {
		case MYSQL_TYPE_TINY:
		case MYSQL_TYPE_SHORT:
		case MYSQL_TYPE_LONG:
		case MYSQL_TYPE_INT24:
		case MYSQL_TYPE_LONGLONG:
		case MYSQL_TYPE_YEAR:
			col->kind = COL_INT;
			st->rb[i].buffer_type = MYSQL_TYPE_LONGLONG;
			st->rb[i].buffer = &col->i;
			st->rb[i].is_unsigned =
			    (f[i].flags & UNSIGNED_FLAG) != 0;
			break;
		case MYSQL_TYPE_FLOAT:
		case MYSQL_TYPE_DOUBLE:
			col->kind = COL_DOUBLE;
			st->rb[i].buffer_type = MYSQL_TYPE_DOUBLE;
			st->rb[i].buffer = &col->d;
			break;
		default:
			col->kind = COL_TEXT;
			if (col->buf == NULL) {
				col->cap = DB_COL_INIT;
				col->buf = xmalloc(col->cap);
			}
			st->rb[i].buffer_type = MYSQL_TYPE_STRING;
			st->rb[i].buffer = col->buf;
			st->rb[i].buffer_length = col->cap - 1;
			break;
		}
	}
	st->rebind = 1;
}

/*
 * st_fail: classify error err of statement st (message msg).  Returns the
 * DB_* code, or -1 when the caller should run the statement again.
 */
static int
st_fail(struct db_stmt *st, unsigned int err, const char *msg, int *tries)
{
	struct db	*db = st->db;

	if (err_is_gone(err)) {
		if (!db->down)
			log_warnx("%s: %s: connection lost: %s (%u)", __func__,
			    stmts[st->id].name, msg, err);
		db->down = 1;
		/*
		 * Inside a transaction the server has rolled it back:
		 * never replay half of one.  Outside, a SELECT is safe
		 * to repeat, and anything the server never received
		 * (gone *between* statements) too.
		 */
		if (!db->in_txn && (*tries)++ == 0 && (st->retry_safe ||
		    err == CR_SERVER_GONE_ERROR)) {
			db_close(db);
			return -1;
		}
		db_close(db);
		return DB_UNAVAILABLE;
	}
	switch (err) {
	case ER_NEED_REPREPARE:
	case ER_UNKNOWN_STMT_HANDLER:
		st_forget(st);
		if ((*tries)++ == 0)
			return -1;
		break;
	case ER_DUP_ENTRY:
	case ER_DUP_ENTRY_WITH_KEY_NAME:
	case ER_ROW_IS_REFERENCED_2:
	case ER_NO_REFERENCED_ROW_2:
		log_debug("%s: %s: %s", __func__, stmts[st->id].name, msg);
		return DB_CONFLICT;
	case ER_LOCK_DEADLOCK:
	case ER_LOCK_WAIT_TIMEOUT:
		log_info("%s: %s: %s", __func__, stmts[st->id].name, msg);
		return DB_RETRY;
	}
	log_warnx("%s: %s: %s (%u)", __func__, stmts[st->id].name, msg, err);
	return DB_ERR;
}

static int
st_prepare(struct db_stmt *st)
{
	MYSQL_RES	*meta;
	const char	*sql = stmts[st->id].sql;

	if (sql == NULL) {
		log_warnx("%s: %s has no SQL text", __func__,
		    stmts[st->id].name);
		return -1;
	}
	if ((st->ms = mysql_stmt_init(st->db->m)) == NULL)
		fatalx("%s: mysql_stmt_init: out of memory", __func__);
	if (mysql_stmt_prepare(st->ms, sql, strlen(sql)) != 0)
		return -1;
	st->nparam = (unsigned)mysql_stmt_param_count(st->ms);
	meta = mysql_stmt_result_metadata(st->ms);
	st_setup_result(st, meta);
	if (meta != NULL)
		mysql_free_result(meta);
	return 0;
}

/* st_run: execute st (preparing and reconnecting as needed). */
static int
st_run(struct db_stmt *st)
{
	struct db	*db = st->db;
	unsigned int	 err;
	int		 tries = 0, rc;

	if (st->bad_bind) {
		log_warnx("%s: %s: parameter index over %d", __func__,
		    stmts[st->id].name, DB_MAXPARAM);
		return DB_ERR;
	}
	if (st->ms != NULL && st->state == ST_RESULT)
		mysql_stmt_free_result(st->ms);
	st->state = ST_DONE;
	st->row = 0;
again:
	if (db->m == NULL) {
		if (db->in_txn) {
			/* The connection, and the transaction, are gone. */
			return DB_UNAVAILABLE;
		}
		if ((rc = db_connect(db)) != DB_OK)
			return rc;
	}
	if (st->ms == NULL && st_prepare(st) == -1) {
		if (st->ms == NULL)
			return DB_ERR;
		err = mysql_stmt_errno(st->ms);
		rc = st_fail(st, err, mysql_stmt_error(st->ms), &tries);
		if (st->ms != NULL) {
			mysql_stmt_close(st->ms);
			st->ms = NULL;
		}
		if (rc == -1)
			goto again;
		return rc;
	}
	if (st->nbound != st->nparam) {
		log_warnx("%s: %s: %u parameters bound, %u expected",
		    __func__, stmts[st->id].name, st->nbound, st->nparam);
		return DB_ERR;
	}
	if ((st->nparam && mysql_stmt_bind_param(st->ms, st->par)) ||
	    mysql_stmt_execute(st->ms) ||
	    (st->ncol && mysql_stmt_store_result(st->ms))) {
		err = mysql_stmt_errno(st->ms);
		if ((rc = st_fail(st, err, mysql_stmt_error(st->ms),
		    &tries)) == -1)
			goto again;
		return rc;
	}
	st->insert_id = mysql_stmt_insert_id(st->ms);
	st->affected = mysql_stmt_affected_rows(st->ms);
	st->state = st->ncol ? ST_RESULT : ST_DONE;
	return DB_OK;
}

/* st_fetch: the next row.  DB_ROW, DB_DONE or DB_ERR. */
static int
st_fetch(struct db_stmt *st)
{
	struct db_col	*col;
	MYSQL_BIND	 b;
	unsigned	 i;
	int		 rc;

	if (st->state != ST_RESULT)
		return DB_DONE;
	if (st->rebind) {
		if (mysql_stmt_bind_result(st->ms, st->rb)) {
			log_warnx("%s: %s: bind result: %s", __func__,
			    stmts[st->id].name, mysql_stmt_error(st->ms));
			return DB_ERR;
		}
		st->rebind = 0;
	}
	rc = mysql_stmt_fetch(st->ms);
	if (rc == MYSQL_NO_DATA) {
		mysql_stmt_free_result(st->ms);
		st->state = ST_DONE;
		st->row = 0;
		return DB_DONE;
	}
	if (rc != 0 && rc != MYSQL_DATA_TRUNCATED) {
		log_warnx("%s: %s: %s", __func__, stmts[st->id].name,
		    mysql_stmt_error(st->ms));
		mysql_stmt_free_result(st->ms);
		st->state = ST_DONE;
		return DB_ERR;
	}
	for (i = 0; i < st->ncol; i++) {
		col = &st->col[i];
		if (col->kind != COL_TEXT || col->isnull)
			continue;
		if (col->len >= col->cap) {
			/* Grow to fit and fetch the whole column again. */
			if (col->len >= DB_COL_MAX) {
				log_warnx("%s: %s: column %u is %lu bytes",
				    __func__, stmts[st->id].name, i, col->len);
				return DB_ERR;
			}
			col->cap = col->len + 1;
			col->buf = xrealloc(col->buf, col->cap);
			st->rb[i].buffer = col->buf;
			st->rb[i].buffer_length = col->cap - 1;
			st->rebind = 1;
			memset(&b, 0, sizeof(b));
			b.buffer_type = MYSQL_TYPE_STRING;
			b.buffer = col->buf;
			b.buffer_length = col->cap - 1;
			b.length = &col->len;
			if (mysql_stmt_fetch_column(st->ms, &b, i, 0)) {
				log_warnx("%s: %s: fetch column %u: %s",
				    __func__, stmts[st->id].name, i,
				    mysql_stmt_error(st->ms));
				return DB_ERR;
			}
		}
		col->buf[col->len] = '\0';
	}
	st->row = 1;
	return DB_ROW;
}

int
db_exec(struct db_stmt *st)
{
	int	 rc;

	if ((rc = st_run(st)) != DB_OK)
		return rc;
	if (st->state == ST_RESULT) {
		mysql_stmt_free_result(st->ms);
		st->state = ST_DONE;
	}
	return DB_OK;
}

int
db_row(struct db_stmt *st)
{
	int	 rc;

	if ((rc = st_run(st)) != DB_OK)
		return rc;
	rc = st_fetch(st);
	if (rc == DB_ROW)
		return DB_OK;
	return rc == DB_DONE ? DB_NOTFOUND : rc;
}

int
db_next(struct db_stmt *st)
{
	int	 rc;

	if (st->state == ST_IDLE && (rc = st_run(st)) != DB_OK)
		return rc;
	return st_fetch(st);
}

unsigned long long
db_insert_id(struct db_stmt *st)
{
	return st->insert_id;
}

unsigned long long
db_affected(struct db_stmt *st)
{
	return st->affected;
}

static struct db_col *
st_col(struct db_stmt *st, unsigned i)
{
	if (!st->row || i >= st->ncol) {
		log_warnx("%s: %s: no column %u in the current row",
		    __func__, stmts[st->id].name, i);
		return NULL;
	}
	return &st->col[i];
}

int
db_col_isnull(struct db_stmt *st, unsigned i)
{
	struct db_col	*c = st_col(st, i);

	return c == NULL || c->isnull;
}

long long
db_col_int(struct db_stmt *st, unsigned i)
{
	struct db_col	*c = st_col(st, i);

	if (c == NULL || c->isnull)
		return 0;
	switch (c->kind) {
	case COL_INT:
		return c->i;
	case COL_DOUBLE:
		return (long long)c->d;
	case COL_TEXT:
		return strtoll(c->buf, NULL, 10);
	}
	return 0;
}

double
db_col_double(struct db_stmt *st, unsigned i)
{
	struct db_col	*c = st_col(st, i);

	if (c == NULL || c->isnull)
		return 0;
	switch (c->kind) {
	case COL_INT:
		return (double)c->i;
	case COL_DOUBLE:
		return c->d;
	case COL_TEXT:
		return strtod(c->buf, NULL);
	}
	return 0;
}

const char *
db_col_text(struct db_stmt *st, unsigned i)
{
	struct db_col	*c = st_col(st, i);

	if (c == NULL || c->isnull)
		return "";
	switch (c->kind) {
	case COL_INT:
		if (st->rb[i].is_unsigned)
			snprintf(c->num, sizeof(c->num), "%llu",
			    (unsigned long long)c->i);
		else
			snprintf(c->num, sizeof(c->num), "%lld", c->i);
		return c->num;
	case COL_DOUBLE:
		snprintf(c->num, sizeof(c->num), "%.17g", c->d);
		return c->num;
	case COL_TEXT:
		return c->buf;
	}
	return "";
}

size_t
db_col_len(struct db_stmt *st, unsigned i)
{
	struct db_col	*c = st_col(st, i);

	if (c == NULL || c->isnull)
		return 0;
	if (c->kind == COL_TEXT)
		return c->len;
	return strlen(db_col_text(st, i));
}

char *
db_col_dup(struct db_stmt *st, unsigned i, struct arena *a)
{
	const char	*s = db_col_text(st, i);

	return arena_strndup(a, s, db_col_len(st, i));
}

int
db_ping(struct db *db)
{
	return db_row(db_stmt(db, STMT_PING)) == DB_OK ? DB_OK :
	    (db->m == NULL ? DB_UNAVAILABLE : DB_ERR);
}

int
db_begin(struct db *db)
{
	int	 rc;

	if (db->in_txn) {
		log_warnx("%s: transaction already open", __func__);
		return DB_ERR;
	}
	if ((rc = db_exec(db_stmt(db, STMT_TXN_BEGIN))) == DB_OK)
		db->in_txn = 1;
	return rc;
}

int
db_commit(struct db *db)
{
	int	 rc;

	if (!db->in_txn) {
		log_warnx("%s: no transaction open", __func__);
		return DB_ERR;
	}
	rc = db_exec(db_stmt(db, STMT_TXN_COMMIT));
	db->in_txn = 0;
	if (rc != DB_OK && db->m != NULL)
		db_exec(db_stmt(db, STMT_TXN_ROLLBACK));
	return rc;
}

int
db_rollback(struct db *db)
{
	int	 rc;

	if (!db->in_txn)
		return DB_OK;
	rc = db_exec(db_stmt(db, STMT_TXN_ROLLBACK));
	db->in_txn = 0;
	return rc;
}

int
db_txn(struct db *db, int (*fn)(struct db *, void *), void *arg)
{
	struct timespec	 ts;
	int		 tries, rc;

	for (tries = 1;; tries++) {
		if ((rc = db_begin(db)) != DB_OK)
			return rc;
		if ((rc = fn(db, arg)) == DB_OK)
			rc = db_commit(db);
		else
			db_rollback(db);
		if (rc != DB_RETRY || tries == DB_TXN_TRIES)
			return rc;
		/* Back off a little, randomly, so the two do not collide again. */
		ts.tv_sec = 0;
		ts.tv_nsec = (long)(1 + (unsigned)rand() % 5) * tries *
		    1000000L;
		nanosleep(&ts, NULL);
	}
}

void
db_end_request(struct db *db)
{
	if (db->in_txn) {
		log_warnx("%s: a handler left a transaction open; rolling "
		    "back", __func__);
		db_rollback(db);
	}
}
