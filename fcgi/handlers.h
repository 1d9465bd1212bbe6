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

/*
 * auth.c: sessions, CSRF tokens, log-in (see the design note there).
 * auth_load is route_auth: it fills r->user before every handler (from
 * the cookie verdict_session or "Authorization: Bearer"); only an invalid
 * bearer token stops the request (401).
 */
int	auth_load(struct req *);
/*
 * auth_require: 0 when signed in, else 401 (503 when the session could
 * not be checked) through http_error.  auth_require_admin: also 403 for
 * non-admins.
 */
int	auth_require(struct req *);
int	auth_require_admin(struct req *);
/*
 * auth_csrf_check: 0 when a state-changing request carries the CSRF token
 * (form field "csrf" or header X-CSRF-Token) of its session (before
 * sign-in: of the verdict_csrf cookie) or came with a bearer token; else
 * 403 "csrf".
 */
int	auth_csrf_check(struct req *);
/* auth_form_token: the CSRF token for this page's forms (may set a cookie). */
const char *auth_form_token(struct req *);
/* h_csrf: <input type="hidden" name="csrf" value="..."> */
void	h_csrf(struct req *);
/* auth_via_bearer: r->user came from a bearer token (no cookie). */
int	auth_via_bearer(const struct req *);
/*
 * auth_login: check a user name and password with throttling.  0 and *out
 * (arena strings; csrf NULL), or 401, 429 (Retry-After set), 503.
 */
int	auth_login(struct req *, const char *name, const char *pw,
	    struct user *out);
/* auth_register: a new "user" account; 0 and *id, or 400, 409, 503. */
int	auth_register(struct req *, const char *name, const char *pw,
	    long long *id);
/*
 * auth_session_new: a session for user uid; *token (give it to the client,
 * it is not stored) and *csrf live in the arena.  0 or a status.
 */
int	auth_session_new(struct req *, long long uid, const char **token,
	    const char **csrf);
/* auth_session_ttl: a session's lifetime in seconds. */
long	auth_session_ttl(void);
/* auth_set_cookie: the session cookie for token. */
void	auth_set_cookie(struct req *, const char *token);
/* auth_logout: end the request's session (and its cookie).  0 or status. */
int	auth_logout(struct req *);
/* page-auth.c */
int	page_login(struct req *);
int	page_login_post(struct req *);
int	page_register(struct req *);
int	page_register_post(struct req *);
int	page_logout(struct req *);
/* api-auth.c */
int	api_users_create(struct req *);
int	api_session_create(struct req *);
int	api_session_delete(struct req *);
int	api_me(struct req *);
/* api-submissions.c */
int	api_submissions_create(struct req *);
int	api_submissions_list(struct req *);
int	api_submission_show(struct req *);
int	api_submission_rejudge(struct req *);
int	api_problem_rejudge(struct req *);
/* api-runs.c */
int	api_runs_create(struct req *);
int	api_run_show(struct req *);
/* page-submissions.c */
int	page_submissions(struct req *);
int	page_submission_new(struct req *);
int	page_submission_create(struct req *);
int	page_submission_show(struct req *);
int	page_submission_rejudge(struct req *);
/* highlight.c: source code as <pre class="code">, highlighted by language. */
void	h_code(struct req *, const char *lang, const char *s, size_t n);
/* page-problems.c */
int	page_problems_list(struct req *);
int	page_problem_show(struct req *);
/* api-problems.c */
int	api_problems_list(struct req *);
int	api_problem_show(struct req *);
/* page-contests.c (contests.h has the contest and leaderboard helpers) */
int	page_contests_list(struct req *);
int	page_contest_new(struct req *);
int	page_contest_create(struct req *);
int	page_contest_show(struct req *);
int	page_contest_register(struct req *);
int	page_contest_edit(struct req *);
int	page_contest_update(struct req *);
int	page_contest_unfreeze(struct req *);
int	page_contest_reopen(struct req *);
int	page_contest_leaderboard(struct req *);
/* api-contests.c */
int	api_contests_list(struct req *);
int	api_contests_create(struct req *);
int	api_contest_show(struct req *);
int	api_contest_update(struct req *);
int	api_contest_register(struct req *);
int	api_contest_leaderboard(struct req *);
int	api_contest_unfreeze(struct req *);
int	api_contest_reopen(struct req *);

#endif
