/* pkg.c: read a Kattis legacy problem package: problem.yaml, limits, tests. */
/*
 * Loading is all-or-nothing: the first problem found is reported with the
 * problem's slug and the file's path inside the package, and the partly
 * filled struct is released before returning, so callers never see half a
 * package.  Test data is not read here (secret data may be large): only
 * paths are kept, and check.c opens them one test at a time.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <yaml.h>

#include "pkg.h"
#include "xmalloc.h"

#define YAML_MAX_BYTES	(1u << 20)	/* problem.yaml, testdata.yaml */
#define YAML_MAX_NODES	100000
#define YAML_MAX_DEPTH	64
#define GROUP_MAX_DEPTH	8
#define TESTS_MAX	10000

const char *const pkg_difficulty_names[PKG_DIFF__MAX] = {
	[PKG_DIFF_NONE] = "",
	[PKG_DIFF_EASY] = "easy",
	[PKG_DIFF_MEDIUM] = "medium",
	[PKG_DIFF_HARD] = "hard",
};

const char *const pkg_kind_names[PKG_KIND__MAX] = {
	[PKG_KIND_STDIO] = "stdio",
	[PKG_KIND_FUNCTION] = "function",
};

/* Loading context: where errors go. */
struct ctx {
	struct pkg	*p;
	char		*err;
	size_t		 errlen;
};

static int
fail(struct ctx *c, const char *file, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Record "problem 'slug': file: message"; always returns -1. */
static int
fail(struct ctx *c, const char *file, const char *fmt, ...)
{
	char	 msg[512];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (file != NULL)
		snprintf(c->err, c->errlen, "problem '%s': %s: %s",
		    c->p->slug, file, msg);
	else
		snprintf(c->err, c->errlen, "problem '%s': %s", c->p->slug,
		    msg);
	return -1;
}

char *
pkg_read_file(const char *path, size_t max, size_t *lenp)
{
	struct stat	 st;
	char		*data = NULL;
	size_t		 len = 0;
	ssize_t		 n;
	int		 fd, saved;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return NULL;
	if (fstat(fd, &st) == -1)
		goto fail;
	if (!S_ISREG(st.st_mode)) {
		errno = EINVAL;
		goto fail;
	}
	if ((uint64_t)st.st_size > max) {
		errno = EFBIG;
		goto fail;
	}
	data = xmalloc((size_t)st.st_size + 1);
	while (len < (size_t)st.st_size) {
		n = read(fd, data + len, (size_t)st.st_size - len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			goto fail;
		if (n == 0)
			break;
		len += (size_t)n;
	}
	data[len] = '\0';
	close(fd);
	if (lenp != NULL)
		*lenp = len;
	return data;
fail:
	saved = errno;
	free(data);
	close(fd);
	errno = saved;
	return NULL;
}

/* YAML to JSON ------------------------------------------------------- */

struct yconv {
	yaml_document_t	*doc;
	size_t		 nodes;
	char		*err;
	size_t		 errlen;
};

static int
yerr(struct yconv *y, yaml_node_t *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
yerr(struct yconv *y, yaml_node_t *n, const char *fmt, ...)
{
	char	 msg[256];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (n != NULL)
		snprintf(y->err, y->errlen, "line %zu column %zu: %s",
		    n->start_mark.line + 1, n->start_mark.column + 1, msg);
	else
		snprintf(y->err, y->errlen, "%s", msg);
	return -1;
}

static int
all_digits(const char *s, const char *digits)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (strchr(digits, *s) == NULL)
			return 0;
	return 1;
}

/*
 * YAML 1.2 core schema float:
 * [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
 */
static int
is_core_float(const char *s)
{
	int	 digits = 0;

	if (*s == '-' || *s == '+')
		s++;
	while (*s >= '0' && *s <= '9') {
		s++;
		digits++;
	}
	if (*s == '.') {
		s++;
		while (*s >= '0' && *s <= '9') {
			s++;
			digits++;
		}
	}
	if (digits == 0)
		return 0;
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '-' || *s == '+')
			s++;
		if (!(*s >= '0' && *s <= '9'))
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return *s == '\0';
}

/* Resolve a plain scalar; sets *out (NULL for null). */
static struct json_object *
yaml_plain(const char *s, size_t len, int *is_null)
{
	const char	*d;
	char		*end;
	long long	 ll;
	double		 dbl;
	int		 base = 10;

	*is_null = 0;
	if (len != strlen(s))		/* NUL inside: keep as string */
		return json_object_new_string_len(s, (int)len);
	if (len == 0 || strcmp(s, "~") == 0 || strcmp(s, "null") == 0 ||
	    strcmp(s, "Null") == 0 || strcmp(s, "NULL") == 0) {
		*is_null = 1;
		return NULL;
	}
	if (strcmp(s, "true") == 0 || strcmp(s, "True") == 0 ||
	    strcmp(s, "TRUE") == 0)
		return json_object_new_boolean(1);
	if (strcmp(s, "false") == 0 || strcmp(s, "False") == 0 ||
	    strcmp(s, "FALSE") == 0)
		return json_object_new_boolean(0);
	d = (s[0] == '-' || s[0] == '+') ? s + 1 : s;
	if (strncmp(s, "0x", 2) == 0 && all_digits(s + 2,
	    "0123456789abcdefABCDEF"))
		base = 16;
	else if (strncmp(s, "0o", 2) == 0 && all_digits(s + 2, "01234567"))
		base = 8;
	if (base != 10 || all_digits(d, "0123456789")) {
		errno = 0;
		ll = strtoll(base == 10 ? s : s + 2, &end, base);
		if (errno == 0 && *end == '\0')
			return json_object_new_int64(ll);
		/* Too big for 64 bits: a float, as YAML libraries do. */
		return json_object_new_double(strtod(s, NULL));
	}
	if (is_core_float(s)) {
		dbl = strtod(s, NULL);
		if (isfinite(dbl))
			return json_object_new_double(dbl);
	}
	/* .inf and .nan have no JSON form: they stay strings. */
	return json_object_new_string_len(s, (int)len);
}

static int
yaml_node_json(struct yconv *y, yaml_node_t *n, int depth,
    struct json_object **out)
{
	struct json_object	*o, *v, *dummy;
	yaml_node_item_t	*it;
	yaml_node_pair_t	*pr;
	yaml_node_t		*k;
	int			 is_null;

	*out = NULL;
	if (n == NULL)
		return yerr(y, NULL, "dangling node");
	if (depth > YAML_MAX_DEPTH)
		return yerr(y, n, "nested deeper than %d levels",
		    YAML_MAX_DEPTH);
	if (++y->nodes > YAML_MAX_NODES)
		return yerr(y, n, "more than %d nodes (alias bomb?)",
		    YAML_MAX_NODES);
	switch (n->type) {
	case YAML_SCALAR_NODE:
		if (n->data.scalar.length > INT32_MAX)
			return yerr(y, n, "scalar too long");
		if (n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
			*out = yaml_plain((const char *)n->data.scalar.value,
			    n->data.scalar.length, &is_null);
			return 0;
		}
		*out = json_object_new_string_len(
		    (const char *)n->data.scalar.value,
		    (int)n->data.scalar.length);
		return 0;
	case YAML_SEQUENCE_NODE:
		o = json_object_new_array();
		for (it = n->data.sequence.items.start;
		    it < n->data.sequence.items.top; it++) {
			if (yaml_node_json(y, yaml_document_get_node(y->doc,
			    *it), depth + 1, &v) == -1) {
				json_object_put(o);
				return -1;
			}
			json_object_array_add(o, v);
		}
		*out = o;
		return 0;
	case YAML_MAPPING_NODE:
		o = json_object_new_object();
		for (pr = n->data.mapping.pairs.start;
		    pr < n->data.mapping.pairs.top; pr++) {
			k = yaml_document_get_node(y->doc, pr->key);
			if (k == NULL || k->type != YAML_SCALAR_NODE) {
				json_object_put(o);
				return yerr(y, k, "mapping keys must be "
				    "scalars");
			}
			if (json_object_object_get_ex(o,
			    (const char *)k->data.scalar.value, &dummy)) {
				json_object_put(o);
				return yerr(y, k, "duplicate key '%.64s'",
				    (const char *)k->data.scalar.value);
			}
			if (yaml_node_json(y, yaml_document_get_node(y->doc,
			    pr->value), depth + 1, &v) == -1) {
				json_object_put(o);
				return -1;
			}
			json_object_object_add(o,
			    (const char *)k->data.scalar.value, v);
		}
		*out = o;
		return 0;
	default:
		return yerr(y, n, "empty node");
	}
}

struct json_object *
pkg_yaml_to_json(const char *text, size_t len, char *err, size_t errlen)
{
	yaml_parser_t		 parser;
	yaml_document_t		 doc;
	yaml_node_t		*root;
	struct yconv		 y;
	struct json_object	*out = NULL;

	if (errlen > 0)
		err[0] = '\0';
	if (!yaml_parser_initialize(&parser)) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	yaml_parser_set_input_string(&parser, (const unsigned char *)text,
	    len);
	if (!yaml_parser_load(&parser, &doc)) {
		snprintf(err, errlen, "line %zu column %zu: %s%s%s",
		    parser.problem_mark.line + 1,
		    parser.problem_mark.column + 1,
		    parser.problem ? parser.problem : "syntax error",
		    parser.context ? " " : "",
		    parser.context ? parser.context : "");
		yaml_parser_delete(&parser);
		return NULL;
	}
	root = yaml_document_get_root_node(&doc);
	if (root == NULL)
		out = json_object_new_object();
	else {
		y.doc = &doc;
		y.nodes = 0;
		y.err = err;
		y.errlen = errlen;
		if (yaml_node_json(&y, root, 0, &out) == -1)
			out = NULL;
	}
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	return out;
}

/* problem.yaml ------------------------------------------------------- */

static const char *
jstr(struct json_object *o)
{
	if (o == NULL)
		return NULL;
	if (json_object_is_type(o, json_type_string) ||
	    json_object_is_type(o, json_type_int) ||
	    json_object_is_type(o, json_type_double))
		return json_object_get_string(o);
	return NULL;
}

static int
jnum(struct json_object *o, double *v)
{
	if (o == NULL)
		return 0;
	if (!json_object_is_type(o, json_type_int) &&
	    !json_object_is_type(o, json_type_double))
		return -1;
	*v = json_object_get_double(o);
	return 1;
}

/* Read limits.<key> as a number in [lo, hi]; absent leaves *v unchanged. */
static int
limit_num(struct ctx *c, struct json_object *limits, const char *key,
    double lo, double hi, double *v)
{
	struct json_object	*o;
	double			 d;

	if (limits == NULL || !json_object_object_get_ex(limits, key, &o))
		return 0;
	if (jnum(o, &d) != 1 || !(d >= lo && d <= hi))
		return fail(c, "problem.yaml", "limits.%s must be a number "
		    "from %g to %g", key, lo, hi);
	*v = d;
	return 0;
}

static int
limit_uint(struct ctx *c, struct json_object *limits, const char *key,
    unsigned lo, unsigned hi, unsigned *v)
{
	double	 d = *v;

	if (limit_num(c, limits, key, lo, hi, &d) == -1)
		return -1;
	if (d != floor(d))
		return fail(c, "problem.yaml", "limits.%s must be a whole "
		    "number", key);
	*v = (unsigned)d;
	return 0;
}

static int
read_timelimit(struct ctx *c)
{
	char	*path, *data, *end;
	double	 d;

	path = xasprintf("%s/.timelimit", c->p->dir);
	data = pkg_read_file(path, 1024, NULL);
	free(path);
	if (data == NULL) {
		if (errno == ENOENT)
			return 0;
		return fail(c, ".timelimit", "%s", strerror(errno));
	}
	errno = 0;
	d = strtod(data, &end);
	while (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r')
		end++;
	if (end == data || *end != '\0' || errno || !(d > 0 && d <= 3600)) {
		free(data);
		return fail(c, ".timelimit", "expected a number of seconds "
		    "(0 to 3600)");
	}
	free(data);
	c->p->time_limit = d;
	c->p->time_limit_given = 1;
	return 0;
}

static int
parse_yaml(struct ctx *c)
{
	struct pkg		*p = c->p;
	struct json_object	*y, *o, *limits = NULL, *t;
	char			*path, *text, yerr_msg[256];
	const char		*s;
	size_t			 len, i;
	double			 tl = -1;
	int			 k;

	path = xasprintf("%s/problem.yaml", p->dir);
	text = pkg_read_file(path, YAML_MAX_BYTES, &len);
	free(path);
	if (text == NULL)
		return fail(c, "problem.yaml", "%s", errno == ENOENT ?
		    "missing" : strerror(errno));
	y = pkg_yaml_to_json(text, len, yerr_msg, sizeof(yerr_msg));
	free(text);
	if (y == NULL && yerr_msg[0] != '\0')
		return fail(c, "problem.yaml", "%s", yerr_msg);
	if (!json_object_is_type(y, json_type_object)) {
		json_object_put(y);
		return fail(c, "problem.yaml", "expected a mapping at the top");
	}
	p->yaml = y;

	if (json_object_object_get_ex(y, "name", &o)) {
		/* Newer packages map languages to names: take "en", else
		 * the first one. */
		if (json_object_is_type(o, json_type_object) &&
		    !json_object_object_get_ex(o, "en", &t)) {
			struct json_object_iterator it, end;

			it = json_object_iter_begin(o);
			end = json_object_iter_end(o);
			t = json_object_iter_equal(&it, &end) ? NULL :
			    json_object_iter_peek_value(&it);
		}
		if (json_object_is_type(o, json_type_object))
			o = t;
		if ((s = jstr(o)) == NULL || *s == '\0')
			return fail(c, "problem.yaml", "name must be a "
			    "non-empty string");
		p->name = xstrdup(s);
	} else
		p->name = xstrdup(p->slug);

	if (json_object_object_get_ex(y, "difficulty", &o)) {
		s = jstr(o);
		for (k = PKG_DIFF_EASY; s != NULL && k < PKG_DIFF__MAX; k++)
			if (strcmp(s, pkg_difficulty_names[k]) == 0)
				break;
		if (s == NULL || k == PKG_DIFF__MAX)
			return fail(c, "problem.yaml", "difficulty '%.32s' is "
			    "not one of easy, medium, hard", s ? s : "?");
		p->difficulty = (enum pkg_difficulty)k;
	}

	if (json_object_object_get_ex(y, "kind", &o)) {
		s = jstr(o);
		for (k = 0; s != NULL && k < PKG_KIND__MAX; k++)
			if (strcmp(s, pkg_kind_names[k]) == 0)
				break;
		if (s == NULL || k == PKG_KIND__MAX)
			return fail(c, "problem.yaml", "kind '%.32s' is not "
			    "one of stdio, function", s ? s : "?");
		p->kind = (enum pkg_kind)k;
	}
	if (json_object_object_get_ex(y, "signature", &o) && o != NULL)
		p->signature = o;
	if (p->kind == PKG_KIND_FUNCTION && p->signature == NULL)
		return fail(c, "problem.yaml", "kind: function needs a "
		    "signature block");

	p->tags = xcalloc(1, sizeof(*p->tags));
	if (json_object_object_get_ex(y, "tags", &o) && o != NULL) {
		if (!json_object_is_type(o, json_type_array))
			return fail(c, "problem.yaml", "tags must be a list");
		len = json_object_array_length(o);
		p->tags = xrealloc(p->tags, (len + 1) * sizeof(*p->tags));
		for (i = 0; i < len; i++) {
			t = json_object_array_get_idx(o, i);
			if ((s = jstr(t)) == NULL || *s == '\0' ||
			    strlen(s) > 64)
				return fail(c, "problem.yaml", "tag %zu must "
				    "be a string of 1 to 64 bytes", i + 1);
			p->tags[p->ntags++] = xstrdup(s);
			p->tags[p->ntags] = NULL;
		}
	}

	if (json_object_object_get_ex(y, "type", &o) && (s = jstr(o)) !=
	    NULL && strcmp(s, "pass-fail") != 0)
		return fail(c, "problem.yaml", "type '%.32s' is not "
		    "supported (pass-fail only)", s);

	if (json_object_object_get_ex(y, "limits", &limits) &&
	    limits != NULL && !json_object_is_type(limits, json_type_object))
		return fail(c, "problem.yaml", "limits must be a mapping");
	if (limit_uint(c, limits, "memory", 1, 65536, &p->memory_mb) == -1 ||
	    limit_uint(c, limits, "output", 1, 4096, &p->output_mb) == -1 ||
	    limit_num(c, limits, "time_multiplier", 0.01, 1000,
	    &p->time_multiplier) == -1 ||
	    limit_num(c, limits, "time_safety_margin", 0.01, 1000,
	    &p->time_safety_margin) == -1 ||
	    limit_uint(c, limits, "validation_time", 1, 3600,
	    &p->validation_time) == -1 ||
	    limit_uint(c, limits, "validation_memory", 1, 65536,
	    &p->validation_memory_mb) == -1 ||
	    limit_num(c, limits, "time_limit", 0.001, 3600, &tl) == -1)
		return -1;
	if (tl > 0 && !p->time_limit_given) {
		p->time_limit = tl;
		p->time_limit_given = 1;
	}

	if (json_object_object_get_ex(y, "validation", &o)) {
		s = jstr(o);
		if (s != NULL && strcmp(s, "default") == 0)
			p->validation = PKG_VALIDATION_DEFAULT;
		else if (s != NULL && strcmp(s, "custom") == 0)
			p->validation = PKG_VALIDATION_CUSTOM;
		else
			return fail(c, "problem.yaml", "validation '%.32s' is "
			    "not supported (default or custom)", s ? s : "?");
	}
	if (json_object_object_get_ex(y, "validator_flags", &o) && o != NULL) {
		if ((s = jstr(o)) == NULL)
			return fail(c, "problem.yaml", "validator_flags must "
			    "be a string");
		p->validator_flags = xstrdup(s);
	} else
		p->validator_flags = xstrdup("");
	return 0;
}

/* Statement, validator ------------------------------------------------ */

static int
statement_rank(const char *n)
{
	size_t	 l = strlen(n);

	if (strncmp(n, "problem.", 8) != 0)
		return 0;
	if (strcmp(n, "problem.md") == 0)
		return 6;
	if (strcmp(n, "problem.en.md") == 0)
		return 5;
	if (l > 3 && strcmp(n + l - 3, ".md") == 0)
		return 4;
	if (strcmp(n, "problem.tex") == 0)
		return 3;
	if (strcmp(n, "problem.en.tex") == 0)
		return 2;
	if (l > 4 && strcmp(n + l - 4, ".tex") == 0)
		return 1;
	return 0;
}

static int
find_statement(struct ctx *c)
{
	char		*dir, *best = NULL;
	DIR		*d;
	struct dirent	*e;
	int		 r, bestr = 0;

	dir = xasprintf("%s/problem_statement", c->p->dir);
	if ((d = opendir(dir)) == NULL) {
		free(dir);
		return fail(c, "problem_statement/", "%s", errno == ENOENT ?
		    "missing (the statement goes in problem_statement/"
		    "problem.md)" : strerror(errno));
	}
	while ((e = readdir(d)) != NULL) {
		r = statement_rank(e->d_name);
		if (r > bestr) {
			free(best);
			best = xstrdup(e->d_name);
			bestr = r;
		}
	}
	closedir(d);
	if (best == NULL) {
		free(dir);
		return fail(c, "problem_statement/", "no problem.md (or "
		    "problem.<lang>.md, problem.tex) in it");
	}
	c->p->statement = xasprintf("%s/%s", dir, best);
	free(dir);
	free(best);
	return 0;
}

static int
find_validator(struct ctx *c)
{
	char		*dir, *only = NULL;
	DIR		*d;
	struct dirent	*e;
	int		 n = 0;

	if (c->p->validation != PKG_VALIDATION_CUSTOM)
		return 0;
	dir = xasprintf("%s/output_validators", c->p->dir);
	if ((d = opendir(dir)) == NULL) {
		free(dir);
		return fail(c, "output_validators/", "%s (validation is "
		    "custom)", errno == ENOENT ? "missing" : strerror(errno));
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		n++;
		free(only);
		only = xstrdup(e->d_name);
	}
	closedir(d);
	if (n != 1) {
		free(dir);
		free(only);
		return fail(c, "output_validators/", "expected exactly one "
		    "validator (folder or file), found %d", n);
	}
	c->p->validator = xasprintf("%s/%s", dir, only);
	free(dir);
	free(only);
	return 0;
}

/* Test data ------------------------------------------------------------ */

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
ends_with(const char *s, const char *suf)
{
	size_t	 l = strlen(s), m = strlen(suf);

	return l > m && strcmp(s + l - m, suf) == 0;
}

/* Group flags from <dir>/testdata.yaml, or the inherited ones. */
static int
group_flags(struct ctx *c, const char *dir, const char *rel,
    const char *inherited, const char **out)
{
	struct json_object	*y, *o;
	char			*path, *text, msg[256], *relf;
	const char		*s;
	size_t			 len;
	int			 rc = 0;

	*out = inherited;
	path = xasprintf("%s/testdata.yaml", dir);
	text = pkg_read_file(path, YAML_MAX_BYTES, &len);
	free(path);
	if (text == NULL)
		return 0;
	relf = xasprintf("data/%s/testdata.yaml", rel);
	y = pkg_yaml_to_json(text, len, msg, sizeof(msg));
	free(text);
	if (y == NULL && msg[0] != '\0')
		rc = fail(c, relf, "%s", msg);
	else if (json_object_is_type(y, json_type_object) &&
	    json_object_object_get_ex(y, "output_validator_flags", &o) &&
	    o != NULL) {
		if ((s = jstr(o)) == NULL)
			rc = fail(c, relf, "output_validator_flags must be a "
			    "string");
		else {
			c->p->strings = xrealloc(c->p->strings,
			    (c->p->nstrings + 1) * sizeof(*c->p->strings));
			c->p->strings[c->p->nstrings] = xstrdup(s);
			*out = c->p->strings[c->p->nstrings++];
		}
	}
	json_object_put(y);
	free(relf);
	return rc;
}

static int
add_test(struct ctx *c, const char *dir, const char *rel, const char *base,
    int sample, const char *flags)
{
	struct pkg	*p = c->p;
	struct pkg_test	*t;
	struct stat	 st;
	char		*ans;

	ans = xasprintf("%s/%s.ans", dir, base);
	if (stat(ans, &st) == -1 || !S_ISREG(st.st_mode)) {
		free(ans);
		return fail(c, NULL, "data/%s/%s.in has no matching .ans", rel,
		    base);
	}
	if (p->ntests >= TESTS_MAX) {
		free(ans);
		return fail(c, NULL, "more than %d tests", TESTS_MAX);
	}
	p->tests = xrealloc(p->tests, (p->ntests + 1) * sizeof(*p->tests));
	t = &p->tests[p->ntests++];
	memset(t, 0, sizeof(*t));
	t->name = xasprintf("%s/%s", rel, base);
	t->in_path = xasprintf("%s/%s.in", dir, base);
	t->ans_path = ans;
	t->is_sample = sample;
	t->flags = flags;
	if (sample)
		p->nsamples++;
	return 0;
}

/*
 * Walk one group folder: entries in byte order, .in files become tests,
 * folders become nested groups (depth-first, in the same order).
 */
static int
walk_group(struct ctx *c, const char *dir, const char *rel, int sample,
    const char *inherited, int depth)
{
	DIR		*d;
	struct dirent	*e;
	struct stat	 st;
	char		**names = NULL, *path, *sub, *base;
	size_t		  n = 0, i;
	const char	 *flags;
	int		  rc = 0;

	if (depth > GROUP_MAX_DEPTH)
		return fail(c, NULL, "data/%s: test groups nested deeper "
		    "than %d", rel, GROUP_MAX_DEPTH);
	if (group_flags(c, dir, rel, inherited, &flags) == -1)
		return -1;
	if ((d = opendir(dir)) == NULL)
		return fail(c, NULL, "data/%s: %s", rel, strerror(errno));
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		names = xrealloc(names, (n + 1) * sizeof(*names));
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof(*names), name_cmp);
	for (i = 0; i < n && rc == 0; i++) {
		path = xasprintf("%s/%s", dir, names[i]);
		if (stat(path, &st) == -1) {
			rc = fail(c, NULL, "data/%s/%s: %s", rel, names[i],
			    strerror(errno));
		} else if (S_ISDIR(st.st_mode)) {
			sub = xasprintf("%s/%s", rel, names[i]);
			rc = walk_group(c, path, sub, sample, flags,
			    depth + 1);
			free(sub);
		} else if (S_ISREG(st.st_mode) && ends_with(names[i], ".in")) {
			base = xstrndup(names[i], strlen(names[i]) - 3);
			rc = add_test(c, dir, rel, base, sample, flags);
			free(base);
		} else if (S_ISREG(st.st_mode) &&
		    ends_with(names[i], ".ans")) {
			free(path);
			path = xasprintf("%s/%.*s.in", dir,
			    (int)(strlen(names[i]) - 4), names[i]);
			if (access(path, F_OK) == -1)
				rc = fail(c, NULL, "data/%s/%s has no matching "
				    ".in", rel, names[i]);
		}
		free(path);
	}
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

static int
load_tests(struct ctx *c)
{
	struct pkg	*p = c->p;
	char		*dir;
	struct stat	 st;
	size_t		 i;
	int		 rc = 0;
	char		 msg[256];
	static const char *const groups[] = { "sample", "secret" };

	for (i = 0; i < 2 && rc == 0; i++) {
		dir = xasprintf("%s/data/%s", p->dir, groups[i]);
		if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
			rc = walk_group(c, dir, groups[i], i == 0,
			    p->validator_flags, 0);
		else if (i == 1)
			rc = fail(c, "data/secret/", "missing");
		free(dir);
	}
	if (rc == 0 && p->ntests == p->nsamples)
		rc = fail(c, "data/secret/", "no tests (.in/.ans pairs)");
	/* Default validation: every distinct flag string must parse. */
	for (i = 0; rc == 0 && i < p->ntests; i++) {
		if (validate_flags_parse(&p->tests[i].vflags,
		    p->tests[i].flags, msg, sizeof(msg)) == -1 &&
		    p->validation == PKG_VALIDATION_DEFAULT)
			rc = fail(c, p->tests[i].flags == p->validator_flags ?
			    "problem.yaml" : p->tests[i].name,
			    "validator_flags: %s", msg);
	}
	return rc;
}

void
pkg_free(struct pkg *p)
{
	size_t	 i;

	free(p->dir);
	free(p->slug);
	free(p->name);
	free(p->statement);
	for (i = 0; i < p->ntags; i++)
		free(p->tags[i]);
	free(p->tags);
	free(p->validator_flags);
	free(p->validator);
	json_object_put(p->yaml);
	for (i = 0; i < p->ntests; i++) {
		free(p->tests[i].name);
		free(p->tests[i].in_path);
		free(p->tests[i].ans_path);
	}
	free(p->tests);
	for (i = 0; i < p->nstrings; i++)
		free(p->strings[i]);
	free(p->strings);
	memset(p, 0, sizeof(*p));
}

int
pkg_load(struct pkg *p, const char *dir, char *err, size_t errlen)
{
	struct ctx	 c = { p, err, errlen };
	struct stat	 st;
	const char	*slash;
	size_t		 len;

	memset(p, 0, sizeof(*p));
	if (errlen > 0)
		err[0] = '\0';
	errno = 0;
	len = strlen(dir);
	while (len > 1 && dir[len - 1] == '/')
		len--;
	p->dir = xstrndup(dir, len);
	slash = strrchr(p->dir, '/');
	p->slug = xstrdup(slash ? slash + 1 : p->dir);
	p->time_limit = PKG_DEFAULT_TIME_LIMIT;
	p->time_multiplier = 5;
	p->time_safety_margin = 2;
	p->memory_mb = 2048;
	p->output_mb = 8;
	p->validation_time = 60;
	p->validation_memory_mb = 2048;
	if (stat(p->dir, &st) == -1 || !S_ISDIR(st.st_mode)) {
		fail(&c, NULL, "'%s' is not a folder: %s", p->dir,
		    errno ? strerror(errno) : "not a directory");
		pkg_free(p);
		return -1;
	}
	if (read_timelimit(&c) == -1 || parse_yaml(&c) == -1 ||
	    find_statement(&c) == -1 || find_validator(&c) == -1 ||
	    load_tests(&c) == -1) {
		pkg_free(p);
		return -1;
	}
	return 0;
}
