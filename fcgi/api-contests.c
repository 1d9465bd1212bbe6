/* api-contests.c: contests over the JSON API, and creating and editing them. */
/*
 * Creating and editing are shared with the admin web form (page-contests.c):
 * both fill a struct contest_form, which contest_save checks as a whole and
 * writes in one transaction.  Rules for edits: before the start anything
 * but the slug may change; once started, the start, the problems, the
 * scoring and the freeze are fixed and the duration may only grow (an
 * outage); once ended, only the title and the description.  A contest
 * whose start lies ahead hides its problems (contest-rules.c).
 */
#include <string.h>

#include "contests.h"
#include "escape.h"
#include "handlers.h"
#include "submit.h"
#include "util.h"

/* --- fields ------------------------------------------------------------ */

static int
bad(struct req *r, struct contest_form *f, const char *field,
    const char *code, const char *msg)
{
	f->bad_field = field;
	return http_error(r, 400, code, msg);
}

static int
check_title(struct req *r, struct contest_form *f, const char *s)
{
	const unsigned char	*p;
	size_t			 n = strlen(s);

	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p < 0x20 || *p == 0x7f)
			n = 0;
	if (n == 0 || n > CONTEST_TITLE_MAX || !utf8_valid(s, n) ||
	    s[0] == ' ' || s[n - 1] == ' ')
		return bad(r, f, "title", "invalid_title", "The title must be "
		    "1 to 200 bytes of UTF-8 text on one line, without "
		    "leading or trailing spaces.");
	f->title = s;
	f->set |= CF_TITLE;
	return 0;
}

static int
check_desc(struct req *r, struct contest_form *f, const char *s)
{
	size_t	 n = strlen(s);

	if (n > CONTEST_DESC_MAX || (n > 0 && !utf8_valid(s, n)))
		return bad(r, f, "description", "invalid_description",
		    "The description must be UTF-8 text of at most 10000 "
		    "bytes.");
	f->description = s;
	f->set |= CF_DESC;
	return 0;
}

static int
check_slug(struct req *r, struct contest_form *f, const char *s)
{
	if (!slug_check(s))
		return bad(r, f, "slug", "invalid_slug", "The slug must be 1 "
		    "to 64 characters of a-z, 0-9 and '-', not starting with "
		    "'-'.");
	f->slug = s;
	f->set |= CF_SLUG;
	return 0;
}

static int
check_starts(struct req *r, struct contest_form *f, const char *s)
{
	if (contest_time_parse(s, &f->starts_ms) == -1)
		return bad(r, f, "starts_at", "invalid_starts_at", "starts_at "
		    "must be an ISO 8601 date and time in UTC, such as "
		    "2025-03-01T18:00:00Z.");
	f->set |= CF_STARTS;
	return 0;
}

static int
check_duration(struct req *r, struct contest_form *f, long long v)
{
	if (v < 1 || v > CONTEST_DURATION_MAX)
		return bad(r, f, "duration_minutes", "invalid_duration",
		    "duration_minutes must be a whole number from 1 to 20160 "
		    "(two weeks).");
	f->duration_min = v;
	f->set |= CF_DURATION;
	return 0;
}

static int
check_freeze(struct req *r, struct contest_form *f, long long v)
{
	if (v < 0 || v > CONTEST_DURATION_MAX)
		return bad(r, f, "freeze_minutes", "invalid_freeze",
		    "freeze_minutes must be a whole number from 0 to less "
		    "than the duration.");
	f->freeze_min = v;
	f->set |= CF_FREEZE;
	return 0;
}

static int
check_scoring(struct req *r, struct contest_form *f, const char *s)
{
	if (strcmp(s, "default") != 0 && strcmp(s, "icpc") != 0)
		return bad(r, f, "scoring", "invalid_scoring", "scoring must "
		    "be \"default\" or \"icpc\".");
	f->icpc = strcmp(s, "icpc") == 0;
	f->set |= CF_SCORING;
	return 0;
}

/* add_problem: one slug of the list, in order.  0 or 400. */
static int
add_problem(struct req *r, struct contest_form *f, const char *s)
{
	size_t	 i;

	if (!slug_check(s))
		return bad(r, f, "problems", "invalid_problems", "problems "
		    "must be a list of problem slugs.");
	if (f->nproblems == CONTEST_PROBLEMS_MAX)
		return bad(r, f, "problems", "invalid_problems", "A contest "
		    "has at most 26 problems (A to Z).");
	for (i = 0; i < f->nproblems; i++)
		if (strcmp(f->problems[i], s) == 0)
			return bad(r, f, "problems", "duplicate_problem",
			    arena_printf(r->arena, "The problem \"%s\" is "
			    "listed twice.", s));
	f->problems[f->nproblems++] = s;
	return 0;
}

static int
no_problems(struct req *r, struct contest_form *f)
{
	return bad(r, f, "problems", "invalid_problems", "A contest needs at "
	    "least one problem.");
}

/* defaults: a new (or wholly replaced) contest's optional fields. */
static void
defaults(struct contest_form *f)
{
	if (!(f->set & CF_DESC))
		f->description = "";
	if (!(f->set & CF_DURATION))
		f->duration_min = 90;
	if (!(f->set & CF_FREEZE))
		f->freeze_min = 0;
	if (!(f->set & CF_SCORING))
		f->icpc = 0;
	f->set |= CF_DESC | CF_DURATION | CF_FREEZE | CF_SCORING;
}

static int
json_str(struct req *r, struct contest_form *f, const char *key,
    struct json_object *v, const char **out)
{
	if (!json_object_is_type(v, json_type_string))
		return bad(r, f, key, arena_printf(r->arena, "invalid_%s",
		    key), arena_printf(r->arena, "%s must be a string.", key));
	*out = json_object_get_string(v);
	if (strlen(*out) != (size_t)json_object_get_string_len(v))
		return bad(r, f, key, arena_printf(r->arena, "invalid_%s", key),
		    "Text fields cannot contain NUL characters.");
	return 0;
}

static int
json_int(struct json_object *v, long long *out)
{
	if (!json_object_is_type(v, json_type_int))
		return -1;
	*out = json_object_get_int64(v);
	return 0;
}

/* one_json: the member key = v into f.  0 or 400. */
static int
one_json(struct req *r, struct contest_form *f, const char *key,
    struct json_object *v)
{
	const char	*s;
	long long	 n;
	size_t		 i, len;
	int		 rc;

	if (strcmp(key, "slug") == 0)
		return (rc = json_str(r, f, key, v, &s)) ? rc :
		    check_slug(r, f, s);
	if (strcmp(key, "title") == 0)
		return (rc = json_str(r, f, key, v, &s)) ? rc :
		    check_title(r, f, s);
	if (strcmp(key, "description") == 0)
		return (rc = json_str(r, f, key, v, &s)) ? rc :
		    check_desc(r, f, s);
	if (strcmp(key, "starts_at") == 0)
		return (rc = json_str(r, f, key, v, &s)) ? rc :
		    check_starts(r, f, s);
	if (strcmp(key, "scoring") == 0)
		return (rc = json_str(r, f, key, v, &s)) ? rc :
		    check_scoring(r, f, s);
	if (strcmp(key, "duration_minutes") == 0)
		return json_int(v, &n) ? check_duration(r, f, -1) :
		    check_duration(r, f, n);
	if (strcmp(key, "freeze_minutes") == 0)
		return json_int(v, &n) ? check_freeze(r, f, -1) :
		    check_freeze(r, f, n);
	if (strcmp(key, "problems") == 0) {
		if (!json_object_is_type(v, json_type_array))
			return bad(r, f, key, "invalid_problems", "problems "
			    "must be a list of problem slugs.");
		len = json_object_array_length(v);
		for (i = 0; i < len; i++) {
			if (!json_object_is_type(json_object_array_get_idx(v,
			    i), json_type_string))
				return bad(r, f, key, "invalid_problems",
				    "problems must be a list of problem "
				    "slugs.");
			s = json_object_get_string(
			    json_object_array_get_idx(v, i));
			if ((rc = add_problem(r, f, s)) != 0)
				return rc;
		}
		if (f->nproblems == 0)
			return no_problems(r, f);
		f->set |= CF_PROBLEMS;
		return 0;
	}
	return bad(r, f, key, "unknown_field", arena_printf(r->arena,
	    "Unknown field \"%s\".", key));
}

int
contest_form_json(struct req *r, struct contest_form *f)
{
	static const struct {
		unsigned	 bit;
		const char	*name;
	} required[] = {
		{ CF_SLUG, "slug" },
		{ CF_TITLE, "title" },
		{ CF_STARTS, "starts_at" },
		{ CF_PROBLEMS, "problems" },
	};
	size_t	 i;
	int	 rc, create = r->method == HTTP_POST, full;

	memset(f, 0, sizeof(*f));
	full = create || r->method == HTTP_PUT;
	if (r->json == NULL)
		return bad(r, f, NULL, "invalid_body", "Send the contest as a "
		    "JSON object.");
	json_object_object_foreach(r->json, key, v) {
		if ((rc = one_json(r, f, key, v)) != 0)
			return rc;
	}
	for (i = 0; full && i < sizeof(required) / sizeof(required[0]); i++) {
		if (required[i].bit == CF_SLUG && !create)
			continue;
		if (!(f->set & required[i].bit))
			return bad(r, f, required[i].name, "missing_field",
			    arena_printf(r->arena, "The field \"%s\" is "
			    "required.", required[i].name));
	}
	if (full)
		defaults(f);
	return 0;
}

int
contest_form_text(struct req *r, struct contest_form *f, int create)
{
	const char	*s;
	char		*list, *p, *e;
	long long	 n;
	int		 rc;

	memset(f, 0, sizeof(*f));
	if (create && (rc = check_slug(r, f, (s = req_form(r, "slug")) ?
	    s : "")) != 0)
		return rc;
	if ((rc = check_title(r, f, (s = req_form(r, "title")) ? s : "")))
		return rc;
	if ((s = req_form(r, "description")) != NULL &&
	    (rc = check_desc(r, f, s)) != 0)
		return rc;
	if ((rc = check_starts(r, f, (s = req_form(r, "starts_at")) ? s :
	    "")) != 0)
		return rc;
	if ((s = req_form(r, "duration_minutes")) != NULL && *s != '\0' &&
	    (rc = check_duration(r, f, req_int(s, 0, CONTEST_DURATION_MAX,
	    &n) ? -1 : n)) != 0)
		return rc;
	if ((s = req_form(r, "freeze_minutes")) != NULL && *s != '\0' &&
	    (rc = check_freeze(r, f, req_int(s, 0, CONTEST_DURATION_MAX,
	    &n) ? -1 : n)) != 0)
		return rc;
	if ((s = req_form(r, "scoring")) != NULL &&
	    (rc = check_scoring(r, f, s)) != 0)
		return rc;
	s = req_form(r, "problems");
	if ((list = arena_strdup(r->arena, s ? s : "")) == NULL)
		return http_error(r, 413, NULL, NULL);
	for (p = list; *p != '\0'; p = e) {
		p += strspn(p, ", \t\r\n");
		if (*p == '\0')
			break;
		e = p + strcspn(p, ", \t\r\n");
		if (*e != '\0')
			*e++ = '\0';
		if ((rc = add_problem(r, f, p)) != 0)
			return rc;
	}
	if (f->nproblems == 0)
		return no_problems(r, f);
	f->set |= CF_PROBLEMS;
	defaults(f);
	return 0;
}

/* --- saving -------------------------------------------------------------- */

struct save_ctx {
	struct req		*r;
	const char		*slug;		/* edit: the contest */
	struct contest_form	*f;
	long long		 pids[CONTEST_PROBLEMS_MAX];
	long long		 id;		/* out */
	int			 status;	/* refused inside: its status */
};

static int
refuse(struct save_ctx *x, int status, const char *field, const char *code,
    const char *msg)
{
	x->f->bad_field = field;
	x->status = http_error(x->r, status, code, msg);
	return DB_CONFLICT;	/* rolls back */
}

/* write_problems: contest_problems of x->id as x->pids, labels A, B... */
static int
write_problems(struct db *db, struct save_ctx *x)
{
	struct db_stmt	*st;
	char		 label[2] = "A";
	size_t		 i;
	int		 rc;

	st = db_stmt(db, STMT_CONTEST_PROBLEMS_DELETE_BY_CONTEST);
	db_bind_int(st, 0, x->id);
	if ((rc = db_exec(st)) != DB_OK)
		return rc;
	for (i = 0; i < x->f->nproblems; i++) {
		label[0] = (char)('A' + i);
		st = db_stmt(db, STMT_CONTEST_PROBLEMS_INSERT);
		db_bind_int(st, 0, x->id);
		db_bind_text(st, 1, label);
		db_bind_int(st, 2, (long long)i);
		db_bind_int(st, 3, x->pids[i]);
		if ((rc = db_exec(st)) != DB_OK)
			return rc;
	}
	return DB_OK;
}

static int
create_txn(struct db *db, void *arg)
{
	struct save_ctx		*x = arg;
	struct contest_form	*f = x->f;
	struct db_stmt		*st;
	char			 when[40];
	int			 rc;

	contest_time_format(f->starts_ms, 1, when, sizeof(when));
	st = db_stmt(db, STMT_CONTESTS_INSERT);
	db_bind_text(st, 0, f->slug);
	db_bind_text(st, 1, f->title);
	db_bind_text(st, 2, f->description);
	db_bind_text(st, 3, when);
	db_bind_int(st, 4, f->duration_min);
	db_bind_text(st, 5, f->icpc ? "icpc" : "default");
	db_bind_int(st, 6, f->freeze_min);
	db_bind_int(st, 7, x->r->user->id);
	if ((rc = db_exec(st)) == DB_CONFLICT)
		return refuse(x, 409, "slug", "slug_taken", "A contest with "
		    "this slug exists already.");
	if (rc != DB_OK)
		return rc;
	x->id = (long long)db_insert_id(st);
	if ((rc = write_problems(db, x)) != DB_OK)
		return rc;
	st = db_stmt(db, STMT_PROBLEMS_HIDE_BY_CONTEST);
	db_bind_int(st, 0, x->id);
	return db_exec(st);
}

/* The current values of a contest being edited. */
struct current {
	const char	*title;
	const char	*description;
	long long	 starts_ms;
	long long	 duration_min;
	long long	 freeze_min;
	int		 icpc;
	int		 started;
	int		 ended;
	long long	 now_ms;
	long long	 pids[CONTEST_PROBLEMS_MAX];
	size_t		 npids;
};

static int
load_current(struct db *db, struct save_ctx *x, struct current *cur)
{
	struct db_stmt	*st;
	struct arena	*a = x->r->arena;
	int		 rc;

	st = db_stmt(db, STMT_CONTESTS_LOCK_BY_SLUG);
	db_bind_text(st, 0, x->slug);
	if ((rc = db_row(st)) == DB_NOTFOUND)
		return refuse(x, 404, NULL, "no_such_contest",
		    "There is no such contest.");
	if (rc != DB_OK)
		return rc;
	x->id = db_col_int(st, 0);
	cur->title = db_col_dup(st, 1, a);
	cur->description = db_col_dup(st, 2, a);
	cur->starts_ms = db_col_int(st, 3);
	cur->duration_min = db_col_int(st, 4);
	cur->icpc = strcmp(db_col_text(st, 5), "icpc") == 0;
	cur->freeze_min = db_col_int(st, 6);
	cur->started = db_col_int(st, 7) != 0;
	cur->ended = db_col_int(st, 8) != 0;
	cur->now_ms = db_col_int(st, 9);
	if (cur->title == NULL || cur->description == NULL)
		return DB_ERR;
	st = db_stmt(db, STMT_CONTEST_PROBLEMS_LABELS);
	db_bind_int(st, 0, x->id);
	while ((rc = db_next(st)) == DB_ROW)
		if (cur->npids < CONTEST_PROBLEMS_MAX)
			cur->pids[cur->npids++] = db_col_int(st, 1);
	return rc == DB_DONE ? DB_OK : rc;
}

static int
same_problems(const struct save_ctx *x, const struct current *cur)
{
	return x->f->nproblems == cur->npids && memcmp(x->pids, cur->pids,
	    cur->npids * sizeof(cur->pids[0])) == 0;
}

/* edit_allowed: the rules for a contest that started or ended. */
static int
edit_allowed(struct save_ctx *x, const struct current *cur)
{
	struct contest_form	*f = x->f;
	const char		*locked = NULL;

	if (!cur->started)
		return DB_OK;
	/* Seconds: the web form carries no milliseconds. */
	if ((f->set & CF_STARTS) && f->starts_ms / 1000 !=
	    cur->starts_ms / 1000)
		locked = "starts_at";
	else if ((f->set & CF_PROBLEMS) && !same_problems(x, cur))
		locked = "problems";
	else if ((f->set & CF_SCORING) && f->icpc != cur->icpc)
		locked = "scoring";
	else if ((f->set & CF_FREEZE) && f->freeze_min != cur->freeze_min)
		locked = "freeze_minutes";
	else if ((f->set & CF_DURATION) && f->duration_min !=
	    cur->duration_min && (cur->ended || f->duration_min <
	    cur->duration_min))
		locked = "duration_minutes";
	if (locked == NULL)
		return DB_OK;
	return refuse(x, 409, locked, "contest_started", arena_printf(
	    x->r->arena, "The contest has %s: %s can no longer change%s.",
	    cur->ended ? "ended" : "started", locked,
	    strcmp(locked, "duration_minutes") == 0 && !cur->ended ?
	    " (it may only be extended)" : ""));
}

static int
update_txn(struct db *db, void *arg)
{
	struct save_ctx		*x = arg;
	struct contest_form	*f = x->f;
	struct current		 cur;
	struct db_stmt		*st;
	char			 when[40];
	size_t			 i, j;
	int			 rc;

	memset(&cur, 0, sizeof(cur));
	if ((rc = load_current(db, x, &cur)) != DB_OK ||
	    (rc = edit_allowed(x, &cur)) != DB_OK)
		return rc;
	if (!(f->set & CF_TITLE))
		f->title = cur.title;
	if (!(f->set & CF_DESC))
		f->description = cur.description;
	if (!(f->set & CF_STARTS) || cur.started)	/* to the millisecond */
		f->starts_ms = cur.starts_ms;
	if (!(f->set & CF_DURATION))
		f->duration_min = cur.duration_min;
	if (!(f->set & CF_FREEZE))
		f->freeze_min = cur.freeze_min;
	if (!(f->set & CF_SCORING))
		f->icpc = cur.icpc;
	if (f->freeze_min >= f->duration_min)
		return refuse(x, 400, "freeze_minutes", "invalid_freeze",
		    "freeze_minutes must be less than duration_minutes.");
	contest_time_format(f->starts_ms, 1, when, sizeof(when));
	st = db_stmt(db, STMT_CONTESTS_UPDATE);
	db_bind_text(st, 0, f->title);
	db_bind_text(st, 1, f->description);
	db_bind_text(st, 2, when);
	db_bind_int(st, 3, f->duration_min);
	db_bind_text(st, 4, f->icpc ? "icpc" : "default");
	db_bind_int(st, 5, f->freeze_min);
	db_bind_int(st, 6, x->id);
	if ((rc = db_exec(st)) != DB_OK)
		return rc;
	if ((f->set & CF_PROBLEMS) && !same_problems(x, &cur)) {
		if ((rc = write_problems(db, x)) != DB_OK)
			return rc;
		/* Problems dropped from an upcoming contest show again. */
		for (i = 0; i < cur.npids; i++) {
			for (j = 0; j < f->nproblems; j++)
				if (x->pids[j] == cur.pids[i])
					break;
			if (j < f->nproblems)
				continue;
			st = db_stmt(db, STMT_PROBLEMS_UNHIDE_BY_ID);
			db_bind_int(st, 0, cur.pids[i]);
			db_bind_int(st, 1, cur.pids[i]);
			if ((rc = db_exec(st)) != DB_OK)
				return rc;
		}
	}
	st = db_stmt(db, STMT_PROBLEMS_HIDE_BY_CONTEST);
	db_bind_int(st, 0, x->id);
	return db_exec(st);
}

/* resolve: the ids of f's problem slugs.  0 or 400/503 noted in r. */
static int
resolve(struct save_ctx *x)
{
	struct db_stmt	*st;
	size_t		 i;
	int		 rc;

	for (i = 0; i < x->f->nproblems; i++) {
		st = db_stmt(x->r->db, STMT_PROBLEMS_BY_SLUG);
		db_bind_text(st, 0, x->f->problems[i]);
		if ((rc = db_row(st)) == DB_NOTFOUND) {
			x->f->bad_field = "problems";
			return http_error(x->r, 400, "unknown_problem",
			    arena_printf(x->r->arena, "There is no problem "
			    "\"%s\".", x->f->problems[i]));
		}
		if (rc != DB_OK)
			return db_http_status(x->r, rc);
		x->pids[i] = db_col_int(st, 0);
	}
	return 0;
}

int
contest_save(struct req *r, const char *slug, struct contest_form *f)
{
	struct save_ctx	 x;
	int		 rc;

	memset(&x, 0, sizeof(x));
	x.r = r;
	x.slug = slug;
	x.f = f;
	if (slug == NULL && f->freeze_min >= f->duration_min)
		return bad(r, f, "freeze_minutes", "invalid_freeze",
		    "freeze_minutes must be less than duration_minutes.");
	if ((f->set & CF_PROBLEMS) && (rc = resolve(&x)) != 0)
		return rc;
	rc = db_txn(r->db, slug == NULL ? create_txn : update_txn, &x);
	if (x.status != 0)
		return x.status;
	if (rc != DB_OK)
		return db_http_status(r, rc);
	/* A start that has passed shows the problems now. */
	(void)contest_reveal(r);
	contest_forget(slug != NULL ? slug : f->slug);
	lb_forget(x.id);
	return slug == NULL ? 201 : 200;
}

/* --- JSON ------------------------------------------------------------------- */

static struct json_object *
time_json(long long ms)
{
	char	 s[40];

	contest_time_format(ms, 0, s, sizeof(s));
	return json_object_new_string(s);
}

/* contest_json: the API form of c; detail adds problems and counts. */
static struct json_object *
contest_json(struct req *r, const struct contest *c, long long now)
{
	struct json_object	*o, *a, *p;
	size_t			 i;

	o = json_object_new_object();
	json_object_object_add(o, "slug", json_object_new_string(c->slug));
	json_object_object_add(o, "title", json_object_new_string(c->title));
	json_object_object_add(o, "description",
	    json_object_new_string(c->description));
	json_object_object_add(o, "starts_at", time_json(c->starts_ms));
	json_object_object_add(o, "ends_at", time_json(c->ends_ms));
	json_object_object_add(o, "duration_minutes",
	    json_object_new_int(c->duration_min));
	json_object_object_add(o, "scoring",
	    json_object_new_string(c->icpc ? "icpc" : "default"));
	json_object_object_add(o, "freeze_minutes",
	    json_object_new_int(c->freeze_min));
	json_object_object_add(o, "freeze_at", c->freeze_min > 0 ?
	    time_json(c->freeze_ms) : NULL);
	json_object_object_add(o, "phase", json_object_new_string(
	    contest_phase_names[contest_phase(c, now)]));
	json_object_object_add(o, "frozen",
	    json_object_new_boolean(contest_frozen(c, now)));
	json_object_object_add(o, "unfrozen",
	    json_object_new_boolean(c->unfrozen));
	json_object_object_add(o, "finalized",
	    json_object_new_boolean(c->finalized));
	json_object_object_add(o, "now", time_json(now));
	if (!contest_problems_visible(r, c, now)) {
		json_object_object_add(o, "problems", NULL);
		return o;
	}
	a = json_object_new_array();
	for (i = 0; i < c->nproblems; i++) {
		p = json_object_new_object();
		json_object_object_add(p, "label",
		    json_object_new_string(c->problems[i].label));
		json_object_object_add(p, "slug",
		    json_object_new_string(c->problems[i].slug));
		json_object_object_add(p, "title",
		    json_object_new_string(c->problems[i].title));
		json_object_array_add(a, p);
	}
	json_object_object_add(o, "problems", a);
	return o;
}

/* --- handlers ---------------------------------------------------------------- */

/* GET /api/contests: newest first, with their phase. */
int
api_contests_list(struct req *r)
{
	struct json_object	*o, *a, *c;
	struct db_stmt		*st;
	long long		 starts, ends, now;
	int			 rc;

	a = json_object_new_array();
	st = db_stmt(r->db, STMT_CONTESTS_LIST);
	db_bind_int(st, 0, CONTEST_LIST_MAX);
	while ((rc = db_next(st)) == DB_ROW) {
		starts = db_col_int(st, 2);
		ends = starts + db_col_int(st, 3) * 60000;
		now = db_col_int(st, 7);
		c = json_object_new_object();
		json_object_object_add(c, "slug",
		    json_object_new_string(db_col_text(st, 0)));
		json_object_object_add(c, "title",
		    json_object_new_string(db_col_text(st, 1)));
		json_object_object_add(c, "starts_at", time_json(starts));
		json_object_object_add(c, "ends_at", time_json(ends));
		json_object_object_add(c, "duration_minutes",
		    json_object_new_int64(db_col_int(st, 3)));
		json_object_object_add(c, "scoring",
		    json_object_new_string(db_col_text(st, 4)));
		json_object_object_add(c, "freeze_minutes",
		    json_object_new_int64(db_col_int(st, 5)));
		json_object_object_add(c, "phase", json_object_new_string(
		    now < starts ? "upcoming" : now < ends ? "running" :
		    "ended"));
		json_object_object_add(c, "finalized",
		    json_object_new_boolean(db_col_int(st, 6) != 0));
		json_object_array_add(a, c);
	}
	if (rc != DB_DONE) {
		json_object_put(a);
		return db_http_status(r, rc);
	}
	o = json_object_new_object();
	json_object_object_add(o, "contests", a);
	return resp_json(r, 200, o);
}

/* POST /api/contests (admins) */
int
api_contests_create(struct req *r)
{
	struct contest_form	 f;
	const struct contest	*c;
	int			 rc;

	if ((rc = auth_require_admin(r)) != 0 ||
	    (rc = auth_csrf_check(r)) != 0 ||
	    (rc = contest_form_json(r, &f)) != 0 ||
	    (rc = contest_save(r, NULL, &f)) != 201)
		return rc;
	if ((rc = contest_get(r, f.slug, &c)) != 200)
		return rc;
	resp_header(r, "Location", arena_printf(r->arena, "/api/contests/%s",
	    c->slug));
	return resp_json(r, 201, contest_json(r, c, contest_now_ms(c)));
}

/* PUT, PATCH /api/contests/:slug (admins) */
int
api_contest_update(struct req *r)
{
	struct contest_form	 f;
	const struct contest	*c;
	const char		*slug = req_param(r, "slug");
	int			 rc;

	if ((rc = auth_require_admin(r)) != 0 ||
	    (rc = auth_csrf_check(r)) != 0 ||
	    (rc = contest_form_json(r, &f)) != 0)
		return rc;
	if ((f.set & CF_SLUG) && strcmp(f.slug, slug) != 0)
		return http_error(r, 400, "slug_immutable", "A contest's slug "
		    "cannot change.");
	if (!slug_check(slug))
		return http_error(r, 404, "no_such_contest",
		    "There is no such contest.");
	if ((rc = contest_save(r, slug, &f)) != 200 ||
	    (rc = contest_get(r, slug, &c)) != 200)
		return rc;
	return resp_json(r, 200, contest_json(r, c, contest_now_ms(c)));
}

/* GET /api/contests/:slug */
int
api_contest_show(struct req *r)
{
	const struct contest	*c;
	struct json_object	*o;
	long long		 n;
	int			 rc, yes;

	if ((rc = contest_get(r, req_param(r, "slug"), &c)) != 200)
		return rc;
	if ((rc = contest_participants(r, c, &n)) != DB_OK ||
	    (rc = contest_registered(r, c, &yes)) != DB_OK)
		return db_http_status(r, rc);
	o = contest_json(r, c, contest_now_ms(c));
	json_object_object_add(o, "participants", json_object_new_int64(n));
	json_object_object_add(o, "registered", r->user == NULL ? NULL :
	    json_object_new_boolean(yes));
	return resp_json(r, 200, o);
}

/* POST /api/contests/:slug/register */
int
api_contest_register(struct req *r)
{
	const struct contest	*c;
	struct json_object	*o;
	int			 rc;

	if ((rc = auth_require(r)) != 0 || (rc = auth_csrf_check(r)) != 0 ||
	    (rc = contest_get(r, req_param(r, "slug"), &c)) != 200 ||
	    (rc = contest_register(r, c)) != 200)
		return rc;
	o = json_object_new_object();
	json_object_object_add(o, "contest", json_object_new_string(c->slug));
	json_object_object_add(o, "registered", json_object_new_boolean(1));
	return resp_json(r, 200, o);
}

/* GET /api/contests/:slug/leaderboard?offset=&limit=[&around=me] */
int
api_contest_leaderboard(struct req *r)
{
	const struct contest	*c;
	struct lb_query		 q;
	const char		*body, *etag;
	size_t			 len;
	int			 rc;

	if ((rc = lb_query_parse(r, &q)) != 0 ||
	    (rc = contest_get(r, req_param(r, "slug"), &c)) != 200 ||
	    (rc = lb_get(r, c, &q, &body, &len, &etag)) != 200)
		return rc;
	r->resp.cache_control = r->user != NULL ? "private, no-cache" :
	    "no-cache";
	if (etag_check(r, etag))
		return 304;
	return resp_text(r, 200, "application/json", body, len);
}

/*
 * contest_admin_action: unfreeze (after the end) or reopen (finalized:
 * the results are deleted and the judge writes them again from
 * contest_scores within its next pass).  Shared with the page forms.
 * Returns 200 or an error status noted in r.
 */
int
contest_admin_action(struct req *r, const char *slug, int reopen)
{
	const struct contest	*c;
	struct db_stmt		*st;
	int			 rc;

	if ((rc = auth_require_admin(r)) != 0 ||
	    (rc = contest_get(r, slug, &c)) != 200)
		return rc;
	if (!reopen && contest_phase(c, contest_now_ms(c)) != CONTEST_ENDED)
		return http_error(r, 409, "contest_not_ended", "A contest can "
		    "be unfrozen only after it ended.");
	if (reopen && !c->finalized)
		return http_error(r, 409, "not_finalized", "The contest has no "
		    "final standings to reopen.");
	if (reopen) {
		if ((rc = db_begin(r->db)) != DB_OK)
			return db_http_status(r, rc);
		st = db_stmt(r->db, STMT_CONTEST_RESULTS_DELETE_BY_CONTEST);
		db_bind_int(st, 0, c->id);
		if ((rc = db_exec(st)) == DB_OK) {
			st = db_stmt(r->db, STMT_CONTESTS_REOPEN);
			db_bind_int(st, 0, c->id);
			rc = db_exec(st);
		}
		if (rc == DB_OK)
			rc = db_commit(r->db);
		else
			(void)db_rollback(r->db);
	} else {
		st = db_stmt(r->db, STMT_CONTESTS_SET_UNFROZEN);
		db_bind_int(st, 0, c->id);
		rc = db_exec(st);
	}
	if (rc != DB_OK)
		return db_http_status(r, rc);
	lb_forget(c->id);
	contest_forget(slug);
	return 200;
}

static int
admin_action_json(struct req *r, int reopen)
{
	struct json_object	*o;
	const char		*slug = req_param(r, "slug");
	int			 rc;

	if ((rc = auth_require_admin(r)) != 0 ||
	    (rc = auth_csrf_check(r)) != 0 ||
	    (rc = contest_admin_action(r, slug, reopen)) != 200)
		return rc;
	o = json_object_new_object();
	json_object_object_add(o, "contest", json_object_new_string(slug));
	json_object_object_add(o, reopen ? "reopened" : "unfrozen",
	    json_object_new_boolean(1));
	return resp_json(r, reopen ? 202 : 200, o);
}

/* POST /api/contests/:slug/unfreeze (admins) */
int
api_contest_unfreeze(struct req *r)
{
	return admin_action_json(r, 0);
}

/* POST /api/contests/:slug/reopen (admins) */
int
api_contest_reopen(struct req *r)
{
	return admin_action_json(r, 1);
}
