/* stmts.h: every SQL statement of Verdict, by name (kcgi's enum stmt). */
#ifndef VERDICT_STMTS_H
#define VERDICT_STMTS_H

/*
 * Naming: STMT_<TABLE>_<VERB>[_BY_<KEY>].  Keep the enum and the table in
 * stmts.c in the same order and grouped by table; append new statements
 * to their table's group.  Parameters are '?' only, bound through db.h;
 * a query of another shape is another statement, never a string splice.
 */
enum stmt {
	/* connection set-up and health */
	STMT_SESSION_INIT,
	STMT_PING,
	/* transactions (db_begin / db_commit / db_rollback) */
	STMT_TXN_BEGIN,
	STMT_TXN_COMMIT,
	STMT_TXN_ROLLBACK,
	STMT__MAX
};

struct stmt_def {
	const char	*name;		/* "STMT_PING", for logs */
	const char	*sql;
};

extern const struct stmt_def	stmts[STMT__MAX];

#endif
