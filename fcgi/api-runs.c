/* api-runs.c: "Run": the samples or custom input, without a submission. */
/*
 * A run is stored (runs) and queued like a submission, at a lower
 * priority and with its own per-user quota (submit.c).  The judge writes
 * its result as one JSON document (check_result_json, samples only, or
 * for custom input the single test "custom" with the program's output and
 * the verdict "OK" instead of a comparison).  This file re-shapes that
 * document for the client: the sample data is joined in from testcases,
 * and internal reasons stay with administrators.
 */
#include <string.h>

#include "handlers.h"
#include "submit.h"

/* POST /api/runs {"problem","language","source"[,"input"][,"contest"]} */
int
api_runs_create(struct req *r)
{
	struct json_object	*o;
	struct sub_new		 n;
	int			 rc;

	if ((rc = auth_require(r)) != 0 || (rc = auth_csrf_check(r)) != 0)
		return rc;
	memset(&n, 0, sizeof(n));
	n.kind = SUB_RUN;
	if ((rc = sub_from_json(r, &n)) != 0 ||
	    (rc = sub_create(r, &n)) != 202)
		return rc;
	resp_header(r, "Location", arena_printf(r->arena, "/api/runs/%lld",
	    n.id));
	o = json_object_new_object();
	json_object_object_add(o, "id", json_object_new_int64(n.id));
	json_object_object_add(o, "status", json_object_new_string("queued"));
	return resp_json(r, 202, o);
}

struct sample {
	const char	*name;
	const char	*input;
	size_t		 input_len;
	const char	*expected;
	size_t		 expected_len;
};

/* samples_load: the sample tests of a version (capped at SHOW_MAX). */
static int
samples_load(struct req *r, long long version, struct sample **out,
    size_t *n)
{
	struct db_stmt	*st;
	struct sample	*v;
	size_t		 cap = 32;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((v = arena_calloc(r->arena, cap, sizeof(*v))) == NULL)
		return DB_ERR;
	st = db_stmt(r->db, STMT_TESTCASES_SAMPLES_BY_VERSION);
	db_bind_int(st, 0, SHOW_MAX);
	db_bind_int(st, 1, SHOW_MAX);
	db_bind_int(st, 2, version);
	while ((rc = db_next(st)) == DB_ROW) {
		if (*n == cap)
			continue;
		v[*n].name = db_col_dup(st, 1, r->arena);
		v[*n].input = db_col_dup(st, 2, r->arena);
		v[*n].input_len = db_col_len(st, 2);
		v[*n].expected = db_col_dup(st, 4, r->arena);
		v[*n].expected_len = db_col_len(st, 4);
		if (v[*n].name == NULL || v[*n].input == NULL ||
		    v[*n].expected == NULL)
			return DB_ERR;
		(*n)++;
	}
	if (rc != DB_DONE)
		return rc;
	*out = v;
	return DB_OK;
}

static void
copy_key(struct json_object *to, struct json_object *from, const char *key)
{
	struct json_object	*v;

	if (json_object_object_get_ex(from, key, &v) && v != NULL)
		json_object_object_add(to, key, json_object_get(v));
}

/* run_tests: the client's view of the judge's tests array. */
static struct json_object *
run_tests(struct json_object *res, const struct sample *s, size_t ns,
    const char *input, size_t input_len)
{
	struct json_object	*a, *tests, *t, *o, *v;
	const char		*name;
	size_t			 i, k, n;

	a = json_object_new_array();
	if (!json_object_object_get_ex(res, "tests", &tests) ||
	    !json_object_is_type(tests, json_type_array))
		return a;
	n = json_object_array_length(tests);
	for (i = 0; i < n; i++) {
		t = json_object_array_get_idx(tests, i);
		o = json_object_new_object();
		copy_key(o, t, "name");
		copy_key(o, t, "verdict");
		copy_key(o, t, "time_ms");
		copy_key(o, t, "memory_kb");
		copy_key(o, t, "exit_code");
		copy_key(o, t, "signal");
		copy_key(o, t, "output");
		copy_key(o, t, "output_truncated");
		copy_key(o, t, "stderr");
		if (json_object_object_get_ex(t, "judge_message", &v) &&
		    v != NULL)
			json_object_object_add(o, "message",
			    json_object_get(v));
		name = json_object_object_get_ex(t, "name", &v) ?
		    json_object_get_string(v) : "";
		if (input != NULL) {
			json_object_object_add(o, "input",
			    json_text(input, input_len));
			/* No reference output for custom input (yet). */
			json_object_object_add(o, "expected", NULL);
		} else
			for (k = 0; k < ns; k++) {
				if (name == NULL || strcmp(s[k].name, name))
					continue;
				json_object_object_add(o, "input", json_text(
				    s[k].input, s[k].input_len));
				json_object_object_add(o, "expected",
				    json_text(s[k].expected,
				    s[k].expected_len));
				break;
			}
		json_object_array_add(a, o);
	}
	return a;
}

/* run_result: the done part of the answer, from the judge's JSON. */
static int
run_result(struct req *r, struct json_object *o, const char *result,
    long long version, const char *input, size_t input_len)
{
	struct json_object	*res, *v;
	struct sample		*s = NULL;
	size_t			 ns = 0;
	int			 rc;

	if ((res = json_tokener_parse(result)) == NULL ||
	    !json_object_is_type(res, json_type_object)) {
		json_object_put(res);
		json_object_object_add(o, "verdict",
		    json_object_new_string("IE"));
		return DB_OK;
	}
	if (input == NULL &&
	    (rc = samples_load(r, version, &s, &ns)) != DB_OK) {
		json_object_put(res);
		return rc;
	}
	copy_key(o, res, "verdict");
	copy_key(o, res, "time_ms");
	copy_key(o, res, "memory_kb");
	copy_key(o, res, "passed");
	copy_key(o, res, "total");
	copy_key(o, res, "compile_output");
	if (json_object_object_get_ex(res, "verdict", &v) &&
	    strcmp(json_object_get_string(v), "IE") == 0) {
		json_object_object_add(o, "message", json_object_new_string(
		    "The judge could not complete this run; try again."));
		if (r->user->is_admin)
			copy_key(o, res, "ie_reason");
	}
	json_object_object_add(o, "tests", run_tests(res, s, ns, input,
	    input_len));
	json_object_put(res);
	return DB_OK;
}

/* GET /api/runs/:id */
int
api_run_show(struct req *r)
{
	struct json_object	*o;
	struct db_stmt		*st;
	struct sub_queue	 q;
	const char		*status, *language, *slug, *etag;
	char			*result = NULL, *input = NULL;
	size_t			 input_len = 0;
	long long		 id = id_param(r), version, job, prio;
	int			 rc;

	if ((rc = auth_require(r)) != 0)
		return rc;
	st = db_stmt(r->db, STMT_RUNS_BY_ID);
	db_bind_int(st, 0, id);
	if (id < 0 || (rc = db_row(st)) == DB_NOTFOUND)
		return http_error(r, 404, "no_such_run", "There is no such "
		    "run.");
	if (rc != DB_OK)
		return db_http_status(r, rc);
	if (db_col_int(st, 1) != r->user->id && !r->user->is_admin)
		return http_error(r, 403, "forbidden",
		    "Only its author can see a run.");
	slug = db_col_dup(st, 2, r->arena);
	language = db_col_dup(st, 3, r->arena);
	status = db_col_dup(st, 4, r->arena);
	if (!db_col_isnull(st, 5))
		result = db_col_dup(st, 5, r->arena);
	if (!db_col_isnull(st, 6)) {
		input = db_col_dup(st, 6, r->arena);
		input_len = db_col_len(st, 6);
	}
	version = db_col_int(st, 7);
	job = db_col_isnull(st, 8) ? 0 : db_col_int(st, 8);
	prio = db_col_isnull(st, 9) ? 0 : db_col_int(st, 9);
	if (slug == NULL || language == NULL || status == NULL ||
	    (input == NULL && !db_col_isnull(st, 6)))
		return http_error(r, 500, NULL, NULL);
	memset(&q, 0, sizeof(q));
	if (strcmp(status, "queued") == 0 &&
	    (rc = sub_queue(r, job, prio, language, &q)) != DB_OK)
		return db_http_status(r, rc);
	etag = arena_printf(r->arena, "\"r%lld-%s-%lld-%s-%d\"", id, status,
	    q.position, q.reason_code ? q.reason_code : "",
	    r->user->is_admin);
	if (etag == NULL)
		return http_error(r, 500, NULL, NULL);
	r->resp.cache_control = "private, no-cache";
	if (etag_check(r, etag))
		return 304;
	o = json_object_new_object();
	json_object_object_add(o, "id", json_object_new_int64(id));
	json_object_object_add(o, "problem", json_object_new_string(slug));
	json_object_object_add(o, "language",
	    json_object_new_string(language));
	json_object_object_add(o, "status", json_object_new_string(status));
	json_object_object_add(o, "custom",
	    json_object_new_boolean(input != NULL));
	if (strcmp(status, "queued") == 0) {
		json_object_object_add(o, "position", q.position > 0 ?
		    json_object_new_int64(q.position) : NULL);
		json_object_object_add(o, "reason",
		    json_object_new_string(q.reason));
		json_object_object_add(o, "reason_code",
		    json_object_new_string(q.reason_code));
	}
	if (strcmp(status, "done") == 0 && result != NULL &&
	    (rc = run_result(r, o, result, version, input,
	    input_len)) != DB_OK) {
		json_object_put(o);
		return db_http_status(r, rc);
	}
	return resp_json(r, 200, o);
}
