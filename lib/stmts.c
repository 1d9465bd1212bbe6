/* stmts.c: ALL SQL text of Verdict, one entry per enum stmt (stmts.h). */
#include <stddef.h>

#include "stmts.h"

#define S(id, sql)	[id] = { #id, sql }

const struct stmt_def stmts[STMT__MAX] = {
	/* connection set-up (run as the init command) and health */
	S(STMT_SESSION_INIT, "SET time_zone = '+00:00'"),
	S(STMT_PING, "SELECT 1"),

	/* transactions */
	S(STMT_TXN_BEGIN, "START TRANSACTION"),
	S(STMT_TXN_COMMIT, "COMMIT"),
	S(STMT_TXN_ROLLBACK, "ROLLBACK"),
};
