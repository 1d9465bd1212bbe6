/* page-submissions.c: /submissions (list), /submissions/:id, the submit form. */
/*
 * Everything here works without JavaScript: a pending submission's page
 * reloads itself (<noscript> meta refresh) until it is judged, the submit
 * form posts and lands on the submission, the admin's Rejudge button is a
 * form.  With JavaScript, static/js/submission.js polls the JSON API
 * instead of reloading.  The source is highlighted here, on the server.
 */
#include <string.h>

#include "handlers.h"
#include "submit.h"

#define REFRESH_S	2	/* seconds between reloads while pending */

static void
error_box(struct req *r, const char *msg)
{
	if (msg == NULL)
		return;
	h_lit(r, "<p class=\"error-box\" role=\"alert\">");
	h_text(r, msg);
	h_lit(r, "</p>\n");
}

static void
css(struct req *r)
{
	h_lit(r, "<link rel=\"stylesheet\" "
	    "href=\"/static/css/submission.css\">\n");
}

static void
verdict_span(struct req *r, const char *status, const char *verdict)
{
	if (strcmp(status, "done") != 0 || verdict == NULL) {
		h_lit(r, "<span class=\"verdict verdict-pending\">");
		h_text(r, strcmp(status, "judging") == 0 ? "Judging" :
		    "Queued");
	} else {
		h_lit(r, "<span class=\"verdict verdict-");
		h_attr(r, verdict);
		h_lit(r, "\" title=\"");
		h_attr(r, sub_verdict_text(verdict));
		h_lit(r, "\">");
		h_text(r, verdict);
	}
	h_lit(r, "</span>");
}

/* login_redirect: 303 to /login?next=<this page>. */
static int
login_redirect(struct req *r)
{
	const char	*loc;

	if (r->auth != NULL && auth_require(r) == 503)
		return 503;
	loc = arena_printf(r->arena, "/login?next=%s", r->path);
	if (loc == NULL || strpbrk(r->path, "?#&%") != NULL)
		loc = "/login";
	return resp_redirect(r, 303, loc);
}

/* --- the list ----------------------------------------------------------- */

static void
opt(struct req *r, const char *value, const char *label, const char *cur)
{
	h_lit(r, "<option value=\"");
	h_attr(r, value);
	h_lit(r, "\"");
	if (cur != NULL && strcmp(cur, value) == 0)
		h_lit(r, " selected");
	h_lit(r, ">");
	h_text(r, label);
	h_lit(r, "</option>");
}

static void
filter_form(struct req *r, const struct sub_filter *f, const char **langs)
{
	static const char *const vs[] = { "AC", "WA", "TLE", "MLE", "RE",
	    "OLE", "CE", "IE" };
	size_t	 i;

	h_lit(r, "<form class=\"filters\" method=\"get\" "
	    "action=\"/submissions\">\n"
	    "<input type=\"text\" name=\"user\" placeholder=\"user\" "
	    "aria-label=\"user\" value=\"");
	h_attr(r, f->user);
	h_lit(r, "\">\n<input type=\"text\" name=\"problem\" "
	    "placeholder=\"problem\" aria-label=\"problem\" value=\"");
	h_attr(r, f->problem);
	h_lit(r, "\">\n<select name=\"verdict\" aria-label=\"verdict\">");
	opt(r, "", "any verdict", f->verdict);
	for (i = 0; i < sizeof(vs) / sizeof(vs[0]); i++)
		opt(r, vs[i], sub_verdict_text(vs[i]), f->verdict);
	h_lit(r, "</select>\n<select name=\"language\" "
	    "aria-label=\"language\">");
	opt(r, "", "any language", f->language);
	for (i = 0; langs != NULL && langs[i] != NULL; i++)
		opt(r, langs[i], sub_lang_name(langs[i]), f->language);
	h_lit(r, "</select>\n<button type=\"submit\">Filter</button>\n"
	    "</form>\n");
}

/* page_link: /submissions?<filters>&<key>=<id>. */
static void
page_link(struct req *r, const struct sub_filter *f, const char *key,
    long long id, const char *label)
{
	h_lit(r, "<a href=\"/submissions?");
	if (f->user != NULL) {
		h_lit(r, "user=");
		h_url(r, f->user);
		h_lit(r, "&amp;");
	}
	if (f->problem != NULL) {
		h_lit(r, "problem=");
		h_url(r, f->problem);
		h_lit(r, "&amp;");
	}
	if (f->verdict != NULL) {
		h_lit(r, "verdict=");
		h_url(r, f->verdict);
		h_lit(r, "&amp;");
	}
	if (f->language != NULL) {
		h_lit(r, "language=");
		h_url(r, f->language);
		h_lit(r, "&amp;");
	}
	h_text(r, key);
	h_lit(r, "=");
	h_int(r, id);
	h_lit(r, "\">");
	h_text(r, label);
	h_lit(r, "</a>");
}

static void
list_row(struct req *r, const struct sub_view *v)
{
	int	 done = strcmp(v->status, "done") == 0;

	h_lit(r, "<tr");
	if (r->user != NULL && r->user->id == v->user_id)
		h_lit(r, " class=\"me\"");
	h_lit(r, "><td>");
	if (sub_can_see(r, v)) {
		h_lit(r, "<a href=\"/submissions/");
		h_int(r, v->id);
		h_lit(r, "\">");
		h_int(r, v->id);
		h_lit(r, "</a>");
	} else
		h_int(r, v->id);
	h_lit(r, "</td><td><time>");
	h_text(r, v->created_at);
	h_lit(r, "</time></td><td><a href=\"/submissions?user=");
	h_url(r, v->username);
	h_lit(r, "\">");
	h_text(r, v->username);
	h_lit(r, "</a></td><td><a href=\"/problems/");
	h_url(r, v->problem);
	h_lit(r, "\">");
	h_text(r, v->title);
	h_lit(r, "</a></td><td>");
	h_text(r, sub_lang_name(v->language));
	h_lit(r, "</td><td>");
	verdict_span(r, v->status, v->verdict);
	if (done && v->total > 0 && v->verdict != NULL &&
	    strcmp(v->verdict, "AC") != 0 && strcmp(v->verdict, "CE") != 0) {
		h_lit(r, " <span class=\"muted\">");
		h_textf(r, "%lld/%lld", v->passed, v->total);
		h_lit(r, "</span>");
	}
	h_lit(r, "</td><td>");
	if (done && v->time_ms >= 0)
		h_textf(r, "%lld ms", v->time_ms);
	h_lit(r, "</td><td>");
	if (done && v->memory_kb >= 0)
		h_textf(r, "%lld KiB", v->memory_kb);
	h_lit(r, "</td></tr>\n");
}

/* GET /submissions?user=&problem=&verdict=&language=&before=&after= */
int
page_submissions(struct req *r)
{
	struct sub_filter	 f;
	struct sub_view		*rows;
	const char		**known = NULL;
	size_t			 n, i;
	int			 rc, older, newer;

	if ((rc = sub_filter_parse(r, &f)) != 0) {
		if (rc == 401)
			return login_redirect(r);
		return rc;
	}
	if ((rc = sub_list(r, &f, &rows, &n, &older, &newer)) != DB_OK ||
	    (rc = sub_languages(r, &known, NULL)) != DB_OK)
		return db_http_status(r, rc);
	page_begin(r, "Submissions", NAV_SUBMISSIONS);
	h_lit(r, "<h1>Submissions</h1>\n");
	filter_form(r, &f, known);
	if (n == 0) {
		h_lit(r, "<p class=\"muted\">No submissions match.</p>\n");
	} else {
		h_lit(r, "<table class=\"list\">\n<thead><tr><th>#</th>"
		    "<th>When (UTC)</th><th>User</th><th>Problem</th>"
		    "<th>Language</th><th>Verdict</th><th>Time</th>"
		    "<th>Memory</th></tr></thead>\n<tbody>\n");
		for (i = 0; i < n; i++)
			list_row(r, &rows[i]);
		h_lit(r, "</tbody>\n</table>\n");
	}
	h_lit(r, "<nav class=\"pager\">");
	if (newer)
		page_link(r, &f, "after", rows[0].id, "\xe2\x86\x90 Newer");
	if (older)
		page_link(r, &f, "before", rows[n - 1].id,
		    "Older \xe2\x86\x92");
	h_lit(r, "</nav>\n");
	page_end(r);
	return 200;
}

/* --- one submission ----------------------------------------------------- */

static void
fact(struct req *r, const char *label)
{
	h_lit(r, "<tr><th>");
	h_text(r, label);
	h_lit(r, "</th><td>");
}

static void
test_data(struct req *r, const char *label, const char *s, size_t n,
    int cut)
{
	h_lit(r, "<div><h4>");
	h_text(r, label);
	if (cut)
		h_lit(r, " <span class=\"muted\">(first 4 KiB)</span>");
	h_lit(r, "</h4><pre>");
	if (s != NULL)
		h_textn(r, s, n);
	h_lit(r, "</pre></div>");
}

static void
tests_table(struct req *r, const struct sub_test *t, size_t n)
{
	size_t	 i;

	if (n == 0)
		return;
	h_lit(r, "<h2>Tests</h2>\n<table class=\"list tests\">\n<thead><tr>"
	    "<th>#</th><th>Test</th><th>Verdict</th><th>Time</th>"
	    "<th>Memory</th></tr></thead>\n<tbody>\n");
	for (i = 0; i < n; i++) {
		h_lit(r, "<tr><td>");
		h_int(r, t[i].ordinal + 1);
		h_lit(r, "</td><td>");
		h_text(r, t[i].is_sample ? "sample" : "hidden");
		h_lit(r, "</td><td>");
		verdict_span(r, "done", t[i].verdict);
		h_lit(r, "</td><td>");
		if (strcmp(t[i].verdict, "NR") != 0)
			h_textf(r, "%lld ms", t[i].time_ms);
		h_lit(r, "</td><td>");
		if (strcmp(t[i].verdict, "NR") != 0)
			h_textf(r, "%lld KiB", t[i].memory_kb);
		h_lit(r, "</td></tr>\n");
		if (!t[i].is_sample || strcmp(t[i].verdict, "NR") == 0)
			continue;
		h_lit(r, "<tr class=\"sample-data\"><td></td>"
		    "<td colspan=\"4\"><details><summary>Input, expected "
		    "and your output</summary><div class=\"sample-io\">");
		test_data(r, "Input", t[i].input, t[i].input_len,
		    t[i].input_cut);
		test_data(r, "Expected", t[i].expected, t[i].expected_len,
		    t[i].expected_cut);
		test_data(r, "Your output", t[i].output, t[i].output ?
		    strlen(t[i].output) : 0, 0);
		h_lit(r, "</div></details></td></tr>\n");
	}
	h_lit(r, "</tbody>\n</table>\n");
}

static void
status_box(struct req *r, const struct sub_view *v,
    const struct sub_queue *q)
{
	int	 done = strcmp(v->status, "done") == 0;

	h_lit(r, "<div id=\"sub-status\" class=\"");
	h_lit(r, "sub-status\" data-submission=\"");
	h_int(r, v->id);
	h_lit(r, "\" data-status=\"");
	h_attr(r, v->status);
	h_lit(r, "\" aria-live=\"polite\">");
	if (done) {
		h_lit(r, "<p class=\"big\">");
		verdict_span(r, v->status, v->verdict);
		h_lit(r, " ");
		h_text(r, sub_verdict_text(v->verdict));
		h_lit(r, "</p>");
	} else if (strcmp(v->status, "judging") == 0) {
		h_lit(r, "<p class=\"notice\">Judging\xe2\x80\xa6 "
		    "This page refreshes itself.</p>");
	} else {
		h_lit(r, "<p class=\"notice\">Queued");
		if (q->position > 0)
			h_textf(r, " (position %lld)", q->position);
		h_lit(r, ": ");
		h_text(r, q->reason);
		h_lit(r, ". This page refreshes itself.</p>");
	}
	h_lit(r, "</div>\n");
}

static void
facts(struct req *r, const struct sub_view *v)
{
	int	 done = strcmp(v->status, "done") == 0;

	h_lit(r, "<table class=\"facts\">\n");
	fact(r, "Problem");
	h_lit(r, "<a href=\"/problems/");
	h_url(r, v->problem);
	h_lit(r, "\">");
	h_text(r, v->title);
	h_lit(r, "</a></td></tr>\n");
	fact(r, "User");
	h_lit(r, "<a href=\"/submissions?user=");
	h_url(r, v->username);
	h_lit(r, "\">");
	h_text(r, v->username);
	h_lit(r, "</a></td></tr>\n");
	fact(r, "Language");
	h_text(r, sub_lang_name(v->language));
	h_lit(r, "</td></tr>\n");
	fact(r, "Submitted");
	h_text(r, v->created_at);
	h_lit(r, "</td></tr>\n");
	if (done) {
		fact(r, "Tests passed");
		h_textf(r, "%lld of %lld", v->passed, v->total);
		h_lit(r, "</td></tr>\n");
		if (v->time_ms >= 0) {
			fact(r, "Time");
			h_textf(r, "%lld ms", v->time_ms);
			h_lit(r, "</td></tr>\n");
		}
		if (v->memory_kb >= 0) {
			fact(r, "Memory");
			h_textf(r, "%lld KiB", v->memory_kb);
			h_lit(r, "</td></tr>\n");
		}
	}
	h_lit(r, "</table>\n");
}

/* GET /submissions/:id */
int
page_submission_show(struct req *r)
{
	struct sub_view	 v;
	struct sub_queue q;
	struct sub_test	*tests = NULL;
	const char	*source, *title;
	size_t		 ntests = 0, slen;
	long long	 id = id_param(r);
	int		 rc, done;

	if (r->user == NULL)
		return login_redirect(r);
	if (id < 0 || (rc = sub_load(r, id, &v)) == DB_NOTFOUND)
		return http_error(r, 404, NULL, "There is no such submission.");
	if (rc != DB_OK)
		return db_http_status(r, rc);
	if (!sub_can_see(r, &v))
		return http_error(r, 403, NULL, "Only its author and "
		    "administrators can see a submission.");
	done = strcmp(v.status, "done") == 0;
	memset(&q, 0, sizeof(q));
	if (strcmp(v.status, "queued") == 0 && (rc = sub_queue(r, v.job_id,
	    v.job_priority, v.language, &q)) != DB_OK)
		return db_http_status(r, rc);
	if (done && (rc = sub_tests(r, v.id, &tests, &ntests)) != DB_OK)
		return db_http_status(r, rc);
	if ((source = sub_source(r, v.id, &slen, &rc)) == NULL)
		return db_http_status(r, rc);
	title = arena_printf(r->arena, "Submission %lld", v.id);
	if (done)
		page_begin(r, title, NAV_SUBMISSIONS);
	else
		page_begin_refresh(r, title, NAV_SUBMISSIONS, REFRESH_S);
	css(r);
	h_lit(r, "<h1>Submission ");
	h_int(r, v.id);
	h_lit(r, "</h1>\n");
	status_box(r, &v, &q);
	facts(r, &v);
	if (r->user->is_admin) {
		if (done && v.judge_message != NULL &&
		    *v.judge_message != '\0') {
			h_lit(r, "<h2>Judge message <span class=\"muted\">"
			    "(administrators only)</span></h2>\n<pre>");
			h_text(r, v.judge_message);
			h_lit(r, "</pre>\n");
		}
		h_lit(r, "<form class=\"inline\" method=\"post\" "
		    "action=\"/submissions/");
		h_int(r, v.id);
		h_lit(r, "/rejudge\">");
		h_csrf(r);
		h_lit(r, "<button type=\"submit\" class=\"secondary\">"
		    "Rejudge</button></form>\n");
	}
	if (done && *v.compile_output != '\0') {
		h_lit(r, "<h2>Compiler output</h2>\n<pre class=\"compile\">");
		h_text(r, v.compile_output);
		h_lit(r, "</pre>\n");
	}
	if (done)
		tests_table(r, tests, ntests);
	h_lit(r, "<h2>Source</h2>\n");
	h_code(r, v.language, source, slen);
	h_script(r, "/static/js/submission.js");
	page_end(r);
	return 200;
}

/* POST /submissions/:id/rejudge (admins; the button above) */
int
page_submission_rejudge(struct req *r)
{
	long long	 id = id_param(r);
	int		 rc;

	if ((rc = sub_rejudge_one(r, id)) != 202)
		return rc;
	return resp_redirect(r, 303, arena_printf(r->arena,
	    "/submissions/%lld", id));
}

/* --- the submit form ---------------------------------------------------- */

static void
submit_form(struct req *r, const struct sub_new *n, const char *msg)
{
	const char	**online = NULL;
	size_t		 i;

	(void)sub_languages(r, NULL, &online);
	page_begin(r, "Submit", NAV_SUBMISSIONS);
	h_lit(r, "<h1>Submit a solution</h1>\n");
	error_box(r, msg);
	h_lit(r, "<form method=\"post\" action=\"/submissions\">");
	h_csrf(r);
	if (n->contest != NULL) {
		h_lit(r, "<input type=\"hidden\" name=\"contest\" value=\"");
		h_attr(r, n->contest);
		h_lit(r, "\">");
	}
	h_lit(r, "\n<label for=\"problem\">Problem</label>\n"
	    "<input type=\"text\" id=\"problem\" name=\"problem\" required "
	    "value=\"");
	h_attr(r, n->problem);
	h_lit(r, "\">\n<label for=\"language\">Language</label>\n"
	    "<select id=\"language\" name=\"language\">");
	for (i = 0; online != NULL && online[i] != NULL; i++)
		opt(r, online[i], sub_lang_name(online[i]), n->language);
	h_lit(r, "</select>\n<label for=\"source\">Source</label>\n"
	    "<textarea id=\"source\" name=\"source\" rows=\"20\" "
	    "spellcheck=\"false\" required>");
	if (n->source != NULL)
		h_textn(r, n->source, n->source_len);
	h_lit(r, "</textarea>\n<p><button type=\"submit\">Submit</button>"
	    "</p>\n</form>\n");
	page_end(r);
}

/* GET /submissions/new?problem=SLUG: the form without JavaScript. */
int
page_submission_new(struct req *r)
{
	struct sub_new	 n;

	if (r->user == NULL)
		return login_redirect(r);
	memset(&n, 0, sizeof(n));
	n.problem = req_query(r, "problem");
	n.contest = req_query(r, "contest");
	n.language = req_query(r, "language");
	submit_form(r, &n, NULL);
	return 200;
}

/* POST /submissions: csrf, problem, language, source[, contest] */
int
page_submission_create(struct req *r)
{
	struct sub_new	 n;
	int		 rc;

	if ((rc = auth_require(r)) != 0 || (rc = auth_csrf_check(r)) != 0)
		return rc;
	memset(&n, 0, sizeof(n));
	n.kind = SUB_SUBMISSION;
	n.problem = req_form(r, "problem");
	n.language = req_form(r, "language");
	n.contest = req_form(r, "contest");
	if ((n.source = req_form(r, "source")) != NULL)
		n.source_len = strlen(n.source);
	if ((rc = sub_create(r, &n)) == 202)
		return resp_redirect(r, 303, arena_printf(r->arena,
		    "/submissions/%lld", n.id));
	if (rc >= 500)
		return rc;
	submit_form(r, &n, r->err_msg);
	return rc;
}
