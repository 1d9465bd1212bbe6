/* page-contests.c: contest pages: list, contest, leaderboard, admin forms. */
/*
 * Every page works without JavaScript: the contest page's countdown is
 * text rendered here (static/js/contest.js ticks it and reloads the page
 * at the start, when the problems appear), and the leaderboard page
 * reloads itself every 5 seconds through a <noscript> meta refresh while
 * static/js/leaderboard.js refreshes the table in place from the JSON API
 * (with its ETag) instead.  The leaderboard page renders the very JSON the
 * API serves (lb_get), so both always agree.  Scripts read data-*
 * attributes only; no data is ever written into a script.
 */
#include <stdio.h>
#include <string.h>

#include "contests.h"
#include "handlers.h"
#include "util.h"

#define PAGE_ROWS	50	/* leaderboard rows per page */

/* h_when: <time datetime="...Z">2025-03-01 18:00 UTC</time> */
static void
h_when(struct req *r, long long ms)
{
	char	 iso[40];

	contest_time_format(ms, 0, iso, sizeof(iso));
	h_lit(r, "<time datetime=\"");
	h_attr(r, iso);
	h_lit(r, "\">");
	iso[10] = ' ';
	iso[16] = '\0';
	h_text(r, iso);
	h_lit(r, " UTC</time>");
}

/* h_span: a duration as "2 d 03:04:05" or "03:04:05". */
static void
h_span(struct req *r, long long ms)
{
	long long	 s = ms < 0 ? 0 : ms / 1000;

	if (s >= 86400)
		h_textf(r, "%lld d ", s / 86400);
	h_textf(r, "%02lld:%02lld:%02lld", s / 3600 % 24, s / 60 % 60,
	    s % 60);
}

static void
h_minutes(struct req *r, long long min)
{
	if (min % 60 == 0)
		h_textf(r, "%lld h", min / 60);
	else if (min > 60)
		h_textf(r, "%lld h %lld min", min / 60, min % 60);
	else
		h_textf(r, "%lld min", min);
}

static void
h_error_box(struct req *r, const char *msg)
{
	if (msg == NULL)
		return;
	h_lit(r, "<div class=\"error-box\" role=\"alert\">");
	h_text(r, msg);
	h_lit(r, "</div>\n");
}

/* --- /contests ------------------------------------------------------------ */

struct list_row {
	const char	*slug;
	const char	*title;
	long long	 starts;
	long long	 ends;
	const char	*scoring;
};

static void
list_table(struct req *r, const char *heading, const struct list_row *v,
    size_t n, int phase, long long now)
{
	size_t	 i, shown = 0;

	h_lit(r, "<h2>");
	h_text(r, heading);
	h_lit(r, "</h2>\n");
	for (i = 0; i < n; i++)
		if ((phase == CONTEST_UPCOMING && now < v[i].starts) ||
		    (phase == CONTEST_RUNNING && now >= v[i].starts &&
		    now < v[i].ends) || (phase == CONTEST_ENDED &&
		    now >= v[i].ends)) {
			if (shown++ == 0)
				h_lit(r, "<table class=\"list contests\">\n"
				    "<thead><tr><th>Contest</th><th>Start"
				    "</th><th>Length</th><th>Scoring</th>"
				    "</tr></thead>\n<tbody>\n");
			h_lit(r, "<tr><td><a href=\"/contests/");
			h_url(r, v[i].slug);
			h_lit(r, "\">");
			h_text(r, v[i].title);
			h_lit(r, "</a></td><td>");
			h_when(r, v[i].starts);
			h_lit(r, "</td><td>");
			h_minutes(r, (v[i].ends - v[i].starts) / 60000);
			h_lit(r, "</td><td>");
			h_text(r, strcmp(v[i].scoring, "icpc") == 0 ? "ICPC" :
			    "Solved, then time");
			h_lit(r, "</td></tr>\n");
		}
	if (shown > 0)
		h_lit(r, "</tbody>\n</table>\n");
	else
		h_lit(r, "<p class=\"muted\">None.</p>\n");
}

/* GET /contests */
int
page_contests_list(struct req *r)
{
	struct list_row	*v;
	struct db_stmt	*st;
	size_t		 n = 0;
	long long	 now = 0;
	int		 rc;

	if ((v = arena_calloc(r->arena, CONTEST_LIST_MAX, sizeof(*v))) == NULL)
		return http_error(r, 500, NULL, NULL);
	st = db_stmt(r->db, STMT_CONTESTS_LIST);
	db_bind_int(st, 0, CONTEST_LIST_MAX);
	while ((rc = db_next(st)) == DB_ROW && n < CONTEST_LIST_MAX) {
		v[n].slug = db_col_dup(st, 0, r->arena);
		v[n].title = db_col_dup(st, 1, r->arena);
		v[n].starts = db_col_int(st, 2);
		v[n].ends = v[n].starts + db_col_int(st, 3) * 60000;
		v[n].scoring = db_col_dup(st, 4, r->arena);
		now = db_col_int(st, 7);
		if (v[n].slug == NULL || v[n].title == NULL ||
		    v[n].scoring == NULL)
			return http_error(r, 500, NULL, NULL);
		n++;
	}
	if (rc != DB_DONE)
		return db_http_status(r, rc);
	page_begin(r, "Contests", NAV_CONTESTS);
	h_lit(r, "<div class=\"page-head\"><h1>Contests</h1>");
	if (r->user != NULL && r->user->is_admin)
		h_lit(r, "<p><a class=\"btn\" href=\"/contests/new\">New "
		    "contest</a></p>");
	h_lit(r, "</div>\n");
	list_table(r, "Running", v, n, CONTEST_RUNNING, now);
	list_table(r, "Upcoming", v, n, CONTEST_UPCOMING, now);
	list_table(r, "Past", v, n, CONTEST_ENDED, now);
	page_end(r);
	return 200;
}

/* --- /contests/:slug -------------------------------------------------------- */

static void
countdown(struct req *r, const struct contest *c, long long now)
{
	enum contest_phase	 ph = contest_phase(c, now);

	h_lit(r, "<p class=\"countdown-box\">");
	h_lit(r, "<span class=\"countdown\" id=\"countdown\" data-starts=\"");
	h_int(r, c->starts_ms);
	h_lit(r, "\" data-ends=\"");
	h_int(r, c->ends_ms);
	h_lit(r, "\" data-now=\"");
	h_int(r, now);
	h_lit(r, "\" data-phase=\"");
	h_attr(r, contest_phase_names[ph]);
	h_lit(r, "\">");
	if (ph == CONTEST_UPCOMING) {
		h_lit(r, "Starts in ");
		h_span(r, c->starts_ms - now);
	} else if (ph == CONTEST_RUNNING) {
		h_lit(r, "Ends in ");
		h_span(r, c->ends_ms - now);
	} else
		h_lit(r, "The contest is over.");
	h_lit(r, "</span></p>\n");
}

static void
facts(struct req *r, const struct contest *c, long long now)
{
	h_lit(r, "<dl class=\"facts\">\n<dt>Start</dt><dd>");
	h_when(r, c->starts_ms);
	h_lit(r, "</dd>\n<dt>End</dt><dd>");
	h_when(r, c->ends_ms);
	h_lit(r, "</dd>\n<dt>Length</dt><dd>");
	h_minutes(r, c->duration_min);
	h_lit(r, "</dd>\n<dt>Scoring</dt><dd>");
	if (c->icpc)
		h_lit(r, "ICPC: problems solved, then penalty (minutes to "
		    "each first accepted solution plus 20 per rejected try "
		    "before it; compilation errors do not count)");
	else
		h_lit(r, "Problems solved, then the time of the last first "
		    "accepted solution");
	h_lit(r, "</dd>\n");
	if (c->freeze_min > 0) {
		h_lit(r, "<dt>Freeze</dt><dd>The public board freezes at ");
		h_when(r, c->freeze_ms);
		h_lit(r, " (the last ");
		h_minutes(r, c->freeze_min);
		h_lit(r, ")");
		if (c->unfrozen)
			h_lit(r, "; unfrozen");
		else if (contest_frozen(c, now))
			h_lit(r, "; frozen now");
		h_lit(r, "</dd>\n");
	}
	h_lit(r, "</dl>\n");
}

static void
problems_table(struct req *r, const struct contest *c, long long now,
    int can_submit)
{
	size_t	 i;

	h_lit(r, "<h2>Problems</h2>\n");
	if (!contest_problems_visible(r, c, now)) {
		h_lit(r, "<p class=\"muted\">The problems appear here when the "
		    "contest starts.</p>\n");
		return;
	}
	h_lit(r, "<table class=\"list contest-problems\">\n<tbody>\n");
	for (i = 0; i < c->nproblems; i++) {
		h_lit(r, "<tr><td class=\"label\">");
		h_text(r, c->problems[i].label);
		h_lit(r, "</td><td><a href=\"/problems/");
		h_url(r, c->problems[i].slug);
		h_lit(r, "?contest=");
		h_url(r, c->slug);
		h_lit(r, "\">");
		h_text(r, c->problems[i].title);
		h_lit(r, "</a></td><td class=\"num\">");
		if (can_submit) {
			h_lit(r, "<a href=\"/submissions/new?problem=");
			h_url(r, c->problems[i].slug);
			h_lit(r, "&amp;contest=");
			h_url(r, c->slug);
			h_lit(r, "\">Submit</a>");
		}
		h_lit(r, "</td></tr>\n");
	}
	h_lit(r, "</tbody>\n</table>\n");
}

static void
admin_box(struct req *r, const struct contest *c, long long now)
{
	enum contest_phase	 ph = contest_phase(c, now);

	h_lit(r, "<div class=\"card admin\">\n<h2>Administration</h2>\n"
	    "<p><a class=\"btn secondary\" href=\"/contests/");
	h_url(r, c->slug);
	h_lit(r, "/edit\">Edit</a></p>\n");
	if (ph == CONTEST_ENDED && c->freeze_min > 0 && !c->unfrozen) {
		h_lit(r, "<form method=\"post\" action=\"/contests/");
		h_url(r, c->slug);
		h_lit(r, "/unfreeze\">");
		h_csrf(r);
		h_lit(r, "<button type=\"submit\">Unfreeze the board</button>"
		    "</form>\n");
	}
	if (c->finalized) {
		h_lit(r, "<form method=\"post\" action=\"/contests/");
		h_url(r, c->slug);
		h_lit(r, "/reopen\">");
		h_csrf(r);
		h_lit(r, "<button class=\"secondary\" type=\"submit\">Reopen "
		    "the final standings</button> <span class=\"muted\">They "
		    "are deleted and written again from the current scores "
		    "within about ten seconds.</span></form>\n");
	}
	h_lit(r, "</div>\n");
}

/* GET /contests/:slug */
int
page_contest_show(struct req *r)
{
	const struct contest	*c;
	enum contest_phase	 ph;
	long long		 now, n;
	int			 rc, reg;

	if ((rc = contest_get(r, req_param(r, "slug"), &c)) != 200)
		return rc;
	if ((rc = contest_registered(r, c, &reg)) != DB_OK ||
	    (rc = contest_participants(r, c, &n)) != DB_OK)
		return db_http_status(r, rc);
	now = contest_now_ms(c);
	ph = contest_phase(c, now);
	page_begin(r, c->title, NAV_CONTESTS);
	h_lit(r, "<div class=\"page-head\"><h1>");
	h_text(r, c->title);
	h_lit(r, "</h1><p><a class=\"btn secondary\" href=\"/contests/");
	h_url(r, c->slug);
	h_lit(r, "/leaderboard\">Leaderboard</a></p></div>\n");
	countdown(r, c, now);
	if (*c->description != '\0') {
		h_lit(r, "<p class=\"description\">");
		h_text(r, c->description);
		h_lit(r, "</p>\n");
	}
	facts(r, c, now);
	h_lit(r, "<p class=\"muted\">");
	h_int(r, n);
	h_text(r, n == 1 ? " participant registered." :
	    " participants registered.");
	h_lit(r, "</p>\n");
	if (r->user == NULL && ph != CONTEST_ENDED)
		h_lit(r, "<p class=\"notice\"><a href=\"/login\">Sign in</a> "
		    "to register.</p>\n");
	else if (reg)
		h_lit(r, "<p class=\"notice registered\">You are registered."
		    "</p>\n");
	else if (r->user != NULL && ph != CONTEST_ENDED) {
		h_lit(r, "<form class=\"register\" method=\"post\" "
		    "action=\"/contests/");
		h_url(r, c->slug);
		h_lit(r, "/register\">");
		h_csrf(r);
		h_lit(r, "<button type=\"submit\">Register</button></form>\n");
	}
	problems_table(r, c, now, reg && ph == CONTEST_RUNNING);
	if (r->user != NULL && r->user->is_admin)
		admin_box(r, c, now);
	h_script(r, "/static/js/contest.js");
	page_end(r);
	return 200;
}

/* POST /contests/:slug/register (the form above) */
int
page_contest_register(struct req *r)
{
	const struct contest	*c;
	int			 rc;

	if ((rc = auth_require(r)) != 0 || (rc = auth_csrf_check(r)) != 0 ||
	    (rc = contest_get(r, req_param(r, "slug"), &c)) != 200 ||
	    (rc = contest_register(r, c)) != 200)
		return rc;
	return resp_redirect(r, 303, arena_printf(r->arena, "/contests/%s",
	    c->slug));
}

/* POST /contests/:slug/unfreeze and /reopen (admins) */
static int
admin_post(struct req *r, int reopen)
{
	const char	*slug = req_param(r, "slug");
	int		 rc;

	if ((rc = auth_require_admin(r)) != 0 ||
	    (rc = auth_csrf_check(r)) != 0 ||
	    (rc = contest_admin_action(r, slug, reopen)) != 200)
		return rc;
	return resp_redirect(r, 303, arena_printf(r->arena, "/contests/%s",
	    slug));
}

int
page_contest_unfreeze(struct req *r)
{
	return admin_post(r, 0);
}

int
page_contest_reopen(struct req *r)
{
	return admin_post(r, 1);
}

/* --- the admin form ------------------------------------------------------------ */

static void
field(struct req *r, const char *name, const char *label, const char *type,
    const char *value, const char *hint, int required)
{
	h_lit(r, "<label for=\"");
	h_attr(r, name);
	h_lit(r, "\">");
	h_text(r, label);
	h_lit(r, "</label>\n<input type=\"");
	h_attr(r, type);
	h_lit(r, "\" id=\"");
	h_attr(r, name);
	h_lit(r, "\" name=\"");
	h_attr(r, name);
	h_lit(r, "\" value=\"");
	h_attr(r, value);
	h_lit(r, "\"");
	if (strcmp(type, "datetime-local") == 0)
		h_lit(r, " step=\"1\"");	/* seconds, as stored */
	if (required)
		h_lit(r, " required");
	h_lit(r, ">\n");
	if (hint != NULL) {
		h_lit(r, "<p class=\"hint muted\">");
		h_text(r, hint);
		h_lit(r, "</p>\n");
	}
}

/* The values a form shows: what was typed, or the contest's. */
struct form_vals {
	const char	*slug;
	const char	*title;
	const char	*description;
	const char	*starts_at;
	const char	*duration;
	const char	*freeze;
	const char	*scoring;
	const char	*problems;
};

static void
contest_form(struct req *r, const char *edit_slug, const struct form_vals *v,
    const char *msg)
{
	page_begin(r, edit_slug ? "Edit contest" : "New contest",
	    NAV_CONTESTS);
	h_lit(r, "<h1>");
	h_text(r, edit_slug ? "Edit contest" : "New contest");
	h_lit(r, "</h1>\n");
	h_error_box(r, msg);
	h_lit(r, "<form class=\"stack contest-form\" method=\"post\" "
	    "action=\"");
	if (edit_slug != NULL) {
		h_lit(r, "/contests/");
		h_url(r, edit_slug);
		h_lit(r, "/edit\">");
	} else
		h_lit(r, "/contests\">");
	h_csrf(r);
	if (edit_slug == NULL)
		field(r, "slug", "Slug", "text", v->slug, "Its address: "
		    "a-z, 0-9 and -; it cannot change later.", 1);
	field(r, "title", "Title", "text", v->title, NULL, 1);
	h_lit(r, "<label for=\"description\">Description</label>\n"
	    "<textarea id=\"description\" name=\"description\" rows=\"4\">");
	h_text(r, v->description);
	h_lit(r, "</textarea>\n");
	field(r, "starts_at", "Start (UTC)", "datetime-local", v->starts_at,
	    "Problems stay hidden until then.", 1);
	field(r, "duration_minutes", "Length in minutes", "number",
	    v->duration, NULL, 1);
	field(r, "freeze_minutes", "Freeze the board for the last minutes",
	    "number", v->freeze, "0: no freeze.", 0);
	h_lit(r, "<label for=\"scoring\">Scoring</label>\n<select "
	    "id=\"scoring\" name=\"scoring\"><option value=\"default\"");
	if (strcmp(v->scoring, "icpc") != 0)
		h_lit(r, " selected");
	h_lit(r, ">Solved, then time</option><option value=\"icpc\"");
	if (strcmp(v->scoring, "icpc") == 0)
		h_lit(r, " selected");
	h_lit(r, ">ICPC (penalty)</option></select>\n");
	field(r, "problems", "Problems", "text", v->problems, "Problem slugs "
	    "in order, separated by commas; they become A, B, C...", 1);
	h_lit(r, "<button type=\"submit\">");
	h_text(r, edit_slug ? "Save" : "Create the contest");
	h_lit(r, "</button>\n</form>\n");
	page_end(r);
}

static void
vals_from_form(struct req *r, struct form_vals *v)
{
	const char	*s;

	memset(v, 0, sizeof(*v));
	v->slug = (s = req_form(r, "slug")) ? s : "";
	v->title = (s = req_form(r, "title")) ? s : "";
	v->description = (s = req_form(r, "description")) ? s : "";
	v->starts_at = (s = req_form(r, "starts_at")) ? s : "";
	v->duration = (s = req_form(r, "duration_minutes")) ? s : "90";
	v->freeze = (s = req_form(r, "freeze_minutes")) ? s : "0";
	v->scoring = (s = req_form(r, "scoring")) ? s : "default";
	v->problems = (s = req_form(r, "problems")) ? s : "";
}

static char *
local_time(struct req *r, long long ms)
{
	char	 s[40];

	contest_time_format(ms, 0, s, sizeof(s));
	s[19] = '\0';	/* datetime-local: YYYY-MM-DDTHH:MM:SS */
	return arena_strdup(r->arena, s);
}

/* GET /contests/new (admins) */
int
page_contest_new(struct req *r)
{
	struct form_vals	 v;
	int			 rc;

	if ((rc = auth_require_admin(r)) != 0)
		return rc;
	memset(&v, 0, sizeof(v));
	v.slug = v.title = v.description = v.problems = "";
	v.starts_at = local_time(r, contest_now_ms(NULL) + 3600000);
	v.duration = "90";
	v.freeze = "0";
	v.scoring = "default";
	contest_form(r, NULL, &v, NULL);
	return 200;
}

/* POST /contests (admins): the form above. */
int
page_contest_create(struct req *r)
{
	struct contest_form	 f;
	struct form_vals	 v;
	int			 rc;

	if ((rc = auth_require_admin(r)) != 0 ||
	    (rc = auth_csrf_check(r)) != 0)
		return rc;
	if ((rc = contest_form_text(r, &f, 1)) == 0 &&
	    (rc = contest_save(r, NULL, &f)) == 201)
		return resp_redirect(r, 303, arena_printf(r->arena,
		    "/contests/%s", f.slug));
	if (rc >= 500)
		return rc;
	vals_from_form(r, &v);
	contest_form(r, NULL, &v, r->err_msg);
	return rc;
}

/* GET /contests/:slug/edit (admins) */
int
page_contest_edit(struct req *r)
{
	const struct contest	*c;
	struct form_vals	 v;
	struct buf		 b;
	size_t			 i;
	int			 rc;

	if ((rc = auth_require_admin(r)) != 0 ||
	    (rc = contest_get(r, req_param(r, "slug"), &c)) != 200)
		return rc;
	memset(&v, 0, sizeof(v));
	v.title = c->title;
	v.description = c->description;
	v.starts_at = local_time(r, c->starts_ms);
	v.duration = arena_printf(r->arena, "%d", c->duration_min);
	v.freeze = arena_printf(r->arena, "%d", c->freeze_min);
	v.scoring = c->icpc ? "icpc" : "default";
	buf_init(&b, 64 * 1024);
	for (i = 0; i < c->nproblems; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", c->problems[i].slug);
	v.problems = arena_strdup(r->arena, buf_cstr(&b));
	buf_free(&b);
	if (v.starts_at == NULL || v.duration == NULL || v.freeze == NULL ||
	    v.problems == NULL)
		return http_error(r, 500, NULL, NULL);
	contest_form(r, c->slug, &v, NULL);
	return 200;
}

/* POST /contests/:slug/edit (admins) */
int
page_contest_update(struct req *r)
{
	struct contest_form	 f;
	struct form_vals	 v;
	const char		*slug = req_param(r, "slug");
	int			 rc;

	if ((rc = auth_require_admin(r)) != 0 ||
	    (rc = auth_csrf_check(r)) != 0)
		return rc;
	if (!slug_check(slug))
		return http_error(r, 404, "no_such_contest",
		    "There is no such contest.");
	if ((rc = contest_form_text(r, &f, 0)) == 0 &&
	    (rc = contest_save(r, slug, &f)) == 200)
		return resp_redirect(r, 303, arena_printf(r->arena,
		    "/contests/%s", slug));
	if (rc >= 500 || rc == 404)
		return rc;
	vals_from_form(r, &v);
	contest_form(r, slug, &v, r->err_msg);
	return rc;
}

/* --- /contests/:slug/leaderboard ------------------------------------------------- */

static long long
jint(struct json_object *o, const char *key)
{
	struct json_object	*v;

	return json_object_object_get_ex(o, key, &v) ?
	    json_object_get_int64(v) : 0;
}

static const char *
jstr(struct json_object *o, const char *key)
{
	struct json_object	*v;

	return json_object_object_get_ex(o, key, &v) &&
	    json_object_is_type(v, json_type_string) ?
	    json_object_get_string(v) : NULL;
}

static void
board_cell(struct req *r, struct json_object *cell, struct json_object *first,
    const char *user)
{
	struct json_object	*ac;
	const char		*label = jstr(cell, "label"), *f;
	long long		 tries = jint(cell, "tries");

	f = label != NULL ? jstr(first, label) : NULL;
	if (json_object_object_get_ex(cell, "ac_minute", &ac) && ac != NULL) {
		h_lit(r, "<td class=\"cell ac");
		if (f != NULL && user != NULL && strcmp(f, user) == 0)
			h_lit(r, " first\" title=\"First to solve");
		h_lit(r, "\">+");
		if (tries > 0)
			h_int(r, tries);
		h_lit(r, "<small>");
		h_int(r, json_object_get_int64(ac));
		h_lit(r, "</small></td>");
	} else if (tries > 0) {
		h_lit(r, "<td class=\"cell no\">\xe2\x88\x92");
		h_int(r, tries);
		h_lit(r, "</td>");
	} else
		h_lit(r, "<td class=\"cell\"></td>");
}

static void
board_row(struct req *r, const struct contest *c, struct json_object *row,
    struct json_object *first, int is_me)
{
	struct json_object	*cells;
	const char		*user = jstr(row, "user");
	long long		 t;
	size_t			 i, n;

	if (is_me)
		h_lit(r, "<tr class=\"me\">");
	else
		h_lit(r, "<tr>");
	h_lit(r, "<td class=\"num\">");
	h_int(r, jint(row, "rank"));
	h_lit(r, "</td><td class=\"user\">");
	h_text(r, user != NULL ? user : "?");
	h_lit(r, "</td><td class=\"num\">");
	h_int(r, jint(row, "solved"));
	h_lit(r, "</td><td class=\"num\">");
	if (c->icpc)
		h_int(r, jint(row, "penalty"));
	else {
		t = jint(row, "time");
		h_textf(r, "%lld:%02lld:%02lld", t / 3600, t / 60 % 60, t % 60);
	}
	h_lit(r, "</td>");
	n = json_object_object_get_ex(row, "problems", &cells) &&
	    json_object_is_type(cells, json_type_array) ?
	    json_object_array_length(cells) : 0;
	for (i = 0; i < c->nproblems; i++) {
		if (i < n)
			board_cell(r, json_object_array_get_idx(cells, i),
			    first, user);
		else
			h_lit(r, "<td class=\"cell\"></td>");
	}
	h_lit(r, "</tr>\n");
}

static void
board_pager(struct req *r, const struct contest *c, long long page,
    long long total)
{
	long long	 pages = (total + PAGE_ROWS - 1) / PAGE_ROWS;

	h_lit(r, "<nav class=\"pager\"><span class=\"muted\" "
	    "id=\"board-total\">");
	h_int(r, total);
	h_text(r, total == 1 ? " participant" : " participants");
	h_lit(r, "</span>");
	if (page > 1) {
		h_lit(r, "<a href=\"/contests/");
		h_url(r, c->slug);
		h_textf(r, "/leaderboard?page=%lld", page - 1);
		h_lit(r, "\">&larr; Previous</a>");
	}
	if (page < pages) {
		h_lit(r, "<a href=\"/contests/");
		h_url(r, c->slug);
		h_textf(r, "/leaderboard?page=%lld", page + 1);
		h_lit(r, "\">Next &rarr;</a>");
	}
	h_lit(r, "</nav>\n");
}

static void
board_notes(struct req *r, const struct contest *c, struct json_object *o,
    struct json_object *me)
{
	struct json_object	*v;

	if (json_object_object_get_ex(o, "final", &v) &&
	    json_object_get_boolean(v))
		h_lit(r, "<p class=\"notice\">Final standings.</p>\n");
	if (json_object_object_get_ex(o, "frozen", &v) &&
	    json_object_get_boolean(v)) {
		h_lit(r, "<p class=\"notice frozen\">The board is frozen since ");
		h_when(r, c->freeze_ms);
		h_lit(r, ": it shows the standings at that time");
		if (me != NULL)
			h_lit(r, "; your own row shows your results as they "
			    "are");
		h_lit(r, ".</p>\n");
	}
	if (json_object_object_get_ex(o, "degraded", &v) &&
	    json_object_get_boolean(v))
		h_lit(r, "<p class=\"notice\">The live board is unavailable; "
		    "these standings come from the database and refresh more "
		    "slowly.</p>\n");
	if (me != NULL) {
		h_lit(r, "<p class=\"my-rank\">Your rank: <strong "
		    "id=\"my-rank\">");
		h_int(r, jint(me, "rank"));
		h_lit(r, "</strong></p>\n");
	}
}

/* find_me: ?page=me redirects to the page that holds the caller's row. */
static int
find_me(struct req *r, const struct contest *c)
{
	struct lb_query		 q;
	struct json_object	*o, *pos;
	const char		*body, *etag;
	long long		 page = 1;
	size_t			 len;
	int			 rc;

	if (r->user == NULL)
		return resp_redirect(r, 303, "/login");
	memset(&q, 0, sizeof(q));
	q.around = 1;
	if ((rc = lb_get(r, c, &q, &body, &len, &etag)) != 200)
		return rc;
	if ((o = json_tokener_parse(body)) == NULL)
		return http_error(r, 500, NULL, NULL);
	if (json_object_object_get_ex(o, "position", &pos) && pos != NULL)
		page = json_object_get_int64(pos) / PAGE_ROWS + 1;
	json_object_put(o);
	return resp_redirect(r, 303, arena_printf(r->arena,
	    "/contests/%s/leaderboard?page=%lld", c->slug, page));
}

/* GET /contests/:slug/leaderboard[?page=N|me] */
int
page_contest_leaderboard(struct req *r)
{
	const struct contest	*c;
	struct lb_query		 q;
	struct json_object	*o, *rows, *first = NULL, *me = NULL, *row;
	const char		*body, *etag, *s, *me_name;
	long long		 page = 1;
	size_t			 len, i, n;
	int			 rc;

	if ((rc = contest_get(r, req_param(r, "slug"), &c)) != 200)
		return rc;
	if ((s = req_query(r, "page")) != NULL && strcmp(s, "me") == 0)
		return find_me(r, c);
	if (s != NULL && req_int(s, 1, LB_OFFSET_MAX / PAGE_ROWS, &page) == -1)
		return http_error(r, 400, "invalid_page", "page must be a "
		    "whole number from 1, or me.");
	memset(&q, 0, sizeof(q));
	q.offset = (page - 1) * PAGE_ROWS;
	q.limit = PAGE_ROWS;
	if ((rc = lb_get(r, c, &q, &body, &len, &etag)) != 200)
		return rc;
	if ((o = json_tokener_parse(body)) == NULL)
		return http_error(r, 500, NULL, NULL);
	json_object_object_get_ex(o, "first", &first);
	json_object_object_get_ex(o, "me", &me);
	me_name = r->user != NULL ? r->user->username : NULL;
	page_begin_refresh(r, c->title, NAV_CONTESTS, 5);
	h_lit(r, "<div class=\"page-head\"><h1>");
	h_text(r, c->title);
	h_lit(r, "</h1><p><a href=\"/contests/");
	h_url(r, c->slug);
	h_lit(r, "\">Contest page</a>");
	if (r->user != NULL) {
		h_lit(r, " \xc2\xb7 <a href=\"/contests/");
		h_url(r, c->slug);
		h_lit(r, "/leaderboard?page=me\">Find me</a>");
	}
	h_lit(r, "</p></div>\n");
	board_notes(r, c, o, me);
	h_lit(r, "<div class=\"board-wrap\"><table class=\"list board\" "
	    "id=\"board\" data-contest=\"");
	h_attr(r, c->slug);
	h_lit(r, "\" data-offset=\"");
	h_int(r, q.offset);
	h_lit(r, "\" data-limit=\"");
	h_int(r, q.limit);
	h_lit(r, "\" data-scoring=\"");
	h_attr(r, c->icpc ? "icpc" : "default");
	/* Its polls need the session only for admins and a frozen board. */
	h_lit(r, "\" data-session=\"");
	h_int(r, r->user != NULL && (r->user->is_admin ||
	    contest_frozen(c, contest_now_ms(c))));
	h_lit(r, "\" data-etag=\"");
	h_attr(r, etag);
	if (me_name != NULL) {
		h_lit(r, "\" data-me=\"");
		h_attr(r, me_name);
	}
	h_lit(r, "\">\n<thead><tr><th class=\"num\">#</th><th>User</th>"
	    "<th class=\"num\">Solved</th><th class=\"num\">");
	h_text(r, c->icpc ? "Penalty" : "Time");
	h_lit(r, "</th>");
	for (i = 0; i < c->nproblems; i++) {
		h_lit(r, "<th class=\"cell\">");
		h_text(r, c->problems[i].label);
		h_lit(r, "</th>");
	}
	h_lit(r, "</tr></thead>\n<tbody>\n");
	n = json_object_object_get_ex(o, "rows", &rows) ?
	    json_object_array_length(rows) : 0;
	for (i = 0; i < n; i++) {
		row = json_object_array_get_idx(rows, i);
		s = jstr(row, "user");
		/* A frozen participant's own row: as it truly is. */
		if (me_name != NULL && s != NULL && strcmp(s, me_name) == 0) {
			board_row(r, c, me != NULL ? me : row, first, 1);
			continue;
		}
		board_row(r, c, row, first, 0);
	}
	if (n == 0)
		h_lit(r, "<tr class=\"empty\"><td colspan=\"4\" class=\"muted\">"
		    "No standings yet.</td></tr>\n");
	h_lit(r, "</tbody>\n</table></div>\n");
	board_pager(r, c, page, jint(o, "total"));
	json_object_put(o);
	h_script(r, "/static/js/leaderboard.js");
	page_end(r);
	return 200;
}
