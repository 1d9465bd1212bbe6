/* catalog.c: the per-worker problem snapshot and version cache (catalog.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "buf.h"
#include "catalog.h"
#include "db.h"
#include "escape.h"
#include "handlers.h"
#include "log.h"
#include "util.h"
#include "xmalloc.h"

const char *const difficulty_names[DIFF__MAX] = { "easy", "medium", "hard" };
const char *const difficulty_labels[DIFF__MAX] = { "Easy", "Medium", "Hard" };

/*
 * The languages of judge/languages.conf, in selector order.  The web tier
 * does not read the judge's table (it never includes judge/); a language
 * added there also needs a line here to be offered on problem pages.
 */
const struct web_lang web_langs[] = {
	{ "cpp", "C++17", "cpp",
	    "#include <bits/stdc++.h>\n"
	    "using namespace std;\n"
	    "\n"
	    "int main() {\n"
	    "    ios::sync_with_stdio(false);\n"
	    "    cin.tie(nullptr);\n"
	    "\n"
	    "    // Read the input from stdin, print the answer to stdout.\n"
	    "\n"
	    "    return 0;\n"
	    "}\n" },
	{ "c", "C", "c",
	    "#include <stdio.h>\n"
	    "\n"
	    "int main(void) {\n"
	    "    /* Read the input from stdin, print the answer to stdout. */\n"
	    "\n"
	    "    return 0;\n"
	    "}\n" },
	{ "python3", "Python 3", "python",
	    "import sys\n"
	    "\n"
	    "\n"
	    "def main():\n"
	    "    data = sys.stdin.read().split()\n"
	    "    # Parse data, print the answer.\n"
	    "\n"
	    "\n"
	    "main()\n" },
	{ "java", "Java 17", "java",
	    "import java.io.*;\n"
	    "import java.util.*;\n"
	    "\n"
	    "public class Main {\n"
	    "    public static void main(String[] args) throws IOException {\n"
	    "        BufferedReader in = new BufferedReader("
	    "new InputStreamReader(System.in));\n"
	    "        // Read the input, print the answer with System.out.\n"
	    "    }\n"
	    "}\n" },
	{ "javascript", "JavaScript", "javascript",
	    "const data = require(\"fs\").readFileSync(0, \"utf8\")"
	    ".split(/\\s+/).filter(Boolean);\n"
	    "// Parse data, print the answer with console.log.\n" },
};
const size_t nweb_langs = sizeof(web_langs) / sizeof(web_langs[0]);

const struct web_lang *
web_lang_find(const char *id)
{
	size_t	 i;

	if (id == NULL)
		return NULL;
	for (i = 0; i < nweb_langs; i++)
		if (strcmp(web_langs[i].id, id) == 0)
			return &web_langs[i];
	return NULL;
}

int
difficulty_parse(const char *s)
{
	int	 i;

	if (s == NULL)
		return -1;
	for (i = 0; i < DIFF__MAX; i++)
		if (strcmp(s, difficulty_names[i]) == 0)
			return i;
	return -1;
}

/* Building a snapshot. */

struct tagpair {
	size_t		 pidx;
	const char	*tag;
};

/* The builder's scratch (process lifetime, reused: one build at a time). */
static struct tagpair	*pairs;
static size_t		 npairs, apairs;

struct catalog *
cat_new(void)
{
	struct catalog	*c = xcalloc(1, sizeof(*c));

	arena_init(&c->mem, 64 * 1024, 0);
	npairs = 0;
	return c;
}

void
cat_add(struct catalog *c, long long id, long long version_id,
    const char *slug, const char *title, enum difficulty d,
    int is_function, unsigned long submissions, unsigned long accepted)
{
	struct cat_problem	*p;
	char			*lc;
	size_t			 i;

	if (c->built || (c->n > 0 && id <= c->v[c->n - 1].id) ||
	    (unsigned)d >= DIFF__MAX)
		fatalx("%s: problem %lld out of order", __func__, id);
	if (c->n == c->alloc) {
		c->alloc = c->alloc ? c->alloc * 2 : 256;
		c->v = xrealloc(c->v, c->alloc * sizeof(*c->v));
	}
	p = &c->v[c->n++];
	memset(p, 0, sizeof(*p));
	p->id = id;
	p->version_id = version_id;
	p->slug = arena_strdup(&c->mem, slug);
	p->title = arena_strdup(&c->mem, title);
	p->title_lc = lc = arena_strdup(&c->mem, title);
	for (i = 0; lc[i] != '\0'; i++)
		if (lc[i] >= 'A' && lc[i] <= 'Z')
			lc[i] = (char)(lc[i] - 'A' + 'a');
	p->difficulty = d;
	p->is_function = is_function;
	p->submissions = submissions;
	p->accepted = accepted;
	c->counts[d]++;
}

static struct cat_problem *
cat_by_id(struct catalog *c, long long id)
{
	size_t	 lo = 0, hi = c->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (c->v[mid].id == id)
			return &c->v[mid];
		if (c->v[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

void
cat_add_tag(struct catalog *c, long long id, const char *tag)
{
	struct cat_problem	*p;

	if (c->built || (p = cat_by_id(c, id)) == NULL || *tag == '\0')
		return;
	if (npairs == apairs) {
		apairs = apairs ? apairs * 2 : 1024;
		pairs = xrealloc(pairs, apairs * sizeof(*pairs));
	}
	pairs[npairs].pidx = (size_t)(p - c->v);
	pairs[npairs].tag = arena_strdup(&c->mem, tag);
	npairs++;
}

static int
pair_cmp(const void *a, const void *b)
{
	const struct tagpair	*x = a, *y = b;
	int			 d = strcmp(x->tag, y->tag);

	if (d != 0)
		return d;
	return x->pidx < y->pidx ? -1 : x->pidx > y->pidx;
}

static int
slug_cmp(const void *a, const void *b)
{
	const struct cat_problem *const *x = a, *const *y = b;

	return strcmp((*x)->slug, (*y)->slug);
}

double
cat_acceptance(const struct cat_problem *p)
{
	if (p->submissions == 0)
		return -1;
	return 100.0 * (double)p->accepted / (double)p->submissions;
}

/*
 * render_row: the list row of p after its status cell, escaped once here
 * instead of on every request.
 */
static void
render_row(struct catalog *c, struct cat_problem *p, struct buf *b)
{
	const char	*tag;
	double		 acc = cat_acceptance(p);
	size_t		 i;

	buf_reset(b);
	buf_puts(b, "<td class=\"title\"><a href=\"/problems/");
	esc_url(b, p->slug, strlen(p->slug));
	buf_puts(b, "\">");
	esc_html(b, p->title, strlen(p->title));
	buf_printf(b, "</a></td><td><span class=\"diff-%s\">%s</span></td>"
	    "<td class=\"tags\">", difficulty_names[p->difficulty],
	    difficulty_labels[p->difficulty]);
	for (i = 0; i < p->ntags; i++) {
		tag = c->tags[p->tag_ids[i]].name;
		buf_puts(b, "<a class=\"tag\" href=\"/problems?tag=");
		esc_url(b, tag, strlen(tag));
		buf_puts(b, "\">");
		esc_html(b, tag, strlen(tag));
		buf_puts(b, "</a>");
	}
	buf_puts(b, "</td><td class=\"num\"");
	if (acc < 0)
		buf_puts(b, " title=\"no submissions yet\">\xe2\x80\x94");
	else
		buf_printf(b, " title=\"%lu of %lu accepted\">%.1f%%",
		    p->accepted, p->submissions, acc);
	buf_puts(b, "</td></tr>\n");
	free(p->row_html);
	p->row_len = b->len;
	p->row_html = xstrndup(buf_cstr(b), b->len);
}

/* json_counts: the counter fields of p's API item, added or replaced. */
static void
json_counts(struct cat_problem *p)
{
	double	 acc = cat_acceptance(p);
	char	 num[32];

	if (acc < 0)
		json_object_object_add(p->json, "acceptance", NULL);
	else {
		/* One decimal, printed as such (not 45.299999...). */
		snprintf(num, sizeof(num), "%.1f", acc);
		json_object_object_add(p->json, "acceptance",
		    json_object_new_double_s(acc, num));
	}
	json_object_object_add(p->json, "submissions",
	    json_object_new_int64((int64_t)p->submissions));
	json_object_object_add(p->json, "accepted",
	    json_object_new_int64((int64_t)p->accepted));
}

/* render_json: the API list item of p. */
static void
render_json(struct catalog *c, struct cat_problem *p)
{
	struct json_object	*o, *tags;
	size_t			 i;

	o = json_object_new_object();
	json_object_object_add(o, "slug", json_object_new_string(p->slug));
	json_object_object_add(o, "title", json_object_new_string(p->title));
	json_object_object_add(o, "difficulty",
	    json_object_new_string(difficulty_names[p->difficulty]));
	json_object_object_add(o, "kind", json_object_new_string(
	    p->is_function ? "function" : "stdio"));
	tags = json_object_new_array_ext((int)p->ntags);
	for (i = 0; i < p->ntags; i++)
		json_object_array_add(tags, json_object_new_string(
		    c->tags[p->tag_ids[i]].name));
	json_object_object_add(o, "tags", tags);
	p->json = o;
	json_counts(p);
}

int
cat_set_counts(struct catalog *c, long long id, unsigned long submissions,
    unsigned long accepted)
{
	struct cat_problem	*p;
	struct buf		 b;

	if (!c->built || (p = cat_by_id(c, id)) == NULL ||
	    (p->submissions == submissions && p->accepted == accepted))
		return 0;
	p->submissions = submissions;
	p->accepted = accepted;
	buf_init(&b, 1024 * 1024);
	render_row(c, p, &b);
	buf_free(&b);
	json_counts(p);
	return 1;
}

void
cat_finish(struct catalog *c)
{
	struct cat_problem	*p;
	struct buf		 b;
	size_t			 i, k;

	if (c->built)
		return;
	/* Tags: sorted unique names, then each problem's ids (by name). */
	if (npairs > 0)
		qsort(pairs, npairs, sizeof(*pairs), pair_cmp);
	for (i = 0; i < npairs; i++) {
		if (i > 0 && strcmp(pairs[i].tag, pairs[i - 1].tag) == 0) {
			if (pairs[i].pidx == pairs[i - 1].pidx)
				continue;	/* duplicate row */
		} else {
			if (c->ntags == c->atags) {
				c->atags = c->atags ? c->atags * 2 : 64;
				c->tags = xrealloc(c->tags,
				    c->atags * sizeof(*c->tags));
			}
			c->tags[c->ntags].name = pairs[i].tag;
			c->tags[c->ntags].count = 0;
			c->ntags++;
		}
		c->tags[c->ntags - 1].count++;
		c->v[pairs[i].pidx].ntags++;
	}
	for (i = 0; i < c->n; i++) {
		p = &c->v[i];
		p->tag_ids = arena_calloc(&c->mem, p->ntags ? p->ntags : 1,
		    sizeof(*p->tag_ids));
		p->ntags = 0;
	}
	for (i = 0, k = 0; i < npairs; i++) {
		if (i > 0 && strcmp(pairs[i].tag, pairs[i - 1].tag) == 0) {
			if (pairs[i].pidx == pairs[i - 1].pidx)
				continue;
		} else if (i > 0)
			k++;
		p = &c->v[pairs[i].pidx];
		p->tag_ids[p->ntags++] = (unsigned)k;
	}
	npairs = 0;

	c->by_slug = xcalloc(c->n ? c->n : 1, sizeof(*c->by_slug));
	for (i = 0; i < c->n; i++)
		c->by_slug[i] = &c->v[i];
	if (c->n > 0)
		qsort(c->by_slug, c->n, sizeof(*c->by_slug), slug_cmp);

	buf_init(&b, 1024 * 1024);
	for (i = 0; i < c->n; i++) {
		render_row(c, &c->v[i], &b);
		render_json(c, &c->v[i]);
	}
	buf_free(&b);
	c->built = 1;
}

void
cat_free(struct catalog *c)
{
	size_t	 i;

	if (c == NULL)
		return;
	for (i = 0; i < c->n; i++) {
		if (c->v[i].json != NULL)
			json_object_put(c->v[i].json);
		free(c->v[i].row_html);
	}
	free(c->fp_struct);
	free(c->fp_counts);
	free(c->v);
	free(c->by_slug);
	free(c->tags);
	arena_free(&c->mem);
	free(c);
}

/* Queries on a snapshot. */

const struct cat_problem *
cat_find(const struct catalog *c, const char *slug)
{
	size_t	 lo = 0, hi = c->n, mid;
	int	 d;

	if (slug == NULL)
		return NULL;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		d = strcmp(c->by_slug[mid]->slug, slug);
		if (d == 0)
			return c->by_slug[mid];
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

int
cat_tag_find(const struct catalog *c, const char *tag)
{
	size_t	 lo = 0, hi = c->ntags, mid;
	int	 d;

	if (tag == NULL)
		return -1;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		d = strcmp(c->tags[mid].name, tag);
		if (d == 0)
			return (int)mid;
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

const char *
cat_tag_name(const struct catalog *c, const struct cat_problem *p, size_t i)
{
	return i < p->ntags ? c->tags[p->tag_ids[i]].name : NULL;
}

char *
cat_search_norm(struct arena *a, const char *s)
{
	size_t	 b, e, i;
	char	*out;

	if (s == NULL)
		return NULL;
	for (b = 0; s[b] == ' ' || s[b] == '\t'; b++)
		;
	for (e = strlen(s); e > b && (s[e - 1] == ' ' || s[e - 1] == '\t');
	    e--)
		;
	if (e == b || (out = arena_strndup(a, s + b, e - b)) == NULL)
		return NULL;
	for (i = 0; out[i] != '\0'; i++)
		if (out[i] >= 'A' && out[i] <= 'Z')
			out[i] = (char)(out[i] - 'A' + 'a');
	return out;
}

/* text_param_ok: at most max bytes of UTF-8 without control characters. */
static int
text_param_ok(const char *s, size_t max)
{
	size_t	 n = strlen(s), i;

	if (n > max || !utf8_valid(s, n))
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return 0;
	return 1;
}

int
cat_query_parse(struct req *r, const struct catalog *c, struct cat_query *q)
{
	const char	*v;

	memset(q, 0, sizeof(*q));
	q->difficulty = -1;
	q->tag = CAT_TAG_ANY;
	q->limit = CAT_PAGE_DEFAULT;
	if ((v = req_query(r, "difficulty")) != NULL && *v != '\0' &&
	    (q->difficulty = difficulty_parse(v)) < 0)
		return http_error(r, 400, "bad_difficulty",
		    "difficulty must be easy, medium or hard.");
	if ((v = req_query(r, "tag")) != NULL && *v != '\0') {
		if (!text_param_ok(v, CAT_TAG_MAX))
			return http_error(r, 400, "bad_tag",
			    "tag must be at most 40 bytes of text.");
		if ((q->tag = cat_tag_find(c, v)) < 0)
			q->tag = CAT_TAG_NONE;
	}
	if ((v = req_query(r, "q")) != NULL) {
		if (!text_param_ok(v, CAT_Q_MAX))
			return http_error(r, 400, "bad_search",
			    "q must be at most 100 bytes of text.");
		q->q = cat_search_norm(r->arena, v);
	}
	return 0;
}

static int
cat_match(const struct cat_problem *p, const struct cat_query *q)
{
	size_t	 i;

	if (q->difficulty >= 0 && (int)p->difficulty != q->difficulty)
		return 0;
	if (q->tag >= 0) {
		for (i = 0; i < p->ntags; i++)
			if ((int)p->tag_ids[i] == q->tag)
				break;
		if (i == p->ntags)
			return 0;
	}
	if (q->q != NULL && strstr(p->title_lc, q->q) == NULL &&
	    strstr(p->slug, q->q) == NULL)
		return 0;
	return 1;
}

/*
 * One pass over the snapshot: count the matches and keep the page.  For
 * a page before a cursor, the last limit matches below it are kept in a
 * ring, so no list of every match is ever built.
 */
int
cat_select(const struct catalog *c, const struct cat_query *q,
    struct arena *a, struct cat_page *out)
{
	const struct cat_problem	**ring;
	size_t				 limit = q->limit, i, k;
	size_t				 below = 0;
	int				 backward;

	memset(out, 0, sizeof(*out));
	if (limit == 0)
		limit = 1;
	if (limit > CAT_PAGE_MAX)
		limit = CAT_PAGE_MAX;
	if ((ring = arena_calloc(a, limit, sizeof(*ring))) == NULL)
		return -1;
	out->v = ring;
	if (q->tag == CAT_TAG_NONE)
		return 0;
	backward = q->after <= 0 && q->before > 0;
	for (i = 0; i < c->n; i++) {
		if (!cat_match(&c->v[i], q))
			continue;
		out->total++;
		if (backward) {
			if (c->v[i].id < q->before)
				ring[below++ % limit] = &c->v[i];
		} else if (c->v[i].id <= q->after)
			below++;
		else if (out->n < limit)
			ring[out->n++] = &c->v[i];
	}
	if (backward) {
		out->n = below < limit ? below : limit;
		out->first = below - out->n;
		/* Unroll the ring into id order. */
		if (below > limit) {
			const struct cat_problem **tmp;

			if ((tmp = arena_calloc(a, limit, sizeof(*tmp))) ==
			    NULL)
				return -1;
			for (k = 0; k < limit; k++)
				tmp[k] = ring[(below + k) % limit];
			out->v = tmp;
		}
	} else
		out->first = below;
	out->has_prev = out->first > 0;
	out->has_next = out->first + out->n < out->total;
	return 0;
}

/* The worker's snapshot. */

static struct catalog	*cur;		/* process lifetime */
static struct timespec	 retry_at;
static int		 load_failing;
static unsigned long	 generation;

static long long
ms_since(const struct timespec *t)
{
	struct timespec	 now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long long)(now.tv_sec - t->tv_sec) * 1000 +
	    (now.tv_nsec - t->tv_nsec) / 1000000;
}

/*
 * cat_fingerprint: the catalogue's checksums as two strings (arena):
 * *fs for problems and tags, *fc for the counters.  DB_* code.
 */
static int
cat_fingerprint(struct req *r, char **fs, char **fc)
{
	struct db_stmt	*st = db_stmt(r->db, STMT_PROBLEMS_CATALOG_SUM);
	int		 rc;

	if ((rc = db_row(st)) != DB_OK)
		return rc == DB_NOTFOUND ? DB_ERR : rc;
	*fs = arena_printf(r->arena, "%s/%s/%s/%s", db_col_text(st, 0),
	    db_col_text(st, 1), db_col_text(st, 3), db_col_text(st, 4));
	*fc = arena_printf(r->arena, "%s", db_col_text(st, 2));
	return *fs == NULL || *fc == NULL ? DB_ERR : DB_OK;
}

/* cat_load: a fresh snapshot from the database.  DB_OK or a DB_* code. */
static int
cat_load(struct db *db, struct catalog **out)
{
	struct catalog	*c;
	struct db_stmt	*st;
	int		 rc, d;

	*out = NULL;
	c = cat_new();
	st = db_stmt(db, STMT_PROBLEMS_CATALOG);
	while ((rc = db_next(st)) == DB_ROW) {
		if ((d = difficulty_parse(db_col_text(st, 3))) < 0)
			d = DIFF_MEDIUM;
		cat_add(c, db_col_int(st, 0), db_col_int(st, 5),
		    db_col_text(st, 1), db_col_text(st, 2),
		    (enum difficulty)d,
		    strcmp(db_col_text(st, 4), "function") == 0,
		    (unsigned long)db_col_int(st, 6),
		    (unsigned long)db_col_int(st, 7));
	}
	if (rc != DB_DONE)
		goto fail;
	st = db_stmt(db, STMT_PROBLEM_TAGS_CATALOG);
	while ((rc = db_next(st)) == DB_ROW)
		cat_add_tag(c, db_col_int(st, 0), db_col_text(st, 1));
	if (rc != DB_DONE)
		goto fail;
	cat_finish(c);
	*out = c;
	return DB_OK;
fail:
	npairs = 0;
	cat_free(c);
	return rc;
}

/* cat_counts: the counters of every problem into c.  DB_* code. */
static int
cat_counts(struct db *db, struct catalog *c)
{
	struct db_stmt	*st = db_stmt(db, STMT_PROBLEMS_CATALOG_COUNTS);
	int		 rc;

	while ((rc = db_next(st)) == DB_ROW)
		cat_set_counts(c, db_col_int(st, 0),
		    (unsigned long)db_col_int(st, 1),
		    (unsigned long)db_col_int(st, 2));
	return rc == DB_DONE ? DB_OK : rc;
}

static void
cat_failed(int rc)
{
	if (!load_failing)
		log_warnx("cat_refresh: cannot load the problem catalogue "
		    "(%s)%s", db_rc_names[rc],
		    cur ? "; serving the previous snapshot" : "");
	load_failing = 1;
	clock_gettime(CLOCK_MONOTONIC, &retry_at);
}

/*
 * cat_refresh: bring the snapshot up to date: nothing, the counters, or
 * a new snapshot, as the fingerprint says (force: a new one regardless).
 * The fingerprint is taken first, so a change racing with the load only
 * causes one more load at the next check.  DB_OK or the failure.
 */
static int
cat_refresh(struct req *r, int force)
{
	struct catalog	*c;
	struct timespec	 t0;
	char		*fs, *fc;
	int		 rc;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((rc = cat_fingerprint(r, &fs, &fc)) != DB_OK) {
		cat_failed(rc);
		return rc;
	}
	if (!force && cur != NULL && strcmp(fs, cur->fp_struct) == 0) {
		if (strcmp(fc, cur->fp_counts) != 0) {
			if ((rc = cat_counts(r->db, cur)) != DB_OK) {
				cat_failed(rc);
				return rc;
			}
			free(cur->fp_counts);
			cur->fp_counts = xstrdup(fc);
			cur->gen = ++generation;
		}
	} else {
		if ((rc = cat_load(r->db, &c)) != DB_OK) {
			cat_failed(rc);
			return rc;
		}
		c->fp_struct = xstrdup(fs);
		c->fp_counts = xstrdup(fc);
		c->gen = ++generation;
		log_debug("cat_refresh: %zu problems loaded in %lld ms", c->n,
		    ms_since(&t0));
		cat_free(cur);
		cur = c;
	}
	if (load_failing)
		log_info("cat_refresh: problem catalogue loaded again");
	load_failing = 0;
	clock_gettime(CLOCK_MONOTONIC, &cur->checked);
	return DB_OK;
}

const struct catalog *
cat_get(struct req *r, int *status)
{
	int	 rc;

	*status = 200;
	if (cur != NULL && ms_since(&cur->checked) < CAT_TTL_MS)
		return cur;
	if (load_failing && ms_since(&retry_at) < CAT_RETRY_MS) {
		if (cur != NULL)
			return cur;
		*status = db_http_status(r, DB_UNAVAILABLE);
		return NULL;
	}
	if ((rc = cat_refresh(r, 0)) != DB_OK && cur == NULL) {
		*status = db_http_status(r, rc);
		return NULL;
	}
	return cur;
}

const struct cat_problem *
cat_lookup(struct req *r, const char *slug, const struct catalog **cp,
    int *status)
{
	const struct catalog		*c;
	const struct cat_problem	*p;
	struct db_stmt			*st;
	int				 rc;

	if (slug == NULL || !slug_check(slug)) {
		*status = http_error(r, 404, "no_problem",
		    "There is no problem with that name.");
		return NULL;
	}
	if ((c = cat_get(r, status)) == NULL)
		return NULL;
	*cp = c;
	if ((p = cat_find(c, slug)) != NULL)
		return p;
	/*
	 * Not in the snapshot: imported since it was taken?  One indexed
	 * query says; only then is the snapshot reloaded early.
	 */
	if (!load_failing && ms_since(&c->checked) > 100) {
		st = db_stmt(r->db, STMT_PROBLEMS_VISIBLE_BY_SLUG);
		db_bind_text(st, 0, slug);
		rc = db_row(st);
		if (rc == DB_OK && cat_refresh(r, 1) == DB_OK) {
			*cp = cur;
			if ((p = cat_find(cur, slug)) != NULL)
				return p;
		}
		if (rc != DB_OK && rc != DB_NOTFOUND) {
			*status = db_http_status(r, rc);
			return NULL;
		}
	}
	*status = http_error(r, 404, "no_problem",
	    "There is no problem with that name.");
	return NULL;
}

/* The version cache. */

#define DETAIL_BUCKETS	1024
#define SAMPLE_MAX	(64 * 1024)	/* bytes of a sample kept */

struct detail_ent {
	struct detail_ent	*next;
	struct cat_detail	 d;
};

static struct detail_ent	*buckets[DETAIL_BUCKETS];
static size_t			 detail_bytes;

static void
detail_clear(void)
{
	struct detail_ent	*e, *next;
	size_t			 i;

	for (i = 0; i < DETAIL_BUCKETS; i++) {
		for (e = buckets[i]; e != NULL; e = next) {
			next = e->next;
			if (e->d.stubs != NULL)
				json_object_put(e->d.stubs);
			arena_free(&e->d.mem);
			free(e);
		}
		buckets[i] = NULL;
	}
	detail_bytes = 0;
}

/* detail_load: version vid from the database into *e.  DB_* code. */
static int
detail_load(struct db *db, long long vid, struct detail_ent *e)
{
	struct cat_detail	*d = &e->d;
	struct cat_sample	*s;
	struct db_stmt		*st;
	size_t			 alloc = 0;
	int			 rc;

	d->version_id = vid;
	arena_init(&d->mem, 16 * 1024, 0);
	st = db_stmt(db, STMT_PROBLEM_VERSIONS_PAGE_BY_ID);
	db_bind_int(st, 0, vid);
	if ((rc = db_row(st)) != DB_OK)
		return rc;
	d->statement_html = db_col_dup(st, 0, &d->mem);
	d->time_limit_ms = (unsigned long)db_col_int(st, 1);
	d->memory_kb = (unsigned long)db_col_int(st, 2);
	d->output_kb = (unsigned long)db_col_int(st, 3);
	if (!db_col_isnull(st, 4) && db_col_len(st, 4) > 0) {
		d->stubs = json_tokener_parse(db_col_text(st, 4));
		if (d->stubs != NULL &&
		    !json_object_is_type(d->stubs, json_type_object)) {
			json_object_put(d->stubs);
			d->stubs = NULL;
		}
		if (d->stubs == NULL)
			log_warnx("%s: version %lld: stubs are not a JSON "
			    "object", __func__, vid);
	}
	d->bytes = sizeof(*e) + db_col_len(st, 0) + db_col_len(st, 4);

	st = db_stmt(db, STMT_TESTCASES_SAMPLES_BY_VERSION);
	db_bind_int(st, 0, SAMPLE_MAX);
	db_bind_int(st, 1, SAMPLE_MAX);
	db_bind_int(st, 2, vid);
	while ((rc = db_next(st)) == DB_ROW) {
		if (d->nsamples == alloc) {
			struct cat_sample *nv;

			alloc = alloc ? alloc * 2 : 4;
			nv = arena_calloc(&d->mem, alloc, sizeof(*nv));
			if (d->nsamples > 0)
				memcpy(nv, d->samples,
				    d->nsamples * sizeof(*nv));
			d->samples = nv;
		}
		s = &d->samples[d->nsamples++];
		s->name = db_col_dup(st, 1, &d->mem);
		s->input = db_col_dup(st, 2, &d->mem);
		s->input_len = db_col_len(st, 2);
		s->expected = db_col_dup(st, 4, &d->mem);
		s->expected_len = db_col_len(st, 4);
		s->truncated = db_col_int(st, 3) > (long long)s->input_len ||
		    db_col_int(st, 5) > (long long)s->expected_len;
		d->bytes += s->input_len + s->expected_len + 64;
	}
	return rc == DB_DONE ? DB_OK : rc;
}

int
cat_detail(struct req *r, const struct cat_problem *p,
    const struct cat_detail **out)
{
	struct detail_ent	*e;
	size_t			 h;
	int			 rc;

	h = (size_t)p->version_id % DETAIL_BUCKETS;
	*out = NULL;
	for (e = buckets[h]; e != NULL; e = e->next)
		if (e->d.version_id == p->version_id) {
			*out = &e->d;
			return 200;
		}
	e = xcalloc(1, sizeof(*e));
	if ((rc = detail_load(r->db, p->version_id, e)) != DB_OK) {
		if (e->d.stubs != NULL)
			json_object_put(e->d.stubs);
		arena_free(&e->d.mem);
		free(e);
		if (rc == DB_NOTFOUND)
			log_warnx("%s: problem \"%s\": version %lld missing",
			    __func__, p->slug, p->version_id);
		return db_http_status(r, rc == DB_NOTFOUND ? DB_ERR : rc);
	}
	/* Over budget: start again (simple, and rare by construction). */
	if (detail_bytes + e->d.bytes > CAT_DETAIL_BUDGET) {
		detail_clear();
		h = (size_t)p->version_id % DETAIL_BUCKETS;
	}
	e->next = buckets[h];
	buckets[h] = e;
	detail_bytes += e->d.bytes;
	*out = &e->d;
	return 200;
}

const char *
cat_stub(const struct cat_detail *d, const struct cat_problem *p,
    const struct web_lang *l)
{
	struct json_object	*s;

	if (!p->is_function)
		return l->template;
	if (d->stubs == NULL || !json_object_object_get_ex(d->stubs, l->id,
	    &s) || !json_object_is_type(s, json_type_string))
		return NULL;
	return json_object_get_string(s);
}
