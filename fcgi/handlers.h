/* handlers.h: every page and API handler; include this one header. */
#ifndef VERDICT_HANDLERS_H
#define VERDICT_HANDLERS_H

/*
 * Writing a handler (see route.h for the table):
 *
 *	int
 *	page_problem_show(struct req *r)
 *	{
 *		const char	*slug = req_param(r, "slug");
 *		struct db_stmt	*st = db_stmt(r->db, STMT_PROBLEMS_BY_SLUG);
 *		int		 rc;
 *
 *		db_bind_text(st, 0, slug);
 *		if ((rc = db_row(st)) != DB_OK)
 *			return db_http_status(r, rc);	// 404, 503, 500
 *		page_begin(r, db_col_text(st, 1), NAV_PROBLEMS);
 *		h_lit(r, "<h1>");
 *		h_text(r, db_col_text(st, 1));
 *		h_lit(r, "</h1>");
 *		page_end(r);
 *		return 200;
 *	}
 *
 * then one line in routes[] (fcgi/route.c):
 *
 *	{ M_GET, "/problems/:slug", page_problem_show, 0 },
 */
#include <json-c/json.h>

#include "db.h"
#include "html.h"
#include "req.h"
#include "resp.h"
#include "route.h"
#include "rq.h"
#include "stmts.h"

/*
 * db_http_status: map a DB_* code to a response: DB_NOTFOUND 404,
 * DB_CONFLICT 409, DB_UNAVAILABLE 503, anything else 500 (through
 * http_error, so the dispatcher renders it).
 */
int	db_http_status(struct req *, int db_rc);

/* page-home.c */
int	page_home(struct req *);
/* page-error.c: the HTML error page for status (uses r->err_msg). */
void	page_error(struct req *, int status);
/* api-health.c */
int	api_healthz(struct req *);
int	api_metrics(struct req *);

#endif
