/* api-submissions.c: submit, poll, list and rejudge over the JSON API. */
/*
 * The poll (GET /api/submissions/:id) is what every open submission page
 * asks once a second, so it is built to be cheap when nothing changed:
 * one indexed query gives the state, the ETag is made from it (status,
 * judging time, queue position and reason, the viewer's role), and a
 * matching If-None-Match ends there with 304.  The tests, the sample
 * data and the source are read only for a full answer.
 */
#include <string.h>

#include "handlers.h"
#include "submit.h"

/* POST /api/submissions {"problem","language","source"[,"contest"]} */
int
api_submissions_create(struct req *r)
{
	struct json_object	*o;
	struct sub_new		 n;
	int			 rc;

	if ((rc = auth_require(r)) != 0 || (rc = auth_csrf_check(r)) != 0)
		return rc;
	memset(&n, 0, sizeof(n));
	n.kind = SUB_SUBMISSION;
	if ((rc = sub_from_json(r, &n)) != 0 ||
	    (rc = sub_create(r, &n)) != 202)
		return rc;
	resp_header(r, "Location", arena_printf(r->arena,
	    "/api/submissions/%lld", n.id));
	o = json_object_new_object();
	json_object_object_add(o, "id", json_object_new_int64(n.id));
	json_object_object_add(o, "status", json_object_new_string("queued"));
	return resp_json(r, 202, o);
}

/* GET /api/submissions/:id: the poll (also the submission page's script). */
int
api_submission_show(struct req *r)
{
	struct sub_view	 v;
	struct sub_queue q, *qp = NULL;
	struct sub_test	*tests = NULL;
	const char	*source, *etag;
	size_t		 ntests = 0, slen = 0;
	long long	 id = id_param(r);
	int		 rc;

	if ((rc = auth_require(r)) != 0)
		return rc;
	if (id < 0 || (rc = sub_load(r, id, &v)) == DB_NOTFOUND)
		return http_error(r, 404, "no_such_submission",
		    "There is no such submission.");
	if (rc != DB_OK)
		return db_http_status(r, rc);
	if (!sub_can_see(r, &v))
		return http_error(r, 403, "forbidden", "Only its author and "
		    "administrators can see a submission.");
	memset(&q, 0, sizeof(q));
	if (strcmp(v.status, "queued") == 0) {
		if ((rc = sub_queue(r, v.job_id, v.job_priority, v.language,
		    &q)) != DB_OK)
			return db_http_status(r, rc);
		qp = &q;
	}
	etag = arena_printf(r->arena, "\"s%lld-%s-%s-%lld-%s-%d\"", v.id,
	    v.status, v.judged_at ? v.judged_at : "", q.position,
	    q.reason_code ? q.reason_code : "", r->user->is_admin);
	if (etag == NULL)
		return http_error(r, 500, NULL, NULL);
	r->resp.cache_control = "private, no-cache";
	if (etag_check(r, etag))
		return 304;
	if (strcmp(v.status, "done") == 0 &&
	    (rc = sub_tests(r, v.id, &tests, &ntests)) != DB_OK)
		return db_http_status(r, rc);
	if ((source = sub_source(r, v.id, &slen, &rc)) == NULL)
		return db_http_status(r, rc);
	return resp_json(r, 200, sub_json(r, &v, qp, tests, ntests, source,
	    slen));
}

/* GET /api/submissions?user=&problem=&verdict=&language=&before=&limit= */
int
api_submissions_list(struct req *r)
{
	struct json_object	*o, *a;
	struct sub_filter	 f;
	struct sub_view		*rows;
	size_t			 n, i;
	int			 rc, older, newer;

	if ((rc = sub_filter_parse(r, &f)) != 0)
		return rc;
	if ((rc = sub_list(r, &f, &rows, &n, &older, &newer)) != DB_OK)
		return db_http_status(r, rc);
	o = json_object_new_object();
	a = json_object_new_array();
	for (i = 0; i < n; i++)
		json_object_array_add(a, sub_row_json(&rows[i]));
	json_object_object_add(o, "submissions", a);
	/* Cursors: pass "before" for older rows, "after" for newer ones. */
	json_object_object_add(o, "before", older ?
	    json_object_new_int64(rows[n - 1].id) : NULL);
	json_object_object_add(o, "after", newer ?
	    json_object_new_int64(rows[0].id) : NULL);
	return resp_json(r, 200, o);
}

/* POST /api/submissions/:id/rejudge (admins) */
int
api_submission_rejudge(struct req *r)
{
	struct json_object	*o;
	long long		 id = id_param(r);
	int			 rc;

	if ((rc = sub_rejudge_one(r, id)) != 202)
		return rc;
	o = json_object_new_object();
	json_object_object_add(o, "id", json_object_new_int64(id));
	json_object_object_add(o, "status", json_object_new_string("queued"));
	return resp_json(r, 202, o);
}

/* POST /api/problems/:slug/rejudge (admins) */
int
api_problem_rejudge(struct req *r)
{
	struct json_object	*o;
	long long		 n;
	int			 rc;

	if ((rc = sub_rejudge_problem(r, req_param(r, "slug"), &n)) != 202)
		return rc;
	o = json_object_new_object();
	json_object_object_add(o, "problem",
	    json_object_new_string(req_param(r, "slug")));
	json_object_object_add(o, "queued", json_object_new_int64(n));
	return resp_json(r, 202, o);
}
