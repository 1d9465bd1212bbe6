/* route.c: the route table — the site map — and the path matcher. */
#include <string.h>

#include "handlers.h"
#include "route.h"

/*
 * Adding a page or API call: declare the handler in handlers.h, write it
 * in its own page-*.c / api-*.c file, add one line here.  The first
 * matching line wins, so literal paths go before patterns that would
 * also match them ("/problems/new" before "/problems/:slug").  GET routes
 * answer HEAD as well.  Paths under /api/ get JSON error bodies.
 */
const struct route routes[] = {
	{ M_GET, "/", page_home, 0 },
	{ M_GET, "/healthz", api_healthz, RF_API },
	{ M_GET, "/metrics", api_metrics, RF_API },
	{ M_GET, "/login", page_login, 0 },
	{ M_POST, "/login", page_login_post, RF_FORM },
	{ M_GET, "/register", page_register, 0 },
	{ M_POST, "/register", page_register_post, RF_FORM },
	{ M_POST, "/logout", page_logout, RF_FORM },
	{ M_POST, "/api/users", api_users_create, RF_JSON },
	{ M_POST, "/api/session", api_session_create, RF_JSON },
	{ M_DELETE, "/api/session", api_session_delete, 0 },
	{ M_GET, "/api/me", api_me, 0 },
	{ M_GET, "/submissions", page_submissions, 0 },
	{ M_POST, "/submissions", page_submission_create, RF_FORM },
	{ M_GET, "/submissions/new", page_submission_new, 0 },
	{ M_GET, "/submissions/:id", page_submission_show, 0 },
	{ M_POST, "/submissions/:id/rejudge", page_submission_rejudge,
	    RF_FORM },
	{ M_GET, "/api/submissions", api_submissions_list, 0 },
	{ M_POST, "/api/submissions", api_submissions_create, RF_JSON },
	{ M_GET, "/api/submissions/:id", api_submission_show, 0 },
	{ M_POST, "/api/submissions/:id/rejudge", api_submission_rejudge, 0 },
	{ M_POST, "/api/problems/:slug/rejudge", api_problem_rejudge, 0 },
	{ M_POST, "/api/runs", api_runs_create, RF_JSON },
	{ M_GET, "/api/runs/:id", api_run_show, 0 },
	{ M_GET, "/problems", page_problems_list, 0 },
	{ M_GET, "/problems/:slug", page_problem_show, 0 },
	{ M_GET, "/api/problems", api_problems_list, 0 },
	{ M_GET, "/api/problems/:slug", api_problem_show, 0 },
	{ M_GET, "/contests", page_contests_list, 0 },
	{ M_POST, "/contests", page_contest_create, RF_FORM },
	{ M_GET, "/contests/new", page_contest_new, 0 },
	{ M_GET, "/contests/:slug", page_contest_show, 0 },
	{ M_POST, "/contests/:slug/register", page_contest_register, RF_FORM },
	{ M_GET, "/contests/:slug/edit", page_contest_edit, 0 },
	{ M_POST, "/contests/:slug/edit", page_contest_update, RF_FORM },
	{ M_POST, "/contests/:slug/unfreeze", page_contest_unfreeze, RF_FORM },
	{ M_POST, "/contests/:slug/reopen", page_contest_reopen, RF_FORM },
	{ M_GET, "/contests/:slug/leaderboard", page_contest_leaderboard, 0 },
	{ M_GET, "/api/contests", api_contests_list, 0 },
	{ M_POST, "/api/contests", api_contests_create, RF_JSON },
	{ M_GET, "/api/contests/:slug", api_contest_show, 0 },
	{ M_PUT | M_PATCH, "/api/contests/:slug", api_contest_update,
	    RF_JSON },
	{ M_POST, "/api/contests/:slug/register", api_contest_register, 0 },
	{ M_GET, "/api/contests/:slug/leaderboard", api_contest_leaderboard,
	    0 },
	{ M_POST, "/api/contests/:slug/unfreeze", api_contest_unfreeze, 0 },
	{ M_POST, "/api/contests/:slug/reopen", api_contest_reopen, 0 },
};
const size_t nroutes = sizeof(routes) / sizeof(routes[0]);

/*
 * The auth module points this at its session loader, which fills r->user
 * from the session cookie or bearer token before the handler runs and
 * returns 0, or an HTTP status (e.g. 503 when the database is down).
 */
int (*const route_auth)(struct req *) = auth_load;

/*
 * Patterns and paths are compared segment by segment on the raw path, so
 * that an encoded "/" (%2F) inside a parameter cannot change which route
 * matches; a ":name" segment captures any non-empty segment.
 */
int
route_match(const struct route *tab, size_t n, const char *path,
    enum http_method m, struct arena *a, const struct route **found,
    struct kv *params, size_t *nparams, unsigned *allow)
{
	const char	*pp, *sp, *pe, *se;
	unsigned	 mask, want;
	size_t		 i, np;
	char		*val;
	long		 vl;
	int		 ok;

	*found = NULL;
	*nparams = 0;
	*allow = 0;
	if (path == NULL || path[0] != '/')
		return ROUTE_BADPATH;
	want = 1u << m;
	for (i = 0; i < n; i++) {
		pp = tab[i].pattern;
		sp = path;
		np = 0;
		ok = 1;
		/* Both start with '/'; walk segment by segment. */
		while (ok && *pp == '/' && *sp == '/') {
			pp++;
			sp++;
			pe = strchrnul(pp, '/');
			se = strchrnul(sp, '/');
			if (*pp == ':') {
				if (se == sp || np == REQ_MAXPARAMS) {
					ok = 0;
					break;
				}
				params[np].key = NULL;	/* decoded below */
				params[np].val = sp;
				params[np].vlen = (size_t)(se - sp);
				np++;
			} else if (pe - pp != se - sp ||
			    memcmp(pp, sp, (size_t)(se - sp)) != 0)
				ok = 0;
			pp = pe;
			sp = se;
		}
		if (!ok || *pp != '\0' || *sp != '\0')
			continue;
		mask = tab[i].methods;
		if (mask & M_GET)
			mask |= M_HEAD;
		if (!(mask & want)) {
			*allow |= mask;
			continue;
		}
		/* Decode the captured segments and name them. */
		pp = tab[i].pattern;
		for (size_t k = 0; k < np; k++) {
			pp = strchr(pp, ':');
			pe = strchrnul(pp, '/');
			params[k].key = arena_strndup(a, pp + 1,
			    (size_t)(pe - pp - 1));
			val = arena_alloc(a, params[k].vlen + 1);
			if (params[k].key == NULL || val == NULL)
				return ROUTE_BADPATH;
			vl = req_urldecode(val, params[k].val, params[k].vlen,
			    0);
			if (vl < 0)
				return ROUTE_BADPATH;
			params[k].val = val;
			params[k].vlen = (size_t)vl;
			pp = pe;
		}
		*found = &tab[i];
		*nparams = np;
		return ROUTE_OK;
	}
	return *allow ? ROUTE_NOMETHOD : ROUTE_NOTFOUND;
}

void
route_allow(unsigned mask, struct buf *b)
{
	int	 i, first = 1;

	for (i = 0; i < HTTP__MAX; i++) {
		if (!(mask & (1u << i)))
			continue;
		if (!first)
			buf_puts(b, ", ");
		buf_puts(b, http_method_names[i]);
		first = 0;
	}
}
