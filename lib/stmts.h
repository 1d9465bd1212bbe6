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
	/* users */
	STMT_USERS_INSERT,
	STMT_USERS_SET_PASSWORD_BY_NAME,
	/* problems (import) */
	STMT_PROBLEMS_BY_SLUG,
	STMT_PROBLEMS_INSERT,
	STMT_PROBLEMS_SET_CURRENT,
	STMT_PROBLEMS_ADD_COUNTS,
	STMT_PROBLEM_VERSIONS_BY_HASH,
	STMT_PROBLEM_VERSIONS_INSERT,
	STMT_PROBLEM_VERSIONS_FOR_JUDGE,
	STMT_PROBLEM_TAGS_DELETE_BY_PROBLEM,
	STMT_PROBLEM_TAGS_INSERT,
	STMT_TESTCASES_INSERT,
	STMT_TESTCASES_BY_VERSION,
	STMT_PACKAGE_FILES_INSERT,
	STMT_PACKAGE_FILES_BY_VERSION,
	/* submissions and jobs (judge) */
	STMT_JOBS_CLAIM_EXPIRED,
	STMT_JOBS_CLAIM_QUEUED,
	STMT_JOBS_LEASE,
	STMT_JOBS_TOKEN_BY_ID,
	STMT_JOBS_FENCE_BY_ID,
	STMT_JOBS_HEARTBEAT,
	STMT_JOBS_BACKOFF,
	STMT_JOBS_DELETE,
	STMT_SUBMISSIONS_SET_JUDGING,
	STMT_SUBMISSIONS_FOR_JUDGE,
	STMT_SUBMISSIONS_FINISH,
	STMT_SUBMISSION_TESTS_DELETE,
	STMT_SUBMISSION_TESTS_INSERT,
	STMT_RUNS_SET_JUDGING,
	STMT_RUNS_FOR_JUDGE,
	STMT_RUNS_FINISH,
	STMT_JUDGES_UPSERT,
	STMT__MAX
};

struct stmt_def {
	const char	*name;		/* "STMT_PING", for logs */
	const char	*sql;
};

extern const struct stmt_def	stmts[STMT__MAX];

#endif
