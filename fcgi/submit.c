/* submit.c: creating submissions and runs; reading them back for polls. */
/*
 * Design.  Both the JSON API and the no-JavaScript form create through
 * sub_create, so a rule (sizes, languages, limits) lives in one place.
 * The row and its job are one transaction (DESIGN.md: a 202 means the
 * work is durable); the user's row is locked first, so two requests of
 * the same user cannot both slip under a limit.  The Redis wake-up comes
 * after the commit and is only a hint: judges poll without it.
 *
 * Limits per user: SUB_PENDING_MAX submissions waiting or being judged at
 * once and SUB_PER_MINUTE in any minute (runs: RUN_PENDING_MAX and
 * RUN_PER_MINUTE).  "Per minute" looks at the user's n-th newest row:
 * when it is younger than a minute the n+1-th request is refused, and
 * Retry-After says when that row will be a minute old.
 */
#include <stdint.h>
#include <string.h>

#include <json-c/json.h>

#include "contests.h"
#include "escape.h"
#include "handlers.h"
#include "log.h"
#include "submit.h"
#include "util.h"

#define SUB_PENDING_MAX	5
#define SUB_PER_MINUTE	30
#define RUN_PENDING_MAX	3
#define RUN_PER_MINUTE	20
#define LANG_ID_MAX	16

static const struct {
	const char	*id;
	const char	*name;
} lang_names[] = {
	{ "c", "C" },
	{ "cpp", "C++17" },
	{ "python3", "Python 3" },
	{ "java", "Java 17" },
	{ "javascript", "JavaScript" },
};
#define NLANG_NAMES	(sizeof(lang_names) / sizeof(lang_names[0]))

static const struct {
	const char	*code;
	const char	*text;
} verdicts[] = {
	{ "AC", "Accepted" },
	{ "WA", "Wrong answer" },
	{ "TLE", "Time limit exceeded" },
	{ "MLE", "Memory limit exceeded" },
	{ "RE", "Runtime error" },
	{ "OLE", "Output limit exceeded" },
	{ "CE", "Compilation error" },
	{ "IE", "Internal error" },
};

const char *
sub_lang_name(const char *id)
{
	size_t	 i;

	for (i = 0; i < NLANG_NAMES; i++)
		if (strcmp(id, lang_names[i].id) == 0)
			return lang_names[i].name;
	return id;
}

int
sub_verdict_ok(const char *v)
{
	size_t	 i;

	for (i = 0; v != NULL && i < sizeof(verdicts) / sizeof(verdicts[0]);
	    i++)
		if (strcmp(v, verdicts[i].code) == 0)
			return 1;
	return 0;
}

const char *
sub_verdict_text(const char *v)
{
	size_t	 i;

	if (v == NULL)
		return "";
	for (i = 0; i < sizeof(verdicts) / sizeof(verdicts[0]); i++)
		if (strcmp(v, verdicts[i].code) == 0)
			return verdicts[i].text;
	if (strcmp(v, "NR") == 0)
		return "Not run";
	return v;
}

/* lang_id_ok: a plausible language id: 1-16 of a-z 0-9 + _ -. */
static int
lang_id_ok(const char *s, size_t n)
{
	size_t	 i;

	if (n == 0 || n > LANG_ID_MAX)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '+' ||
		    s[i] == '_' || s[i] == '-'))
			return 0;
	return 1;
}

/* csv_has: the comma-separated list csv contains id. */
static int
csv_has(const char *csv, const char *id)
{
	size_t	 n = strlen(id), k;
	const char *p;

	for (p = csv; *p != '\0'; p += k + (p[k] == ',')) {
		k = strcspn(p, ",");
		if (k == n && memcmp(p, id, n) == 0)
			return 1;
		if (p[k] == '\0')
			break;
	}
	return 0;
}

static int
lang_rank(const char *id)
{
	size_t	 i;

	for (i = 0; i < NLANG_NAMES; i++)
		if (strcmp(id, lang_names[i].id) == 0)
			return (int)i;
	return (int)NLANG_NAMES;
}

/* set_add: add id to the NULL-terminated set v (room for max). */
static void
set_add(struct arena *a, const char **v, size_t max, const char *id,
    size_t n)
{
	size_t	 i, k;
	char	*s;

	for (i = 0; v[i] != NULL; i++)
		if (strlen(v[i]) == n && memcmp(v[i], id, n) == 0)
			return;
	if (i + 1 >= max || (s = arena_strndup(a, id, n)) == NULL)
		return;
	/* Keep the table's order, unknown ids after it. */
	for (k = i; k > 0 && lang_rank(v[k - 1]) > lang_rank(s); k--)
		v[k] = v[k - 1];
	v[k] = s;
	v[i + 1] = NULL;
}

#define LANGS_MAX	64

int
sub_languages(struct req *r, const char ***known, const char ***online)
{
	struct db_stmt	*st;
	const char	**k, **o, *p;
	size_t		 n;
	int		 rc, fresh;

	k = arena_calloc(r->arena, LANGS_MAX, sizeof(*k));
	o = arena_calloc(r->arena, LANGS_MAX, sizeof(*o));
	if (k == NULL || o == NULL)
		return DB_ERR;
	st = db_stmt(r->db, STMT_JUDGES_LANGUAGES);
	db_bind_int(st, 0, JUDGE_FRESH_S);
	while ((rc = db_next(st)) == DB_ROW) {
		fresh = db_col_int(st, 1) != 0;
		for (p = db_col_text(st, 0); *p != '\0'; p += n) {
			n = strcspn(p, ",");
			if (lang_id_ok(p, n)) {
				set_add(r->arena, k, LANGS_MAX, p, n);
				if (fresh)
					set_add(r->arena, o, LANGS_MAX, p, n);
			}
			if (p[n] == ',')
				n++;
		}
	}
	if (rc != DB_DONE)
		return rc;
	if (known != NULL)
		*known = k;
	if (online != NULL)
		*online = o;
	return DB_OK;
}

static int
set_has(const char **v, const char *id)
{
	for (; *v != NULL; v++)
		if (strcmp(*v, id) == 0)
			return 1;
	return 0;
}

static const char *
set_join(struct arena *a, const char **v)
{
	const char	*s = "";

	for (; *v != NULL && s != NULL; v++)
		s = arena_printf(a, "%s%s%s", s, *s ? ", " : "", *v);
	return s;
}

/* --- creating ----------------------------------------------------------- */

/* json_field: a string member of r->json; 0 or 400. */
static int
json_field(struct req *r, const char *key, int required, const char **out,
    size_t *len)
{
	struct json_object	*v;

	*out = NULL;
	if (len != NULL)
		*len = 0;
	if (!json_object_object_get_ex(r->json, key, &v) || v == NULL) {
		if (!required)
			return 0;
		return http_error(r, 400, "missing_field", arena_printf(
		    r->arena, "The field \"%s\" is required.", key));
	}
	if (!json_object_is_type(v, json_type_string))
		return http_error(r, 400, "invalid_field", arena_printf(
		    r->arena, "The field \"%s\" must be a string.", key));
	*out = json_object_get_string(v);
	if (len != NULL)
		*len = (size_t)json_object_get_string_len(v);
	return 0;
}

int
sub_from_json(struct req *r, struct sub_new *n)
{
	int	 rc;

	if (r->json == NULL)
		return http_error(r, 400, "invalid_json",
		    "The request body must be a JSON object.");
	if ((rc = json_field(r, "problem", 1, &n->problem, NULL)) != 0 ||
	    (rc = json_field(r, "language", 1, &n->language, NULL)) != 0 ||
	    (rc = json_field(r, "source", 1, &n->source,
	    &n->source_len)) != 0 ||
	    (rc = json_field(r, "contest", 0, &n->contest, NULL)) != 0)
		return rc;
	if (n->kind == SUB_RUN && (rc = json_field(r, "input", 0, &n->input,
	    &n->input_len)) != 0)
		return rc;
	return 0;
}

struct create_ctx {
	struct req		*r;
	const struct sub_new	*n;
	long long		 uid;
	long long		 pid;
	long long		 version;
	long long		 contest_id;	/* 0: none */
	int			 priority;	/* jobs.priority */
	long long		 id;		/* out */
	const char		*why;		/* out: refused by a limit */
	const char		*code;		/* out: its error code */
	long long		 retry;		/* out: seconds */
};

static int
create_txn(struct db *db, void *arg)
{
	struct create_ctx	*c = arg;
	struct db_stmt		*st;
	int			 run = c->n->kind == SUB_RUN, rc;
	long long		 max_pending, per_min, n, age;

	c->why = NULL;
	max_pending = run ? RUN_PENDING_MAX : SUB_PENDING_MAX;
	per_min = run ? RUN_PER_MINUTE : SUB_PER_MINUTE;
	/* Serialise this user's requests: the limits below stay true. */
	st = db_stmt(db, STMT_USERS_LOCK_BY_ID);
	db_bind_int(st, 0, c->uid);
	if ((rc = db_row(st)) != DB_OK)
		return rc;
	st = db_stmt(db, run ? STMT_RUNS_PENDING_BY_USER :
	    STMT_SUBMISSIONS_PENDING_BY_USER);
	db_bind_int(st, 0, c->uid);
	if ((rc = db_row(st)) != DB_OK)
		return rc;
	if ((n = db_col_int(st, 0)) >= max_pending) {
		c->retry = 2;
		c->code = "too_many_pending";
		c->why = arena_printf(c->r->arena, "You already have %lld %s "
		    "waiting to be judged (at most %lld at once); wait for a "
		    "result first.", n, run ? "runs" : "submissions",
		    max_pending);
		return DB_CONFLICT;
	}
	st = db_stmt(db, run ? STMT_RUNS_AGE_NTH_BY_USER :
	    STMT_SUBMISSIONS_AGE_NTH_BY_USER);
	db_bind_int(st, 0, c->uid);
	db_bind_int(st, 1, per_min - 1);
	if ((rc = db_row(st)) == DB_OK &&
	    (age = db_col_int(st, 0)) < 60000) {
		c->retry = (60000 - age) / 1000 + 1;
		c->code = "rate_limited";
		c->why = arena_printf(c->r->arena, "At most %lld %s a minute; "
		    "try again in %lld seconds.", per_min, run ? "runs" :
		    "submissions", c->retry);
		return DB_CONFLICT;
	}
	if (rc != DB_OK && rc != DB_NOTFOUND)
		return rc;
	if (run) {
		st = db_stmt(db, STMT_RUNS_INSERT);
		db_bind_int(st, 0, c->uid);
		db_bind_int(st, 1, c->pid);
		db_bind_int(st, 2, c->version);
		db_bind_text(st, 3, c->n->language);
		db_bind_textn(st, 4, c->n->source, c->n->source_len);
		if (c->n->input != NULL)
			db_bind_textn(st, 5, c->n->input, c->n->input_len);
		else
			db_bind_null(st, 5);
	} else {
		st = db_stmt(db, STMT_SUBMISSIONS_INSERT);
		db_bind_int(st, 0, c->uid);
		db_bind_int(st, 1, c->pid);
		db_bind_int(st, 2, c->version);
		if (c->contest_id > 0)
			db_bind_int(st, 3, c->contest_id);
		else
			db_bind_null(st, 3);
		db_bind_text(st, 4, c->n->language);
		db_bind_textn(st, 5, c->n->source, c->n->source_len);
	}
	if ((rc = db_exec(st)) != DB_OK)
		return rc;
	c->id = (long long)db_insert_id(st);
	st = db_stmt(db, STMT_JOBS_INSERT);
	db_bind_text(st, 0, run ? "run" : "submission");
	db_bind_int(st, 1, c->id);
	db_bind_text(st, 2, c->n->language);
	db_bind_int(st, 3, run ? PRIO_RUN : c->priority);
	return db_exec(st);
}

/* blank: only white space. */
static int
blank(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' &&
		    s[i] != '\r' && s[i] != '\f' && s[i] != '\v')
			return 0;
	return 1;
}

/* check_text: sizes and encoding of the source and the input. */
static int
check_text(struct req *r, const struct sub_new *n)
{
	if (n->source == NULL)
		return http_error(r, 400, "missing_field",
		    "The field \"source\" is required.");
	if (n->source_len > SOURCE_MAX)
		return http_error(r, 413, "source_too_large", arena_printf(
		    r->arena, "The source is %zu bytes; the limit is %d bytes "
		    "(64 KiB).", n->source_len, SOURCE_MAX));
	if (!utf8_valid(n->source, n->source_len))
		return http_error(r, 400, "invalid_source",
		    "The source must be UTF-8 text without NUL bytes.");
	if (blank(n->source, n->source_len))
		return http_error(r, 400, "empty_source",
		    "The source is empty.");
	if (n->kind != SUB_RUN || n->input == NULL)
		return 0;
	if (n->input_len > INPUT_MAX)
		return http_error(r, 400, "input_too_large", arena_printf(
		    r->arena, "The custom input is %zu bytes; the limit is %d "
		    "bytes (64 KiB).", n->input_len, INPUT_MAX));
	if (!utf8_valid(n->input, n->input_len))
		return http_error(r, 400, "invalid_input",
		    "The custom input must be UTF-8 text without NUL bytes.");
	return 0;
}

int
sub_create(struct req *r, struct sub_new *n)
{
	struct create_ctx	 c;
	struct db_stmt		*st;
	const char		**known, **online;
	char			*secs;
	int			 rc, visible;

	if ((rc = auth_require(r)) != 0 || (rc = check_text(r, n)) != 0)
		return rc;
	memset(&c, 0, sizeof(c));
	c.r = r;
	c.n = n;
	c.uid = r->user->id;
	c.priority = PRIO_SUBMISSION;	/* CONTEST_PRIORITY in a contest */
	if (n->problem == NULL)
		return http_error(r, 400, "missing_field",
		    "The field \"problem\" is required.");
	if (n->language == NULL)
		return http_error(r, 400, "missing_field",
		    "The field \"language\" is required.");
	if (!slug_check(n->problem))
		return http_error(r, 404, "no_such_problem",
		    "There is no such problem.");
	st = db_stmt(r->db, STMT_PROBLEMS_FOR_SUBMIT);
	db_bind_text(st, 0, n->problem);
	if ((rc = db_row(st)) == DB_NOTFOUND)
		return http_error(r, 404, "no_such_problem",
		    "There is no such problem.");
	if (rc != DB_OK)
		return db_http_status(r, rc);
	c.pid = db_col_int(st, 0);
	c.version = db_col_isnull(st, 1) ? 0 : db_col_int(st, 1);
	visible = db_col_int(st, 2) != 0;
	if (n->contest != NULL && *n->contest != '\0' &&
	    (rc = contest_submit_check(r, n->contest, c.pid, &c.contest_id,
	    &c.priority)) != 0)
		return rc;
	if (!visible && !r->user->is_admin && c.contest_id == 0)
		return http_error(r, 404, "no_such_problem",
		    "There is no such problem.");
	if (c.version == 0)
		return http_error(r, 404, "problem_not_ready",
		    "This problem has no tests yet.");
	if ((rc = sub_languages(r, &known, &online)) != DB_OK)
		return db_http_status(r, rc);
	if (!set_has(known, n->language))
		return http_error(r, 400, "unknown_language", arena_printf(
		    r->arena, "Unknown language \"%s\"; the judges offer: %s.",
		    lang_id_ok(n->language, strlen(n->language)) ?
		    n->language : "?", *known ? set_join(r->arena, known) :
		    "none yet"));
	if (!set_has(online, n->language))
		return http_error(r, 400, "language_unavailable", arena_printf(
		    r->arena, "No judge for %s is online right now; try again "
		    "later.", sub_lang_name(n->language)));
	rc = db_txn(r->db, create_txn, &c);
	if (c.why != NULL) {
		if ((secs = arena_printf(r->arena, "%lld", c.retry)) != NULL)
			resp_header(r, "Retry-After", secs);
		return http_error(r, 429, c.code, c.why);
	}
	if (rc != DB_OK)
		return db_http_status(r, rc);
	n->id = c.id;
	sub_wake(r);
	return 202;
}

void
sub_wake(struct req *r)
{
	redisReply	*rep;

	/* A hint for idle judges; they poll anyway when Redis is away. */
	if ((rep = rq_cmd(r->rq, "LPUSH", "judge:wake", "1", NULL)) == NULL)
		return;
	freeReplyObject(rep);
	if ((rep = rq_cmd(r->rq, "LTRIM", "judge:wake", "0", "63",
	    NULL)) != NULL)
		freeReplyObject(rep);
}

/* --- reading ------------------------------------------------------------ */

int
sub_queue(struct req *r, long long job_id, long long priority,
    const char *language, struct sub_queue *q)
{
	struct db_stmt	*st;
	int		 rc, any = 0, lang = 0;

	q->position = 0;
	q->reason_code = "waiting";
	q->reason = "waiting for a judge";
	if (job_id > 0) {
		st = db_stmt(r->db, STMT_JOBS_AHEAD);
		db_bind_int(st, 0, priority);
		db_bind_int(st, 1, priority);
		db_bind_int(st, 2, job_id);
		if ((rc = db_row(st)) != DB_OK)
			return rc;
		q->position = db_col_int(st, 0) + 1;
	}
	st = db_stmt(r->db, STMT_JUDGES_LANGUAGES);
	db_bind_int(st, 0, JUDGE_FRESH_S);
	while ((rc = db_next(st)) == DB_ROW) {
		if (!db_col_int(st, 1))
			continue;
		any = 1;
		if (csv_has(db_col_text(st, 0), language))
			lang = 1;
	}
	if (rc != DB_DONE)
		return rc;
	if (!any) {
		q->reason_code = "no_judge_online";
		q->reason = "no judge online";
	} else if (!lang) {
		q->reason_code = "no_judge_for_language";
		q->reason = "no judge for this language";
	}
	return DB_OK;
}

int
sub_load(struct req *r, long long id, struct sub_view *v)
{
	struct db_stmt	*st;
	struct arena	*a = r->arena;
	int		 rc;

	memset(v, 0, sizeof(*v));
	st = db_stmt(r->db, STMT_SUBMISSIONS_BY_ID);
	db_bind_int(st, 0, id);
	if ((rc = db_row(st)) != DB_OK)
		return rc;
	v->id = db_col_int(st, 0);
	v->user_id = db_col_int(st, 1);
	v->username = db_col_dup(st, 2, a);
	v->problem = db_col_dup(st, 3, a);
	v->title = db_col_dup(st, 4, a);
	v->language = db_col_dup(st, 5, a);
	v->status = db_col_dup(st, 6, a);
	v->verdict = db_col_isnull(st, 7) ? NULL : db_col_dup(st, 7, a);
	v->time_ms = db_col_isnull(st, 8) ? -1 : db_col_int(st, 8);
	v->memory_kb = db_col_isnull(st, 9) ? -1 : db_col_int(st, 9);
	v->passed = db_col_int(st, 10);
	v->total = db_col_int(st, 11);
	v->compile_output = db_col_dup(st, 12, a);
	v->judge_message = db_col_isnull(st, 13) ? NULL :
	    db_col_dup(st, 13, a);
	v->created_at = db_col_dup(st, 14, a);
	v->judged_at = db_col_isnull(st, 15) ? NULL : db_col_dup(st, 15, a);
	v->job_id = db_col_isnull(st, 17) ? 0 : db_col_int(st, 17);
	v->job_priority = db_col_isnull(st, 18) ? 0 : db_col_int(st, 18);
	v->source_len = db_col_int(st, 20);
	if (v->username == NULL || v->problem == NULL || v->title == NULL ||
	    v->language == NULL || v->status == NULL ||
	    v->compile_output == NULL || v->created_at == NULL)
		return DB_ERR;
	return DB_OK;
}

int
sub_can_see(const struct req *r, const struct sub_view *v)
{
	return r->user != NULL && (r->user->id == v->user_id ||
	    r->user->is_admin);
}

const char *
sub_source(struct req *r, long long id, size_t *len, int *rc)
{
	struct db_stmt	*st;
	char		*s;

	*len = 0;
	st = db_stmt(r->db, STMT_SUBMISSIONS_SOURCE_BY_ID);
	db_bind_int(st, 0, id);
	if ((*rc = db_row(st)) != DB_OK)
		return NULL;
	*len = db_col_len(st, 0);
	if ((s = db_col_dup(st, 0, r->arena)) == NULL)
		*rc = DB_ERR;
	return s;
}

/* col_cut: column i capped at SHOW_MAX (fetched as SHOW_MAX + 1). */
static const char *
col_cut(struct db_stmt *st, unsigned i, struct arena *a, size_t *len,
    int *cut, long long full)
{
	size_t	 n;

	*len = 0;
	*cut = 0;
	if (db_col_isnull(st, i))
		return NULL;
	n = db_col_len(st, i);
	if (n > SHOW_MAX)
		n = SHOW_MAX;
	*cut = full > SHOW_MAX;
	*len = n;
	return arena_strndup(a, db_col_text(st, i), n);
}

int
sub_tests(struct req *r, long long id, struct sub_test **tests, size_t *n)
{
	struct db_stmt	*st;
	struct sub_test	*v = NULL, *nv, *t;
	size_t		 cap = 0;
	int		 rc;

	*tests = NULL;
	*n = 0;
	st = db_stmt(r->db, STMT_SUBMISSION_TESTS_BY_SUBMISSION);
	db_bind_int(st, 0, SHOW_MAX + 1);
	db_bind_int(st, 1, SHOW_MAX + 1);
	db_bind_int(st, 2, id);
	while ((rc = db_next(st)) == DB_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((nv = arena_calloc(r->arena, cap,
			    sizeof(*nv))) == NULL)
				return DB_ERR;
			if (*n > 0)
				memcpy(nv, v, *n * sizeof(*v));
			v = nv;
		}
		t = &v[(*n)++];
		t->ordinal = db_col_int(st, 0);
		t->name = db_col_dup(st, 1, r->arena);
		t->is_sample = db_col_int(st, 2) != 0;
		t->verdict = db_col_dup(st, 3, r->arena);
		t->time_ms = db_col_int(st, 4);
		t->memory_kb = db_col_int(st, 5);
		if (t->is_sample) {
			t->output = db_col_isnull(st, 6) ? NULL :
			    db_col_dup(st, 6, r->arena);
			t->input = col_cut(st, 7, r->arena, &t->input_len,
			    &t->input_cut, db_col_int(st, 8));
			t->expected = col_cut(st, 9, r->arena,
			    &t->expected_len, &t->expected_cut,
			    db_col_int(st, 10));
		}
	}
	if (rc != DB_DONE)
		return rc;
	*tests = v;
	return DB_OK;
}

struct json_object *
json_text(const char *s, size_t n)
{
	struct json_object	*o;
	struct buf		 b;
	size_t			 i = 0, k;

	if (s == NULL)
		return NULL;
	if (utf8_valid(s, n))
		return json_object_new_string_len(s, (int)n);
	buf_init(&b, n * 3 + 16);
	while (i < n) {
		k = s[i] == '\0' ? 0 : utf8_seqlen((const unsigned char *)s +
		    i, n - i);
		if (k == 0) {
			buf_add(&b, "\xef\xbf\xbd", 3);
			i++;
		} else {
			buf_add(&b, s + i, k);
			i += k;
		}
	}
	o = json_object_new_string_len(buf_cstr(&b), (int)b.len);
	buf_free(&b);
	return o;
}

static void
jadd_str(struct json_object *o, const char *k, const char *v)
{
	json_object_object_add(o, k, v ? json_object_new_string(v) : NULL);
}

static void
jadd_int(struct json_object *o, const char *k, long long v)
{
	json_object_object_add(o, k, json_object_new_int64(v));
}

static void
jadd_opt_int(struct json_object *o, const char *k, long long v)
{
	json_object_object_add(o, k, v < 0 ? NULL :
	    json_object_new_int64(v));
}

struct json_object *
sub_row_json(const struct sub_view *v)
{
	struct json_object	*o = json_object_new_object();
	int			 done = strcmp(v->status, "done") == 0;

	jadd_int(o, "id", v->id);
	jadd_str(o, "problem", v->problem);
	jadd_str(o, "problem_title", v->title);
	jadd_str(o, "user", v->username);
	jadd_str(o, "language", v->language);
	jadd_str(o, "status", v->status);
	jadd_str(o, "verdict", done ? v->verdict : NULL);
	jadd_opt_int(o, "time_ms", done ? v->time_ms : -1);
	jadd_opt_int(o, "memory_kb", done ? v->memory_kb : -1);
	jadd_int(o, "passed", done ? v->passed : 0);
	jadd_int(o, "total", done ? v->total : 0);
	jadd_str(o, "created_at", v->created_at);
	return o;
}

static struct json_object *
test_json(const struct sub_test *t)
{
	struct json_object	*o = json_object_new_object();

	jadd_int(o, "index", t->ordinal + 1);
	json_object_object_add(o, "sample",
	    json_object_new_boolean(t->is_sample));
	jadd_str(o, "verdict", t->verdict);
	jadd_int(o, "time_ms", t->time_ms);
	jadd_int(o, "memory_kb", t->memory_kb);
	if (!t->is_sample)
		return o;	/* hidden tests: nothing about their data */
	jadd_str(o, "name", t->name);
	json_object_object_add(o, "input", json_text(t->input, t->input_len));
	json_object_object_add(o, "expected",
	    json_text(t->expected, t->expected_len));
	json_object_object_add(o, "output", json_text(t->output,
	    t->output ? strlen(t->output) : 0));
	if (t->input_cut)
		json_object_object_add(o, "input_truncated",
		    json_object_new_boolean(1));
	if (t->expected_cut)
		json_object_object_add(o, "expected_truncated",
		    json_object_new_boolean(1));
	return o;
}

struct json_object *
sub_json(struct req *r, const struct sub_view *v, const struct sub_queue *q,
    const struct sub_test *tests, size_t ntests, const char *source,
    size_t source_len)
{
	struct json_object	*o, *a;
	size_t			 i;

	o = sub_row_json(v);
	if (q != NULL && strcmp(v->status, "queued") == 0) {
		jadd_opt_int(o, "position", q->position > 0 ? q->position :
		    -1);
		jadd_str(o, "reason", q->reason);
		jadd_str(o, "reason_code", q->reason_code);
	}
	if (strcmp(v->status, "done") == 0) {
		jadd_str(o, "verdict_text", sub_verdict_text(v->verdict));
		json_object_object_add(o, "compile_output",
		    json_text(v->compile_output, strlen(v->compile_output)));
		jadd_str(o, "judged_at", v->judged_at);
		a = json_object_new_array();
		for (i = 0; i < ntests; i++)
			json_object_array_add(a, test_json(&tests[i]));
		json_object_object_add(o, "tests", a);
		/* The judge's reasons can quote hidden data: setters only. */
		if (r->user != NULL && r->user->is_admin &&
		    v->judge_message != NULL)
			json_object_object_add(o, "judge_message",
			    json_text(v->judge_message,
			    strlen(v->judge_message)));
	}
	if (source != NULL)
		json_object_object_add(o, "source",
		    json_text(source, source_len));
	return o;
}

/* --- rejudging ---------------------------------------------------------- */

struct rejudge_ctx {
	long long	 id;		/* a submission, or */
	long long	 pid;		/* every submission of a problem */
};

static int
rejudge_txn(struct db *db, void *arg)
{
	struct rejudge_ctx	*c = arg;
	struct db_stmt		*st;
	int			 rc;

	st = db_stmt(db, c->pid ? STMT_SUBMISSIONS_REQUEUE_BY_PROBLEM :
	    STMT_SUBMISSIONS_REQUEUE_BY_ID);
	db_bind_int(st, 0, c->pid ? c->pid : c->id);
	if ((rc = db_exec(st)) != DB_OK)
		return rc;
	st = db_stmt(db, c->pid ? STMT_JOBS_REQUEUE_PROBLEM :
	    STMT_JOBS_REQUEUE_SUBMISSION);
	db_bind_int(st, 0, PRIO_REJUDGE);
	db_bind_int(st, 1, c->pid ? c->pid : c->id);
	return db_exec(st);
}

int
sub_rejudge_one(struct req *r, long long id)
{
	struct rejudge_ctx	 c = { id, 0 };
	struct sub_view		 v;
	int			 rc;

	if ((rc = auth_require_admin(r)) != 0 ||
	    (rc = auth_csrf_check(r)) != 0)
		return rc;
	if (id <= 0 || (rc = sub_load(r, id, &v)) == DB_NOTFOUND)
		return http_error(r, 404, "no_such_submission",
		    "There is no such submission.");
	if (rc != DB_OK)
		return db_http_status(r, rc);
	if ((rc = db_txn(r->db, rejudge_txn, &c)) != DB_OK)
		return db_http_status(r, rc);
	log_info("%s: submission %lld requeued by \"%s\"", __func__, id,
	    r->user->username);
	sub_wake(r);
	return 202;
}

int
sub_rejudge_problem(struct req *r, const char *slug, long long *count)
{
	struct rejudge_ctx	 c = { 0, 0 };
	struct db_stmt		*st;
	int			 rc;

	*count = 0;
	if ((rc = auth_require_admin(r)) != 0 ||
	    (rc = auth_csrf_check(r)) != 0)
		return rc;
	if (slug == NULL || !slug_check(slug))
		return http_error(r, 404, "no_such_problem",
		    "There is no such problem.");
	st = db_stmt(r->db, STMT_PROBLEMS_FOR_SUBMIT);
	db_bind_text(st, 0, slug);
	if ((rc = db_row(st)) == DB_NOTFOUND)
		return http_error(r, 404, "no_such_problem",
		    "There is no such problem.");
	if (rc != DB_OK)
		return db_http_status(r, rc);
	c.pid = db_col_int(st, 0);
	if ((rc = db_txn(r->db, rejudge_txn, &c)) != DB_OK)
		return db_http_status(r, rc);
	st = db_stmt(r->db, STMT_SUBMISSIONS_COUNT_BY_PROBLEM);
	db_bind_int(st, 0, c.pid);
	if (db_row(st) == DB_OK)
		*count = db_col_int(st, 0);
	log_info("%s: %lld submissions of \"%s\" requeued by \"%s\"",
	    __func__, *count, slug, r->user->username);
	sub_wake(r);
	return 202;
}

/* --- HTTP helpers ------------------------------------------------------- */

int
etag_check(struct req *r, const char *etag)
{
	const char	*inm, *p, *e;
	size_t		 len, want = strlen(etag);

	resp_header(r, "ETag", etag);
	if ((inm = req_header(r, "If-None-Match")) == NULL)
		return 0;
	for (p = inm; *p != '\0'; p = e) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		if (*p == '\0')
			break;
		if (*p == '*')
			return 1;
		if (strncmp(p, "W/", 2) == 0)
			p += 2;
		e = p + strcspn(p, ",");
		len = (size_t)(e - p);
		while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		if (len == want && memcmp(p, etag, len) == 0)
			return 1;
	}
	return 0;
}

long long
id_param(struct req *r)
{
	long long	 id;

	if (req_int(req_param(r, "id"), 1, INT64_MAX / 2, &id) == -1)
		return -1;
	return id;
}

/* --- lists -------------------------------------------------------------- */

int
sub_filter_parse(struct req *r, struct sub_filter *f)
{
	struct db_stmt	*st;
	const char	*s;
	long long	 v;
	int		 rc;

	memset(f, 0, sizeof(*f));
	f->limit = SUB_PAGE_DEFAULT;
	if ((s = req_query(r, "limit")) != NULL && *s != '\0') {
		if (req_int(s, 1, SUB_PAGE_MAX, &v) == -1)
			return http_error(r, 400, "invalid_limit",
			    "limit must be a number from 1 to 100.");
		f->limit = (int)v;
	}
	if ((s = req_query(r, "before")) != NULL && *s != '\0') {
		if (req_int(s, 1, INT64_MAX / 2, &f->before) == -1)
			return http_error(r, 400, "invalid_cursor",
			    "before must be a submission id.");
	} else if ((s = req_query(r, "after")) != NULL && *s != '\0') {
		if (req_int(s, 0, INT64_MAX / 2, &f->after) == -1)
			return http_error(r, 400, "invalid_cursor",
			    "after must be a submission id.");
		if (f->after == 0)
			f->after = -1;	/* "after 0": the oldest page */
	}
	if ((s = req_query(r, "verdict")) != NULL && *s != '\0') {
		if (!sub_verdict_ok(s))
			return http_error(r, 400, "invalid_verdict",
			    "verdict must be one of AC, WA, TLE, MLE, RE, "
			    "OLE, CE, IE.");
		f->verdict = s;
	}
	if ((s = req_query(r, "language")) != NULL && *s != '\0') {
		if (!lang_id_ok(s, strlen(s)))
			return http_error(r, 400, "invalid_language",
			    "language must be a language id such as c or "
			    "python3.");
		f->language = s;
	}
	if ((s = req_query(r, "user")) != NULL && *s != '\0') {
		if (strcmp(s, "me") == 0) {
			if ((rc = auth_require(r)) != 0)
				return rc;
			f->user = r->user->username;
			f->user_id = r->user->id;
		} else if (username_check(s) != NULL) {
			f->user = s;
			f->user_id = -1;
		} else {
			f->user = s;
			st = db_stmt(r->db, STMT_USERS_ID_BY_NAME);
			db_bind_text(st, 0, s);
			if ((rc = db_row(st)) == DB_OK) {
				f->user_id = db_col_int(st, 0);
				f->user = db_col_dup(st, 1, r->arena);
			} else if (rc == DB_NOTFOUND)
				f->user_id = -1;
			else
				return db_http_status(r, rc);
		}
	}
	if ((s = req_query(r, "problem")) != NULL && *s != '\0') {
		f->problem = s;
		f->problem_id = -1;
		if (slug_check(s)) {
			st = db_stmt(r->db, STMT_PROBLEMS_FOR_SUBMIT);
			db_bind_text(st, 0, s);
			if ((rc = db_row(st)) == DB_OK)
				f->problem_id = db_col_int(st, 0);
			else if (rc != DB_NOTFOUND)
				return db_http_status(r, rc);
		}
	}
	return 0;
}

int
sub_list(struct req *r, const struct sub_filter *f, struct sub_view **rows,
    size_t *n, int *older, int *newer)
{
	struct db_stmt	*st;
	struct sub_view	*v, *t, tmp;
	struct arena	*a = r->arena;
	size_t		 i, got = 0;
	int		 rc, asc = f->after != 0;

	*rows = NULL;
	*n = 0;
	*older = *newer = 0;
	if ((v = arena_calloc(a, (size_t)f->limit + 1, sizeof(*v))) == NULL)
		return DB_ERR;
	st = db_stmt(r->db, asc ? STMT_SUBMISSIONS_LIST_AFTER :
	    STMT_SUBMISSIONS_LIST);
	db_bind_int(st, 0, asc ? (f->after < 0 ? 0 : f->after) :
	    (f->before > 0 ? f->before : INT64_MAX));
	db_bind_int(st, 1, f->user_id);
	db_bind_int(st, 2, f->user_id);
	db_bind_int(st, 3, f->problem_id);
	db_bind_int(st, 4, f->problem_id);
	db_bind_text(st, 5, f->verdict);
	db_bind_text(st, 6, f->verdict);
	db_bind_text(st, 7, f->language);
	db_bind_text(st, 8, f->language);
	db_bind_int(st, 9, r->user != NULL && r->user->is_admin);
	db_bind_int(st, 10, r->user != NULL ? r->user->id : 0);
	db_bind_int(st, 11, f->limit + 1);
	while ((rc = db_next(st)) == DB_ROW) {
		if (got == (size_t)f->limit + 1)
			continue;
		t = &v[got++];
		t->id = db_col_int(st, 0);
		t->user_id = db_col_int(st, 1);
		t->username = db_col_dup(st, 2, a);
		t->problem = db_col_dup(st, 3, a);
		t->title = db_col_dup(st, 4, a);
		t->language = db_col_dup(st, 5, a);
		t->status = db_col_dup(st, 6, a);
		t->verdict = db_col_isnull(st, 7) ? NULL :
		    db_col_dup(st, 7, a);
		t->time_ms = db_col_isnull(st, 8) ? -1 : db_col_int(st, 8);
		t->memory_kb = db_col_isnull(st, 9) ? -1 :
		    db_col_int(st, 9);
		t->passed = db_col_int(st, 10);
		t->total = db_col_int(st, 11);
		t->created_at = db_col_dup(st, 12, a);
		if (t->username == NULL || t->problem == NULL ||
		    t->title == NULL || t->language == NULL ||
		    t->status == NULL || t->created_at == NULL)
			return DB_ERR;
	}
	if (rc != DB_DONE)
		return rc;
	if (got > (size_t)f->limit) {
		got = (size_t)f->limit;
		if (asc)
			*newer = 1;
		else
			*older = 1;
	}
	if (asc) {
		for (i = 0; i < got / 2; i++) {
			tmp = v[i];
			v[i] = v[got - 1 - i];
			v[got - 1 - i] = tmp;
		}
		*older = got > 0;
	} else
		*newer = f->before > 0 && got > 0;
	*rows = v;
	*n = got;
	return DB_OK;
}
