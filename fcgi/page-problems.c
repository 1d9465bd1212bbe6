/* page-problems.c: the problem list and a problem's page with its editor. */
#include <string.h>

#include "catalog.h"
#include "handlers.h"
#include "util.h"

/*
 * Both pages come from the worker's catalogue snapshot (catalog.h): an
 * anonymous request does no query at all, a signed-in one a single
 * indexed query for its solved marks.  The problem page works without
 * JavaScript (a textarea form posting to /submissions); static/js/
 * problem.js turns it into the editor and reads everything it needs from
 * data-* attributes, never from inline script.
 */

#define SOLVED_MARK	"\xe2\x9c\x93"	/* U+2713 CHECK MARK */

/*
 * solved_ids: the ids of problems between lo and hi that the signed-in
 * user has solved, into an arena array (*ids, *n).  0, or a status.
 */
static int
solved_ids(struct req *r, long long lo, long long hi, long long **ids,
    size_t *n)
{
	struct db_stmt	*st;
	long long	*v = NULL;
	size_t		 alloc = 0;
	int		 rc;

	*ids = NULL;
	*n = 0;
	if (r->user == NULL)
		return 0;
	st = db_stmt(r->db, STMT_SUBMISSIONS_SOLVED_BY_USER);
	db_bind_int(st, 0, r->user->id);
	db_bind_int(st, 1, lo);
	db_bind_int(st, 2, hi);
	while ((rc = db_next(st)) == DB_ROW) {
		if (*n == alloc) {
			long long	*nv;

			alloc = alloc ? alloc * 2 : 64;
			if ((nv = arena_calloc(r->arena, alloc,
			    sizeof(*nv))) == NULL)
				return http_error(r, 500, NULL, NULL);
			if (*n > 0)
				memcpy(nv, v, *n * sizeof(*nv));
			v = nv;
		}
		v[(*n)++] = db_col_int(st, 0);
	}
	if (rc != DB_DONE)
		return db_http_status(r, rc);
	*ids = v;
	return 0;
}

static int
has_id(const long long *ids, size_t n, long long id)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (ids[i] == id)
			return 1;
	return 0;
}

/* h_filter_args: the current filters as query arguments, "&amp;"-joined. */
static void
h_filter_args(struct req *r)
{
	static const char *const keys[] = { "difficulty", "tag", "q" };
	const char	*v;
	size_t		 i;
	int		 first = 1;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if ((v = req_query(r, keys[i])) == NULL || *v == '\0')
			continue;
		if (!first)
			h_lit(r, "&amp;");
		h_text(r, keys[i]);
		h_lit(r, "=");
		h_url(r, v);
		first = 0;
	}
	if (!first)
		h_lit(r, "&amp;");
}

static void
list_filters(struct req *r, const struct catalog *c,
    const struct cat_query *q)
{
	const char	*v;
	size_t		 i;
	int		 any = 0;

	h_lit(r, "<form class=\"filters\" method=\"get\" action=\"/problems\" "
	    "role=\"search\">\n<input type=\"search\" name=\"q\" "
	    "maxlength=\"100\" placeholder=\"Search titles\" "
	    "aria-label=\"Search titles\" value=\"");
	if ((v = req_query(r, "q")) != NULL) {
		h_attr(r, v);
		any |= *v != '\0';
	}
	h_lit(r, "\">\n<select name=\"difficulty\" aria-label=\"Difficulty\">"
	    "<option value=\"\">All difficulties</option>");
	for (i = 0; i < DIFF__MAX; i++) {
		h_lit(r, "<option value=\"");
		h_attr(r, difficulty_names[i]);
		h_lit(r, "\"");
		if (q->difficulty == (int)i) {
			h_lit(r, " selected");
			any = 1;
		}
		h_lit(r, ">");
		h_text(r, difficulty_labels[i]);
		h_lit(r, "</option>");
	}
	h_lit(r, "</select>\n<select name=\"tag\" aria-label=\"Tag\">"
	    "<option value=\"\">All tags</option>");
	v = req_query(r, "tag");
	for (i = 0; i < c->ntags; i++) {
		h_lit(r, "<option value=\"");
		h_attr(r, c->tags[i].name);
		h_lit(r, "\"");
		if (q->tag == (int)i)
			h_lit(r, " selected");
		h_lit(r, ">");
		h_text(r, c->tags[i].name);
		h_textf(r, " (%zu)", c->tags[i].count);
		h_lit(r, "</option>");
	}
	if (q->tag == CAT_TAG_NONE) {
		/* Keep an unknown tag visible rather than silently dropped. */
		h_lit(r, "<option value=\"");
		h_attr(r, v);
		h_lit(r, "\" selected>");
		h_text(r, v);
		h_lit(r, " (0)</option>");
	}
	if (v != NULL && *v != '\0')
		any = 1;
	h_lit(r, "</select>\n<button type=\"submit\">Filter</button>\n");
	if (any)
		h_lit(r, "<a class=\"clear\" href=\"/problems\">Clear filters"
		    "</a>\n");
	h_lit(r, "</form>\n");
}

static void
list_pager(struct req *r, const struct cat_page *pg)
{
	h_lit(r, "<nav class=\"pager\" aria-label=\"Pages\">\n"
	    "<span class=\"muted\">");
	if (pg->n > 0)
		h_textf(r, "%zu\xe2\x80\x93%zu of %zu", pg->first + 1,
		    pg->first + pg->n, pg->total);
	h_lit(r, "</span>\n");
	if (pg->has_prev) {
		h_lit(r, "<a class=\"btn secondary\" rel=\"prev\" "
		    "href=\"/problems?");
		h_filter_args(r);
		if (pg->n > 0) {
			h_lit(r, "before=");
			h_int(r, pg->v[0]->id);
		}
		h_lit(r, "\">&larr; Previous</a>\n");
	}
	if (pg->has_next) {
		h_lit(r, "<a class=\"btn secondary\" rel=\"next\" "
		    "href=\"/problems?");
		h_filter_args(r);
		h_lit(r, "after=");
		h_int(r, pg->v[pg->n - 1]->id);
		h_lit(r, "\">Next &rarr;</a>\n");
	}
	h_lit(r, "</nav>\n");
}

/* cursor_arg: a keyset cursor argument (a problem id) or 0; -1 if bad. */
static int
cursor_arg(struct req *r, const char *key, long long *out)
{
	const char	*v = req_query(r, key);

	*out = 0;
	if (v == NULL || *v == '\0')
		return 0;
	return req_int(v, 1, (1LL << 62), out);
}

int
page_problems_list(struct req *r)
{
	const struct catalog	*c;
	const struct cat_problem *p;
	struct cat_query	 q;
	struct cat_page		 pg;
	long long		*solved;
	size_t			 nsolved, i;
	int			 status;

	if ((c = cat_get(r, &status)) == NULL)
		return status;
	if ((status = cat_query_parse(r, c, &q)) != 0)
		return status;
	if (cursor_arg(r, "after", &q.after) == -1 ||
	    cursor_arg(r, "before", &q.before) == -1)
		return http_error(r, 400, "bad_cursor",
		    "after and before must be problem ids.");
	if (cat_select(c, &q, r->arena, &pg) == -1)
		return http_error(r, 500, NULL, NULL);
	if (pg.n > 0 && (status = solved_ids(r, pg.v[0]->id,
	    pg.v[pg.n - 1]->id, &solved, &nsolved)) != 0)
		return status;

	page_begin(r, "Problems", NAV_PROBLEMS);
	h_lit(r, "<div class=\"page-head\">\n<h1>Problems</h1>\n"
	    "<p class=\"muted\">");
	h_textf(r, "%zu problems \xc2\xb7 %zu easy \xc2\xb7 %zu medium "
	    "\xc2\xb7 %zu hard", c->n, c->counts[DIFF_EASY],
	    c->counts[DIFF_MEDIUM], c->counts[DIFF_HARD]);
	h_lit(r, "</p>\n</div>\n");
	list_filters(r, c, &q);
	if (pg.n == 0) {
		h_lit(r, "<div class=\"card empty\">\n");
		if (pg.total == 0)
			h_lit(r, "<p>No problem matches these filters.</p>\n");
		else
			h_lit(r, "<p>There are no more problems here.</p>\n");
		h_lit(r, "<p><a href=\"/problems\">Show all problems</a></p>\n"
		    "</div>\n");
		if (pg.total > 0)
			list_pager(r, &pg);
		page_end(r);
		return 200;
	}
	h_lit(r, "<table class=\"list problems\">\n<thead><tr>"
	    "<th class=\"st\"><span class=\"sr-only\">Solved</span></th>"
	    "<th>Title</th><th>Difficulty</th><th>Tags</th>"
	    "<th class=\"num\">Acceptance</th></tr></thead>\n<tbody>\n");
	for (i = 0; i < pg.n; i++) {
		p = pg.v[i];
		if (nsolved > 0 && has_id(solved, nsolved, p->id))
			h_lit(r, "<tr class=\"is-solved\"><td class=\"st\">"
			    "<span class=\"solved\" title=\"Solved\">"
			    SOLVED_MARK "</span></td>");
		else
			h_lit(r, "<tr><td class=\"st\"></td>");
		/* Pre-rendered (and escaped) by cat_finish. */
		h_raw_(r, p->row_html, p->row_len);
	}
	h_lit(r, "</tbody>\n</table>\n");
	list_pager(r, &pg);
	page_end(r);
	return 200;
}

/* The problem page. */

static void
h_limit_time(struct req *r, unsigned long ms)
{
	if (ms % 1000 == 0)
		h_textf(r, "%lu s", ms / 1000);
	else
		h_textf(r, "%.2g s", (double)ms / 1000.0);
}

static void
h_limit_memory(struct req *r, unsigned long kb)
{
	if (kb % 1024 == 0)
		h_textf(r, "%lu MB", kb / 1024);
	else
		h_textf(r, "%lu KB", kb);
}

static void
problem_statement(struct req *r, const struct catalog *c,
    const struct cat_problem *p, const struct cat_detail *d, int solved)
{
	const struct cat_sample	*s;
	double			 acc = cat_acceptance(p);
	size_t			 i;

	h_lit(r, "<div class=\"tab-pane\" id=\"pane-description\">\n"
	    "<h1>");
	h_text(r, p->title);
	if (solved)
		h_lit(r, " <span class=\"solved\" title=\"You solved this "
		    "problem\">" SOLVED_MARK "</span>");
	h_lit(r, "</h1>\n<div class=\"meta\"><span class=\"diff-");
	h_text(r, difficulty_names[p->difficulty]);
	h_lit(r, "\">");
	h_text(r, difficulty_labels[p->difficulty]);
	h_lit(r, "</span>\n");
	for (i = 0; i < p->ntags; i++) {
		h_lit(r, "<a class=\"tag\" href=\"/problems?tag=");
		h_url(r, cat_tag_name(c, p, i));
		h_lit(r, "\">");
		h_text(r, cat_tag_name(c, p, i));
		h_lit(r, "</a>");
	}
	h_lit(r, "\n<span class=\"muted\">");
	if (acc < 0)
		h_lit(r, "No submissions yet");
	else
		h_textf(r, "Acceptance %.1f%% (%lu of %lu)", acc,
		    p->accepted, p->submissions);
	h_lit(r, "</span></div>\n<p class=\"limits\">Time limit: ");
	h_limit_time(r, d->time_limit_ms);
	h_lit(r, " \xc2\xb7 Memory limit: ");
	h_limit_memory(r, d->memory_kb);
	if (p->is_function)
		h_lit(r, " \xc2\xb7 Function problem: complete the function "
		    "in the editor; input and output are handled for you.");
	h_lit(r, "</p>\n<article class=\"problem-text\">\n");
	/*
	 * The one trusted markup from data: rendered by lib/markdown.c at
	 * import with raw HTML disabled and unsafe links dropped.
	 */
	h_raw_(r, d->statement_html, strlen(d->statement_html));
	h_lit(r, "</article>\n");
	if (d->nsamples > 0) {
		h_lit(r, "<section class=\"samples\">\n<h2>Examples</h2>\n");
		for (i = 0; i < d->nsamples; i++) {
			s = &d->samples[i];
			h_lit(r, "<div class=\"sample\">\n<div><h3>Input ");
			h_int(r, (long long)i + 1);
			h_lit(r, "</h3><pre class=\"sample-in\">");
			h_textn(r, s->input, s->input_len);
			h_lit(r, "</pre></div>\n<div><h3>Output ");
			h_int(r, (long long)i + 1);
			h_lit(r, "</h3><pre class=\"sample-out\">");
			h_textn(r, s->expected, s->expected_len);
			h_lit(r, "</pre></div>\n");
			if (s->truncated)
				h_lit(r, "<p class=\"muted\">(shortened)"
				    "</p>\n");
			h_lit(r, "</div>\n");
		}
		h_lit(r, "</section>\n");
	}
	h_lit(r, "</div>\n");
}

/* The editor side: a form that works as it is, enhanced by problem.js. */
static void
problem_coding(struct req *r, const struct cat_problem *p,
    const struct cat_detail *d, const struct web_lang *sel)
{
	const char	*stub, *contest;
	size_t		 i;

	h_lit(r, "<form class=\"coding\" id=\"coding\" method=\"post\" "
	    "action=\"/submissions\">\n");
	if (r->user != NULL && r->user->csrf != NULL) {
		h_lit(r, "<input type=\"hidden\" name=\"csrf\" value=\"");
		h_attr(r, r->user->csrf);
		h_lit(r, "\">\n");
	}
	h_lit(r, "<input type=\"hidden\" name=\"problem\" value=\"");
	h_attr(r, p->slug);
	/* Opened from a contest page (?contest=): submissions go to it. */
	if ((contest = req_query(r, "contest")) != NULL &&
	    slug_check(contest)) {
		h_lit(r, "\">\n<input type=\"hidden\" name=\"contest\" "
		    "value=\"");
		h_attr(r, contest);
	}
	h_lit(r, "\">\n<div class=\"toolbar\">\n<select id=\"language\" "
	    "name=\"language\" aria-label=\"Language\">\n");
	for (i = 0; i < nweb_langs; i++) {
		if ((stub = cat_stub(d, p, &web_langs[i])) == NULL)
			continue;
		h_lit(r, "<option value=\"");
		h_attr(r, web_langs[i].id);
		h_lit(r, "\" data-monaco=\"");
		h_attr(r, web_langs[i].monaco);
		h_lit(r, "\" data-stub=\"");
		h_attr(r, stub);
		h_lit(r, "\"");
		if (&web_langs[i] == sel)
			h_lit(r, " selected");
		h_lit(r, ">");
		h_text(r, web_langs[i].name);
		h_lit(r, "</option>\n");
	}
	h_lit(r, "</select>\n<button type=\"button\" class=\"secondary\" "
	    "id=\"reset\" title=\"Replace the code with the starting code\" "
	    "hidden>Reset</button>\n<span class=\"spacer\"></span>\n"
	    "<span class=\"status muted\" id=\"status\"></span>\n");
	if (r->user != NULL)
		h_lit(r, "<button type=\"button\" class=\"secondary\" "
		    "id=\"run\" hidden>Run</button>\n"
		    "<button type=\"submit\" id=\"submit\">Submit</button>\n");
	else {
		h_lit(r, "<a class=\"btn\" id=\"login\" "
		    "href=\"/login?next=/problems/");
		h_url(r, p->slug);
		h_lit(r, "\">Log in to submit</a>\n");
	}
	h_lit(r, "</div>\n<div class=\"editor\" id=\"editor\">"
	    "<textarea id=\"source\" name=\"source\" spellcheck=\"false\" "
	    "autocapitalize=\"off\" autocomplete=\"off\" "
	    "aria-label=\"Source code\" rows=\"24\">");
	h_text(r, sel != NULL ? cat_stub(d, p, sel) : "");
	h_lit(r, "</textarea></div>\n"
	    "<div class=\"console\" id=\"console\" hidden>\n"
	    "<details id=\"custom\"><summary>Custom input</summary>"
	    "<textarea id=\"custom-input\" rows=\"4\" spellcheck=\"false\" "
	    "aria-label=\"Custom input for Run\" placeholder=\"Run uses the "
	    "examples unless you type an input here\"></textarea></details>\n"
	    "<div class=\"result\" id=\"result\" aria-live=\"polite\"></div>\n"
	    "</div>\n</form>\n");
}

int
page_problem_show(struct req *r)
{
	const struct cat_problem *p;
	const struct cat_detail	*d;
	const struct catalog	*c;
	const struct web_lang	*sel = NULL;
	long long		*solved = NULL;
	size_t			 nsolved = 0, i;
	int			 status;

	if ((p = cat_lookup(r, req_param(r, "slug"), &c, &status)) == NULL)
		return status;
	if ((status = cat_detail(r, p, &d)) != 200)
		return status;
	if ((status = solved_ids(r, p->id, p->id, &solved, &nsolved)) != 0)
		return status;
	/* ?lang= picks the language of the plain form (no JavaScript). */
	sel = web_lang_find(req_query(r, "lang"));
	if (sel != NULL && cat_stub(d, p, sel) == NULL)
		sel = NULL;
	for (i = 0; sel == NULL && i < nweb_langs; i++)
		if (cat_stub(d, p, &web_langs[i]) != NULL)
			sel = &web_langs[i];

	page_begin_wide(r, p->title, NAV_PROBLEMS);
	h_lit(r, "<div class=\"workspace\" id=\"workspace\" data-slug=\"");
	h_attr(r, p->slug);
	h_lit(r, "\" data-kind=\"");
	h_text(r, p->is_function ? "function" : "stdio");
	h_lit(r, "\" data-signed-in=\"");
	h_int(r, r->user != NULL);
	h_lit(r, "\">\n");
	h_lit(r, "<section class=\"statement\" aria-label=\"Problem\">\n"
	    "<nav class=\"tabs\" id=\"tabs\" hidden>"
	    "<button type=\"button\" class=\"tab\" data-pane=\"description\" "
	    "aria-selected=\"true\">Description</button>"
	    "<button type=\"button\" class=\"tab\" data-pane=\"submissions\" "
	    "aria-selected=\"false\">Submissions</button></nav>\n");
	problem_statement(r, c, p, d, nsolved > 0);
	h_lit(r, "<div class=\"tab-pane\" id=\"pane-submissions\" hidden>\n"
	    "<h2>Your submissions</h2>\n<div id=\"my-submissions\">");
	if (r->user == NULL) {
		h_lit(r, "<p class=\"muted\"><a href=\"/login?next=/problems/");
		h_url(r, p->slug);
		h_lit(r, "\">Log in</a> to see your submissions.</p>");
	}
	h_lit(r, "</div>\n</div>\n</section>\n");
	problem_coding(r, p, d, sel);
	h_lit(r, "</div>\n");
	h_script(r, "/static/js/csp-styles.js");
	h_script(r, "/static/js/math.js");
	h_script(r, "/static/js/problem.js");
	page_end(r);
	return 200;
}
