/* db.h: MariaDB connection with lazily prepared statements (libmariadb). */
#ifndef VERDICT_DB_H
#define VERDICT_DB_H

#include <stddef.h>

#include "stmts.h"

struct cfg;
struct arena;

/*
 * Return codes.  Every call that talks to the server returns one of them;
 * callers propagate them and map them to HTTP at the edge
 * (db_http_status() in the web tier).
 */
enum db_rc {
	DB_OK = 0,
	DB_ROW,		/* db_next: a row is ready */
	DB_DONE,	/* db_next: no more rows */
	DB_NOTFOUND,	/* db_row: no row */
	DB_CONFLICT,	/* duplicate key or foreign-key violation */
	DB_RETRY,	/* deadlock or lock wait timeout: run the txn again */
	DB_ERR,		/* anything else (logged where it happened) */
	DB_UNAVAILABLE,	/* the server cannot be reached right now */
	DB__MAX
};
extern const char *const db_rc_names[DB__MAX];

/*
 * A struct db is one connection plus its statements.  Process lifetime:
 * one per worker, never shared between processes.  It connects on first
 * use; after the server goes away the next call reconnects (then, while
 * it stays away, at most every 0.25 s doubling to 2 s, so requests fail
 * fast with DB_UNAVAILABLE instead of each waiting for a connect timeout).  Outside a transaction
 * a statement that failed because the connection was lost is run once
 * more on a fresh connection when that is safe (SELECTs, and anything
 * the server never received).
 *
 * Use:
 *	struct db_stmt *st = db_stmt(db, STMT_USERS_BY_NAME);
 *	db_bind_text(st, 0, name);
 *	switch (db_row(st)) {			// one row
 *	case DB_OK: id = db_col_int(st, 0); break;
 *	case DB_NOTFOUND: ...
 *	}
 *
 *	st = db_stmt(db, STMT_PROBLEMS_LIST);	// many rows
 *	db_bind_int(st, 0, after_id);
 *	while ((rc = db_next(st)) == DB_ROW)
 *		... db_col_text(st, 1) ...
 *	if (rc != DB_DONE)
 *		return error;
 *
 *	st = db_stmt(db, STMT_USERS_INSERT);	// no rows
 *	db_bind_text(st, 0, name);
 *	rc = db_exec(st);			// DB_OK, DB_CONFLICT, ...
 *	id = db_insert_id(st);
 */
struct db;
struct db_stmt;

/* db_new: a connection handle for c (borrowed, must outlive it). */
struct db	*db_new(const struct cfg *c);
/* db_free: close and free everything. */
void		 db_free(struct db *);
/* db_connect: connect now if not connected.  DB_OK or DB_UNAVAILABLE. */
int		 db_connect(struct db *);
/* db_close: drop the connection (the next call reconnects). */
void		 db_close(struct db *);
/* db_ping: run STMT_PING.  DB_OK, DB_UNAVAILABLE or DB_ERR. */
int		 db_ping(struct db *);
/*
 * db_end_request: called after each request: a transaction left open is
 * rolled back (and logged).
 */
void		 db_end_request(struct db *);

/*
 * db_stmt: the handle of statement id on this connection, reset: no
 * parameters bound, no result.  Never NULL; preparing happens (once per
 * connection) when it is first run.  Handles are owned by the db.  One
 * handle serves one execution at a time: do not run the same statement
 * while iterating over its rows.
 */
struct db_stmt	*db_stmt(struct db *, enum stmt id);
/*
 * Binding parameter i (0-based).  Text and blob pointers are borrowed and
 * must stay valid until the statement runs.  A NULL text binds SQL NULL.
 */
void		 db_bind_int(struct db_stmt *, unsigned i, long long v);
void		 db_bind_double(struct db_stmt *, unsigned i, double v);
void		 db_bind_text(struct db_stmt *, unsigned i, const char *s);
void		 db_bind_textn(struct db_stmt *, unsigned i, const char *s,
		    size_t n);
void		 db_bind_blob(struct db_stmt *, unsigned i, const void *p,
		    size_t n);
void		 db_bind_null(struct db_stmt *, unsigned i);

/* db_exec: run; rows are discarded.  DB_OK or an error code. */
int		 db_exec(struct db_stmt *);
/* db_row: run and fetch the first row.  DB_OK, DB_NOTFOUND or an error. */
int		 db_row(struct db_stmt *);
/* db_next: run on the first call, then fetch.  DB_ROW, DB_DONE or error. */
int		 db_next(struct db_stmt *);
/* After db_exec: the AUTO_INCREMENT id and the changed-row count. */
unsigned long long db_insert_id(struct db_stmt *);
unsigned long long db_affected(struct db_stmt *);

/*
 * Columns of the current row (0-based).  db_col_text is NUL-terminated
 * ("" for NULL), borrowed, valid until the next fetch or run of this
 * statement; db_col_dup copies it into an arena.  Numbers come out of
 * text columns converted and vice versa.
 */
int		 db_col_isnull(struct db_stmt *, unsigned i);
long long	 db_col_int(struct db_stmt *, unsigned i);
double		 db_col_double(struct db_stmt *, unsigned i);
const char	*db_col_text(struct db_stmt *, unsigned i);
size_t		 db_col_len(struct db_stmt *, unsigned i);
char		*db_col_dup(struct db_stmt *, unsigned i, struct arena *);

/*
 * Transactions.  db_begin/db_commit/db_rollback return DB_* codes; a
 * commit can return DB_RETRY.  db_txn runs fn(db, arg) inside a
 * transaction and commits when it returns DB_OK; on DB_RETRY (deadlock)
 * it rolls back and runs it again, up to 3 times in all; any other code
 * rolls back and is returned.  fn must not have side effects outside the
 * database (Redis writes come after db_txn returns DB_OK).
 */
int		 db_begin(struct db *);
int		 db_commit(struct db *);
int		 db_rollback(struct db *);
int		 db_txn(struct db *, int (*fn)(struct db *, void *), void *arg);

#endif
