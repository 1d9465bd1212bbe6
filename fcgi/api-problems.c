/* api-problems.c: GET /api/problems and GET /api/problems/:slug. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "handlers.h"
#include "xmalloc.h"

/*
 * The catalogue as JSON, from the same per-worker snapshot as the pages
 * (catalog.h).  List items are json-c objects built once per snapshot
 * and shared by reference into each response.
 *
 *	GET /api/problems?limit=&cursor=&difficulty=&tag=&q=
 *	  {"problems": [{"slug", "title", "difficulty", "kind", "tags",
 *	    "acceptance", "submissions", "accepted"}...],
 *	   "total": n, "next_cursor": "..." | null}
 *
 * limit is 1..100 (default 50); cursor is the next_cursor of the
 * previous page (opaque to clients; today the last problem's id).
 *
 * The same query gives the same bytes until the snapshot changes, so the
 * serialised answers (lists, and problems for anonymous clients) are kept
 * per worker in a small cache keyed by query and snapshot generation
 * (explicit lifetime: an entry lives until replaced).
 */

#define RC_SLOTS	64
#define RC_KEY_MAX	512
#define RC_BODY_MAX	(1024 * 1024)

static struct rc_ent {
	char		*key;
	char		*body;
	size_t		 len;
	unsigned long	 gen;
	unsigned long	 used;
} rcache[RC_SLOTS];
static unsigned long	rc_clock;

/* rc_send: answer from the cache.  1 when it had key at gen. */
static int
rc_send(struct req *r, const char *key, unsigned long gen, int *status)
{
	size_t	 i;

	for (i = 0; i < RC_SLOTS; i++)
		if (rcache[i].key != NULL && rcache[i].gen == gen &&
		    strcmp(rcache[i].key, key) == 0) {
			rcache[i].used = ++rc_clock;
			*status = resp_text(r, 200, "application/json",
			    rcache[i].body, rcache[i].len);
			return 1;
		}
	return 0;
}

/* rc_json: send obj (taking it) and keep the bytes under key at gen. */
static int
rc_json(struct req *r, const char *key, unsigned long gen,
    struct json_object *obj)
{
	struct rc_ent	*e = &rcache[0];
	const char	*s;
	size_t		 n, i;
	int		 status;

	s = json_object_to_json_string_length(obj, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE, &n);
	status = resp_text(r, 200, "application/json", s, n);
	if (key != NULL && strlen(key) <= RC_KEY_MAX && n <= RC_BODY_MAX) {
		for (i = 1; i < RC_SLOTS && e->key != NULL; i++)
			if (rcache[i].key == NULL ||
			    rcache[i].used < e->used)
				e = &rcache[i];
		free(e->key);
		free(e->body);
		e->key = xstrdup(key);
		e->body = xmalloc(n + 1);
		memcpy(e->body, s, n + 1);
		e->len = n;
		e->gen = gen;
		e->used = ++rc_clock;
	}
	json_object_put(obj);
	return status;
}

int
api_problems_list(struct req *r)
{
	const struct catalog	*c;
	struct cat_query	 q;
	struct cat_page		 pg;
	struct json_object	*top, *arr;
	const char		*v, *key;
	long long		 n;
	char			 cur[32];
	size_t			 i;
	int			 status;

	if ((c = cat_get(r, &status)) == NULL)
		return status;
	key = arena_printf(r->arena, "l?%s", r->query_string);
	if (key != NULL && rc_send(r, key, c->gen, &status))
		return status;
	if ((status = cat_query_parse(r, c, &q)) != 0)
		return status;
	if ((v = req_query(r, "limit")) != NULL) {
		if (req_int(v, 1, CAT_PAGE_MAX, &n) == -1)
			return http_error(r, 400, "bad_limit",
			    "limit must be a whole number from 1 to 100.");
		q.limit = (size_t)n;
	}
	if ((v = req_query(r, "cursor")) != NULL && *v != '\0' &&
	    req_int(v, 1, (1LL << 62), &q.after) == -1)
		return http_error(r, 400, "bad_cursor",
		    "cursor must be the next_cursor of a previous page.");
	if (cat_select(c, &q, r->arena, &pg) == -1)
		return http_error(r, 500, NULL, NULL);

	top = json_object_new_object();
	arr = json_object_new_array_ext((int)pg.n);
	for (i = 0; i < pg.n; i++)
		json_object_array_add(arr, json_object_get(pg.v[i]->json));
	json_object_object_add(top, "problems", arr);
	json_object_object_add(top, "total",
	    json_object_new_int64((int64_t)pg.total));
	if (pg.has_next) {
		snprintf(cur, sizeof(cur), "%lld", pg.v[pg.n - 1]->id);
		json_object_object_add(top, "next_cursor",
		    json_object_new_string(cur));
	} else
		json_object_object_add(top, "next_cursor", NULL);
	return rc_json(r, key, c->gen, top);
}

static int
user_solved(struct req *r, long long pid, int *solved)
{
	struct db_stmt	*st;
	int		 rc;

	*solved = 0;
	st = db_stmt(r->db, STMT_SUBMISSIONS_SOLVED_BY_USER);
	db_bind_int(st, 0, r->user->id);
	db_bind_int(st, 1, pid);
	db_bind_int(st, 2, pid);
	rc = db_row(st);
	if (rc == DB_OK)
		*solved = 1;
	else if (rc != DB_NOTFOUND)
		return db_http_status(r, rc);
	return 0;
}

int
api_problem_show(struct req *r)
{
	const struct cat_problem *p;
	const struct cat_detail	*d;
	const struct catalog	*c;
	struct json_object	*o, *x, *arr, *stubs, *s;
	const char		*stub, *key;
	char			 num[32];
	double			 acc;
	size_t			 i;
	int			 status, solved;

	if ((p = cat_lookup(r, req_param(r, "slug"), &c, &status)) == NULL)
		return status;
	/* The answer differs per user only in "solved". */
	key = r->user == NULL ? arena_printf(r->arena, "p/%s", p->slug) :
	    NULL;
	if (key != NULL && rc_send(r, key, c->gen, &status))
		return status;
	if ((status = cat_detail(r, p, &d)) != 200)
		return status;

	o = json_object_new_object();
	json_object_object_add(o, "slug", json_object_new_string(p->slug));
	json_object_object_add(o, "title", json_object_new_string(p->title));
	json_object_object_add(o, "difficulty",
	    json_object_new_string(difficulty_names[p->difficulty]));
	json_object_object_add(o, "kind", json_object_new_string(
	    p->is_function ? "function" : "stdio"));
	arr = json_object_new_array();
	for (i = 0; i < p->ntags; i++)
		json_object_array_add(arr,
		    json_object_new_string(cat_tag_name(c, p, i)));
	json_object_object_add(o, "tags", arr);
	if ((acc = cat_acceptance(p)) < 0)
		json_object_object_add(o, "acceptance", NULL);
	else {
		snprintf(num, sizeof(num), "%.1f", acc);
		json_object_object_add(o, "acceptance",
		    json_object_new_double_s(acc, num));
	}
	json_object_object_add(o, "submissions",
	    json_object_new_int64((int64_t)p->submissions));
	json_object_object_add(o, "accepted",
	    json_object_new_int64((int64_t)p->accepted));
	x = json_object_new_object();
	json_object_object_add(x, "time_ms",
	    json_object_new_int64((int64_t)d->time_limit_ms));
	json_object_object_add(x, "memory_kb",
	    json_object_new_int64((int64_t)d->memory_kb));
	json_object_object_add(x, "output_kb",
	    json_object_new_int64((int64_t)d->output_kb));
	json_object_object_add(o, "limits", x);
	json_object_object_add(o, "statement_html",
	    json_object_new_string(d->statement_html));
	arr = json_object_new_array();
	for (i = 0; i < d->nsamples; i++) {
		s = json_object_new_object();
		json_object_object_add(s, "name",
		    json_object_new_string(d->samples[i].name));
		json_object_object_add(s, "input", json_object_new_string_len(
		    d->samples[i].input, (int)d->samples[i].input_len));
		json_object_object_add(s, "expected",
		    json_object_new_string_len(d->samples[i].expected,
		    (int)d->samples[i].expected_len));
		json_object_object_add(s, "truncated",
		    json_object_new_boolean(d->samples[i].truncated));
		json_object_array_add(arr, s);
	}
	json_object_object_add(o, "samples", arr);
	arr = json_object_new_array();
	stubs = json_object_new_object();
	for (i = 0; i < nweb_langs; i++) {
		if ((stub = cat_stub(d, p, &web_langs[i])) == NULL)
			continue;
		x = json_object_new_object();
		json_object_object_add(x, "id",
		    json_object_new_string(web_langs[i].id));
		json_object_object_add(x, "name",
		    json_object_new_string(web_langs[i].name));
		json_object_array_add(arr, x);
		json_object_object_add(stubs, web_langs[i].id,
		    json_object_new_string(stub));
	}
	json_object_object_add(o, "languages", arr);
	json_object_object_add(o, "stubs", stubs);
	if (r->user != NULL) {
		if ((status = user_solved(r, p->id, &solved)) != 0) {
			json_object_put(o);
			return status;
		}
		json_object_object_add(o, "solved",
		    json_object_new_boolean(solved));
	}
	return rc_json(r, key, c->gen, o);
}
