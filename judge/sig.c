/* sig.c: function signatures: parsing, test validation, framing, checking. */

/*
 * Design.  A signature is parsed once from problem.yaml into struct sig and
 * is immutable afterwards.  Test values are JSON checked here against the
 * signature when a package is imported, so the generated drivers
 * (sig_code.c, judge/harness/) may trust their input: they only convert,
 * never validate.  What comes back from a driver is untrusted (the user's
 * code shares its process) and is parsed defensively: a line that does not
 * fit the result channel's grammar is the user's fault, never IE.
 *
 * Comparison is structural on json-c values, so canonical printing in the
 * drivers is a convenience for display, not a correctness requirement:
 * 2 and 2.0 are equal numbers, key order never matters (there are no
 * objects), and the unordered modes sort arrays by their compact JSON text.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "buf.h"
#include "xmalloc.h"
#include "sig.h"

#define JSON_DEPTH	16
#define FRAME_CAP	((size_t)1 << 30)
#define TREE_MAX	((size_t)1 << 22)

const char *const sig_base_names[SIG_T__MAX] = {
	"int", "long", "double", "bool", "string", "char", "ListNode",
	"TreeNode", "void",
};

/*
 * Names a signature may not use: keywords of the five languages and the
 * names the drivers and stubs rely on.
 */
static const char *const reserved[] = {
	"abstract", "and", "as", "assert", "async", "auto", "await", "bool",
	"boolean", "break", "byte", "case", "catch", "char", "class", "const",
	"continue", "debugger", "def", "default", "del", "delete", "do",
	"double", "elif", "else", "enum", "eval", "except", "export", "extends",
	"extern", "false", "final", "finally", "float", "for", "from",
	"function", "global", "goto", "if", "implements", "import", "in",
	"inline", "instanceof", "int", "interface", "is", "lambda", "let",
	"long", "main", "namespace", "native", "new", "nonlocal", "not",
	"null", "nullptr", "object", "operator", "or", "package", "pass",
	"private", "protected", "public", "raise", "register", "restrict",
	"return", "self", "short", "signed", "sizeof", "static", "std",
	"string", "struct", "super", "switch", "synchronized", "template",
	"this", "throw", "throws", "transient", "true", "try", "typedef",
	"typeof", "union", "unsigned", "using", "var", "virtual", "void",
	"volatile", "while", "with", "yield", "None", "True", "False", "List",
	"Optional", "ListNode", "TreeNode", "Solution", "Main", "String",
	"Object", "Integer", "vector", "arguments", "undefined", "NaN",
	"Infinity", "module", "exports", "require", "returnSize",
	"returnColumnSizes", "obj", "sys", "os", "json", "math", "free",
	"malloc", "printf", "exit", "abs", "min", "max", "len", "list", "str",
	"dict", "set", "map", "print", "type", "id", "input", "open", "val",
	"next", "left", "right",
};

static void
seterr(char *err, size_t errlen, const char *fmt, ...)
{
	va_list	 ap;

	if (err == NULL || errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

static int
name_ok(const char *s, char *err, size_t errlen)
{
	size_t	 i, n;

	n = strlen(s);
	if (n == 0 || n > SIG_NAME_MAX) {
		seterr(err, errlen, "name '%.64s' must be 1 to %d characters",
		    s, SIG_NAME_MAX);
		return -1;
	}
	for (i = 0; i < n; i++) {
		if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' &&
		    s[i] <= 'Z') || s[i] == '_' || (i > 0 && s[i] >= '0' &&
		    s[i] <= '9'))
			continue;
		seterr(err, errlen, "name '%.64s' is not an identifier", s);
		return -1;
	}
	if (strncmp(s, "vd", 2) == 0 || s[0] == '_') {
		seterr(err, errlen, "name '%s': 'vd' and '_' prefixes are "
		    "reserved for the drivers", s);
		return -1;
	}
	for (i = 0; i < sizeof(reserved) / sizeof(reserved[0]); i++)
		if (strcmp(s, reserved[i]) == 0) {
			seterr(err, errlen, "name '%s' is reserved in one of "
			    "the languages", s);
			return -1;
		}
	return 0;
}

const char *
sig_type_name(struct sig_type t)
{
	static char	 names[SIG_T__MAX][3][16];

	if ((unsigned)t.base >= SIG_T__MAX || t.dim < 0 || t.dim > 2)
		return "?";
	if (names[t.base][t.dim][0] == '\0')
		snprintf(names[t.base][t.dim], sizeof(names[0][0]), "%s%s",
		    sig_base_names[t.base], t.dim == 0 ? "" :
		    t.dim == 1 ? "[]" : "[][]");
	return names[t.base][t.dim];
}

static int
type_parse(const char *s, struct sig_type *t, int result, char *err,
    size_t errlen)
{
	size_t	 n, bl;
	int	 b;

	n = strlen(s);
	t->dim = 0;
	while (n >= 2 && s[n - 2] == '[' && s[n - 1] == ']') {
		t->dim++;
		n -= 2;
	}
	for (b = 0; b < SIG_T__MAX; b++) {
		bl = strlen(sig_base_names[b]);
		if (bl == n && strncmp(s, sig_base_names[b], n) == 0)
			break;
	}
	if (b == SIG_T__MAX || t->dim > 2) {
		seterr(err, errlen, "unknown type '%.64s'", s);
		return -1;
	}
	t->base = b;
	if (t->dim == 2 && b != SIG_T_INT && b != SIG_T_CHAR &&
	    b != SIG_T_STRING) {
		seterr(err, errlen, "type '%.64s': 2-D arrays are of int, "
		    "char or string only", s);
		return -1;
	}
	if (t->dim > 0 && (b == SIG_T_LIST || b == SIG_T_TREE ||
	    b == SIG_T_VOID)) {
		seterr(err, errlen, "type '%.64s': no arrays of %s", s,
		    sig_base_names[b]);
		return -1;
	}
	if (b == SIG_T_VOID && !result) {
		seterr(err, errlen, "a parameter cannot be void");
		return -1;
	}
	return 0;
}

static const char *
jstr(struct json_object *o, const char *key)
{
	struct json_object	*v;

	if (!json_object_object_get_ex(o, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

/* Only the listed keys may appear in o. */
static int
keys_ok(struct json_object *o, const char *const *keys, const char *what,
    char *err, size_t errlen)
{
	size_t	 i;

	json_object_object_foreach(o, k, v) {
		(void)v;
		for (i = 0; keys[i] != NULL; i++)
			if (strcmp(k, keys[i]) == 0)
				break;
		if (keys[i] == NULL) {
			seterr(err, errlen, "%s: unknown key '%.64s'", what, k);
			return -1;
		}
	}
	return 0;
}

static int
params_parse(struct json_object *arr, struct sig_method *m, char *err,
    size_t errlen)
{
	static const char *const pkeys[] = { "name", "type", NULL };
	struct json_object	*p;
	const char		*name, *type;
	size_t			 i, j, n;

	if (arr == NULL)
		return 0;
	if (!json_object_is_type(arr, json_type_array)) {
		seterr(err, errlen, "%s: params must be a list", m->name);
		return -1;
	}
	n = json_object_array_length(arr);
	if (n > SIG_PARAMS_MAX) {
		seterr(err, errlen, "%s: more than %d params", m->name,
		    SIG_PARAMS_MAX);
		return -1;
	}
	m->params = xcalloc(n ? n : 1, sizeof(*m->params));
	for (i = 0; i < n; i++) {
		p = json_object_array_get_idx(arr, i);
		if (!json_object_is_type(p, json_type_object) ||
		    (name = jstr(p, "name")) == NULL ||
		    (type = jstr(p, "type")) == NULL) {
			seterr(err, errlen, "%s: param %zu needs a name and a "
			    "type", m->name, i + 1);
			return -1;
		}
		if (keys_ok(p, pkeys, m->name, err, errlen) == -1 ||
		    name_ok(name, err, errlen) == -1)
			return -1;
		m->params[i].name = xstrdup(name);
		m->nparams = i + 1;
		if (type_parse(type, &m->params[i].type, 0, err, errlen) == -1)
			return -1;
		for (j = 0; j < i; j++)
			if (strcmp(m->params[j].name, name) == 0) {
				seterr(err, errlen, "%s: param '%s' twice",
				    m->name, name);
				return -1;
			}
		if (strcmp(name, m->name) == 0) {
			seterr(err, errlen, "%s: a param has the function's "
			    "name", m->name);
			return -1;
		}
	}
	return 0;
}

/*
 * One function or design method: {function, params, returns[, inplace]}.
 * design != 0 allows a plain void result.
 */
static int
method_parse(struct json_object *o, struct sig_method *m, int design,
    char *err, size_t errlen)
{
	struct json_object	*params = NULL;
	const char		*name, *ret, *inplace;
	size_t			 i;

	m->inplace = -1;
	if ((name = jstr(o, "function")) == NULL) {
		seterr(err, errlen, "missing 'function' (the name)");
		return -1;
	}
	if (name_ok(name, err, errlen) == -1)
		return -1;
	m->name = xstrdup(name);
	json_object_object_get_ex(o, "params", &params);
	if (params_parse(params, m, err, errlen) == -1)
		return -1;
	if ((ret = jstr(o, "returns")) == NULL) {
		seterr(err, errlen, "%s: missing 'returns'", name);
		return -1;
	}
	if (type_parse(ret, &m->ret, 1, err, errlen) == -1)
		return -1;
	if ((inplace = jstr(o, "inplace")) != NULL) {
		for (i = 0; i < m->nparams; i++)
			if (strcmp(m->params[i].name, inplace) == 0)
				break;
		if (i == m->nparams) {
			seterr(err, errlen, "%s: inplace names no param ('%.64s')",
			    name, inplace);
			return -1;
		}
		if (m->ret.base != SIG_T_VOID) {
			seterr(err, errlen, "%s: inplace needs returns: void",
			    name);
			return -1;
		}
		if (m->params[i].type.dim == 0 &&
		    m->params[i].type.base != SIG_T_LIST &&
		    m->params[i].type.base != SIG_T_TREE) {
			seterr(err, errlen, "%s: inplace param '%s' must be an "
			    "array, ListNode or TreeNode", name, inplace);
			return -1;
		}
		if (m->params[i].type.base == SIG_T_STRING &&
		    m->params[i].type.dim == 0) {
			seterr(err, errlen, "%s: strings are immutable", name);
			return -1;
		}
		m->inplace = (int)i;
	} else if (m->ret.base == SIG_T_VOID && !design) {
		seterr(err, errlen, "%s: returns void needs 'inplace: <param>'",
		    name);
		return -1;
	}
	return 0;
}

static int
cmp_parse(const char *s, struct sig *sig, char *err, size_t errlen)
{
	char	*end;

	if (s == NULL || strcmp(s, "exact") == 0)
		sig->cmp = SIG_CMP_EXACT;
	else if (strcmp(s, "unordered") == 0)
		sig->cmp = SIG_CMP_UNORDERED;
	else if (strcmp(s, "unordered:deep") == 0)
		sig->cmp = SIG_CMP_UNORDERED_DEEP;
	else if (strncmp(s, "float:", 6) == 0) {
		sig->cmp = SIG_CMP_FLOAT;
		errno = 0;
		sig->eps = strtod(s + 6, &end);
		if (errno || end == s + 6 || *end != '\0' ||
		    !(sig->eps > 0 && sig->eps < 1)) {
			seterr(err, errlen, "compare '%.64s': the tolerance "
			    "must be a number in (0, 1)", s);
			return -1;
		}
	} else {
		seterr(err, errlen, "compare '%.64s': use exact, unordered, "
		    "unordered:deep or float:EPS", s);
		return -1;
	}
	return 0;
}

static int
design_parse(struct json_object *o, struct sig *sig, char *err,
    size_t errlen)
{
	static const char *const mkeys[] = { "function", "params", "returns",
	    NULL };
	struct json_object	*ctor = NULL, *methods = NULL, *m;
	size_t			 i, j, n;

	if (name_ok(jstr(o, "class"), err, errlen) == -1)
		return -1;
	sig->cls = xstrdup(jstr(o, "class"));
	sig->ctor.name = xstrdup(sig->cls);
	sig->ctor.ret.base = SIG_T_VOID;
	sig->ctor.inplace = -1;
	json_object_object_get_ex(o, "constructor", &ctor);
	if (params_parse(ctor, &sig->ctor, err, errlen) == -1)
		return -1;
	if (!json_object_object_get_ex(o, "methods", &methods) ||
	    !json_object_is_type(methods, json_type_array) ||
	    (n = json_object_array_length(methods)) == 0) {
		seterr(err, errlen, "%s: 'methods' must be a non-empty list",
		    sig->cls);
		return -1;
	}
	if (n > SIG_METHODS_MAX) {
		seterr(err, errlen, "%s: more than %d methods", sig->cls,
		    SIG_METHODS_MAX);
		return -1;
	}
	sig->methods = xcalloc(n, sizeof(*sig->methods));
	for (i = 0; i < n; i++) {
		m = json_object_array_get_idx(methods, i);
		sig->nmethods = i + 1;
		if (!json_object_is_type(m, json_type_object)) {
			seterr(err, errlen, "%s: method %zu is not a mapping",
			    sig->cls, i + 1);
			return -1;
		}
		if (keys_ok(m, mkeys, sig->cls, err, errlen) == -1 ||
		    method_parse(m, &sig->methods[i], 1, err, errlen) == -1)
			return -1;
		if (strcmp(sig->methods[i].name, sig->cls) == 0) {
			seterr(err, errlen, "%s: a method has the class name",
			    sig->cls);
			return -1;
		}
		for (j = 0; j < i; j++)
			if (strcmp(sig->methods[j].name,
			    sig->methods[i].name) == 0) {
				seterr(err, errlen, "%s: method '%s' twice "
				    "(no overloading)", sig->cls,
				    sig->methods[i].name);
				return -1;
			}
	}
	return 0;
}

int
sig_parse(struct json_object *o, struct sig **out, char *err, size_t errlen)
{
	static const char *const fkeys[] = { "function", "params", "returns",
	    "inplace", "compare", NULL };
	static const char *const dkeys[] = { "class", "constructor",
	    "methods", "compare", NULL };
	struct sig	*sig;

	*out = NULL;
	if (o == NULL || !json_object_is_type(o, json_type_object)) {
		seterr(err, errlen, "signature must be a mapping");
		return -1;
	}
	sig = xcalloc(1, sizeof(*sig));
	sig->fn.inplace = -1;
	if (cmp_parse(jstr(o, "compare"), sig, err, errlen) == -1)
		goto fail;
	if (json_object_object_get_ex(o, "compare", NULL) &&
	    jstr(o, "compare") == NULL) {
		seterr(err, errlen, "compare must be a string");
		goto fail;
	}
	if (json_object_object_get_ex(o, "class", NULL)) {
		sig->kind = SIG_DESIGN;
		if (jstr(o, "class") == NULL) {
			seterr(err, errlen, "class must be a name");
			goto fail;
		}
		if (keys_ok(o, dkeys, "signature", err, errlen) == -1 ||
		    design_parse(o, sig, err, errlen) == -1)
			goto fail;
	} else {
		sig->kind = SIG_FUNCTION;
		if (keys_ok(o, fkeys, "signature", err, errlen) == -1 ||
		    method_parse(o, &sig->fn, 0, err, errlen) == -1)
			goto fail;
	}
	*out = sig;
	return 0;
fail:
	sig_free(sig);
	return -1;
}

static void
method_clear(struct sig_method *m)
{
	size_t	 i;

	for (i = 0; i < m->nparams; i++)
		free(m->params[i].name);
	free(m->params);
	free(m->name);
}

void
sig_free(struct sig *sig)
{
	size_t	 i;

	if (sig == NULL)
		return;
	method_clear(&sig->fn);
	method_clear(&sig->ctor);
	for (i = 0; i < sig->nmethods; i++)
		method_clear(&sig->methods[i]);
	free(sig->methods);
	free(sig->cls);
	free(sig);
}

/*
 * Parse one JSON value spanning exactly s[0..len): strict syntax, UTF-8
 * checked.  Returns 0 with *out a reference (NULL for the literal null; put
 * it) or -1 with err set.
 */
static int
json_parse_exact(const char *s, size_t len, struct json_object **out,
    char *err, size_t errlen)
{
	struct json_tokener	*tok;
	struct json_object	*o;
	enum json_tokener_error	 je;
	int			 rc = -1;

	*out = NULL;
	if (len > INT32_MAX) {
		seterr(err, errlen, "value too large");
		return -1;
	}
	if ((tok = json_tokener_new_ex(JSON_DEPTH)) == NULL) {
		seterr(err, errlen, "out of memory");
		return -1;
	}
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT |
	    JSON_TOKENER_VALIDATE_UTF8);
	o = json_tokener_parse_ex(tok, s, (int)len);
	je = json_tokener_get_error(tok);
	if (je == json_tokener_continue) {
		/* A number at the very end waits for a delimiter: give one. */
		o = json_tokener_parse_ex(tok, " ", 1);
		je = json_tokener_get_error(tok);
		len = json_tokener_get_parse_end(tok);
		if (je == json_tokener_continue)
			je = json_tokener_error_parse_eof;
	}
	if (je != json_tokener_success)
		seterr(err, errlen, "bad JSON: %s",
		    json_tokener_error_desc(je));
	else if (json_tokener_get_parse_end(tok) != len)
		seterr(err, errlen, "bad JSON: trailing characters");
	else {
		*out = o;
		o = NULL;
		rc = 0;
	}
	json_object_put(o);
	json_tokener_free(tok);
	return rc;
}

/* An integer that fits int64 (json-c may hold uint64 above INT64_MAX). */
static int
json_int64(struct json_object *v, int64_t *out)
{
	if (!json_object_is_type(v, json_type_int))
		return -1;
	*out = json_object_get_int64(v);
	if (*out == INT64_MAX && json_object_get_uint64(v) != UINT64_MAX / 2)
		return -1;
	return 0;
}

static int	value_check(struct json_object *, struct sig_type, int,
		    char *, size_t);

static int
tree_check(struct json_object *v, int canon, char *err, size_t errlen)
{
	struct json_object	*e;
	size_t			 n, i, nonnull, parent;
	int64_t			 x;

	n = json_object_array_length(v);
	if (n > TREE_MAX) {
		seterr(err, errlen, "tree larger than %zu", TREE_MAX);
		return -1;
	}
	nonnull = 0;
	for (i = 0; i < n; i++) {
		e = json_object_array_get_idx(v, i);
		if (e == NULL) {
			if (i == 0) {
				seterr(err, errlen, "tree: the root is null "
				    "(an empty tree is [])");
				return -1;
			}
			continue;
		}
		if (json_int64(e, &x) == -1 || x < INT32_MIN ||
		    x > INT32_MAX) {
			seterr(err, errlen, "tree: element %zu is not an int "
			    "or null", i);
			return -1;
		}
	}
	/* Each non-null node, in order, owns the next two slots. */
	nonnull = n > 0;
	parent = 0;
	for (i = 1; i < n; i += 2, parent++) {
		if (parent >= nonnull) {
			seterr(err, errlen, "tree: element %zu has no parent",
			    i);
			return -1;
		}
		nonnull += json_object_array_get_idx(v, i) != NULL;
		if (i + 1 < n)
			nonnull += json_object_array_get_idx(v, i + 1) != NULL;
	}
	if (canon && n > 0 && json_object_array_get_idx(v, n - 1) == NULL) {
		seterr(err, errlen, "tree: trailing null (write the level "
		    "order without trailing nulls)");
		return -1;
	}
	return 0;
}

/*
 * Check v against t.  canon != 0 for expected results, which must be in the
 * form drivers print (trees without trailing nulls).
 */
static int
value_check(struct json_object *v, struct sig_type t, int canon, char *err,
    size_t errlen)
{
	struct sig_type	 et;
	size_t		 i, n;
	int64_t		 x;
	const char	*s;

	if (t.dim > 0 || t.base == SIG_T_LIST || t.base == SIG_T_TREE) {
		if (!json_object_is_type(v, json_type_array)) {
			seterr(err, errlen, "expected %s (an array)",
			    sig_type_name(t));
			return -1;
		}
		if (t.dim == 0 && t.base == SIG_T_TREE)
			return tree_check(v, canon, err, errlen);
		et = t;
		if (t.dim > 0)
			et.dim--;
		else
			et.base = SIG_T_INT;
		n = json_object_array_length(v);
		for (i = 0; i < n; i++)
			if (value_check(json_object_array_get_idx(v, i), et,
			    canon, err, errlen) == -1)
				return -1;
		return 0;
	}
	switch (t.base) {
	case SIG_T_INT:
	case SIG_T_LONG:
		if (json_int64(v, &x) == -1 || (t.base == SIG_T_INT &&
		    (x < INT32_MIN || x > INT32_MAX))) {
			seterr(err, errlen, "expected %s, got %.40s",
			    sig_base_names[t.base],
			    json_object_to_json_string(v));
			return -1;
		}
		return 0;
	case SIG_T_DOUBLE:
		if (json_object_is_type(v, json_type_double) ||
		    json_object_is_type(v, json_type_int))
			return 0;
		break;
	case SIG_T_BOOL:
		if (json_object_is_type(v, json_type_boolean))
			return 0;
		break;
	case SIG_T_STRING:
	case SIG_T_CHAR:
		if (!json_object_is_type(v, json_type_string))
			break;
		s = json_object_get_string(v);
		n = (size_t)json_object_get_string_len(v);
		if (strlen(s) != n) {
			seterr(err, errlen, "string contains NUL");
			return -1;
		}
		if (t.base == SIG_T_CHAR && (n != 1 ||
		    (unsigned char)s[0] > 0x7f)) {
			seterr(err, errlen, "expected char (one ASCII "
			    "character), got %.40s",
			    json_object_to_json_string(v));
			return -1;
		}
		return 0;
	case SIG_T_VOID:
		if (v == NULL)
			return 0;
		break;
	default:
		break;
	}
	seterr(err, errlen, "expected %s, got %.40s", sig_type_name(t),
	    v == NULL ? "null" : json_object_to_json_string(v));
	return -1;
}

/*
 * Split text into trimmed non-blank lines.  Returns the count (at most max)
 * or -1 when there are more than max.
 */
struct line {
	const char	*s;
	size_t		 len;
};

static int
split_lines(const char *s, size_t len, struct line *lines, int max)
{
	const char	*p, *end, *nl;
	int		 n = 0;

	p = s;
	end = s + len;
	while (p < end) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		while (p < nl && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++;
		if (p < nl) {
			if (n == max)
				return -1;
			lines[n].s = p;
			lines[n].len = (size_t)(nl - p);
			while (lines[n].len > 0 &&
			    (p[lines[n].len - 1] == ' ' ||
			    p[lines[n].len - 1] == '\t' ||
			    p[lines[n].len - 1] == '\r'))
				lines[n].len--;
			n++;
		}
		p = nl + 1;
	}
	return n;
}

/* The method an operation name designates (design), or NULL. */
static const struct sig_method *
method_find(const struct sig *sig, const char *name)
{
	size_t	 i;

	for (i = 0; i < sig->nmethods; i++)
		if (strcmp(sig->methods[i].name, name) == 0)
			return &sig->methods[i];
	return NULL;
}

static int
args_check(const struct sig_method *m, struct json_object *args, size_t op,
    char *err, size_t errlen)
{
	char	 e[200];
	size_t	 i;

	if (!json_object_is_type(args, json_type_array) ||
	    json_object_array_length(args) != m->nparams) {
		seterr(err, errlen, "call %zu (%s): expected a list of %zu "
		    "arguments", op, m->name, m->nparams);
		return -1;
	}
	for (i = 0; i < m->nparams; i++)
		if (value_check(json_object_array_get_idx(args, i),
		    m->params[i].type, 0, e, sizeof(e)) == -1) {
			seterr(err, errlen, "call %zu (%s), %s: %s", op,
			    m->name, m->params[i].name, e);
			return -1;
		}
	return 0;
}

static int
design_check(const struct sig *sig, struct json_object *ops,
    struct json_object *args, struct json_object *ans, char *err,
    size_t errlen)
{
	const struct sig_method	*m;
	struct json_object	*op;
	char			 e[200];
	size_t			 i, n;

	if (!json_object_is_type(ops, json_type_array) ||
	    (n = json_object_array_length(ops)) == 0) {
		seterr(err, errlen, "line 1: expected a non-empty list of "
		    "operation names");
		return -1;
	}
	if (!json_object_is_type(args, json_type_array) ||
	    json_object_array_length(args) != n) {
		seterr(err, errlen, "line 2: expected a list of %zu argument "
		    "lists", n);
		return -1;
	}
	if (ans != NULL && (!json_object_is_type(ans, json_type_array) ||
	    json_object_array_length(ans) != n)) {
		seterr(err, errlen, "answer: expected a list of %zu results",
		    n);
		return -1;
	}
	for (i = 0; i < n; i++) {
		op = json_object_array_get_idx(ops, i);
		if (!json_object_is_type(op, json_type_string)) {
			seterr(err, errlen, "operation %zu is not a string", i);
			return -1;
		}
		if (i == 0) {
			if (strcmp(json_object_get_string(op), sig->cls) != 0) {
				seterr(err, errlen, "the first operation must "
				    "be '%s'", sig->cls);
				return -1;
			}
			m = &sig->ctor;
		} else if ((m = method_find(sig,
		    json_object_get_string(op))) == NULL) {
			seterr(err, errlen, "operation %zu: no method "
			    "'%.64s'", i, json_object_get_string(op));
			return -1;
		}
		if (args_check(m, json_object_array_get_idx(args, i), i, err,
		    errlen) == -1)
			return -1;
		if (ans != NULL && value_check(json_object_array_get_idx(ans,
		    i), m->ret, 1, e, sizeof(e)) == -1) {
			seterr(err, errlen, "answer %zu (%s): %s", i, m->name,
			    e);
			return -1;
		}
	}
	return 0;
}

/* The type a function's result has: its return type or the in-place one. */
static struct sig_type
result_type(const struct sig_method *m)
{
	return m->inplace >= 0 ? m->params[m->inplace].type : m->ret;
}

/* Parse a test's lines into vals[] (references).  Returns the count. */
static int
test_values(const struct sig *sig, const char *in, size_t len,
    struct json_object **vals, char *err, size_t errlen)
{
	struct line	 lines[SIG_PARAMS_MAX + 1];
	char		 e[200];
	int		 n, want, i;

	want = sig->kind == SIG_DESIGN ? 2 : (int)sig->fn.nparams;
	n = split_lines(in, len, lines, SIG_PARAMS_MAX + 1);
	if (n != want) {
		seterr(err, errlen, "expected %d line%s (one JSON value each), "
		    "got %s%d", want, want == 1 ? "" : "s", n < 0 ? "more "
		    "than " : "", n < 0 ? SIG_PARAMS_MAX : n);
		return -1;
	}
	for (i = 0; i < n; i++)
		if (json_parse_exact(lines[i].s, lines[i].len, &vals[i], e,
		    sizeof(e)) == -1) {
			seterr(err, errlen, "line %d: %s", i + 1, e);
			while (i-- > 0)
				json_object_put(vals[i]);
			return -1;
		}
	return n;
}

int
sig_validate_test(const struct sig *sig, const char *in, size_t inlen,
    const char *ans, size_t anslen, char *err, size_t errlen)
{
	struct json_object	*vals[SIG_PARAMS_MAX], *exp = NULL;
	const struct sig_param	*p;
	char			 e[200];
	int			 n, i, rc = -1;

	if ((n = test_values(sig, in, inlen, vals, err, errlen)) == -1)
		return -1;
	if (ans != NULL) {
		while (anslen > 0 && (ans[anslen - 1] == '\n' ||
		    ans[anslen - 1] == '\r' || ans[anslen - 1] == ' '))
			anslen--;
		if (json_parse_exact(ans, anslen, &exp, e, sizeof(e)) == -1) {
			seterr(err, errlen, "answer: %s", e);
			goto out;
		}
	}
	if (sig->kind == SIG_DESIGN) {
		if (ans != NULL && exp == NULL) {
			seterr(err, errlen, "answer: expected a list");
			goto out;
		}
		rc = design_check(sig, vals[0], vals[1], exp, err, errlen);
		goto out;
	}
	for (i = 0; i < n; i++) {
		p = &sig->fn.params[i];
		if (value_check(vals[i], p->type, 0, e, sizeof(e)) == -1) {
			seterr(err, errlen, "line %d (%s): %s", i + 1, p->name,
			    e);
			goto out;
		}
	}
	if (ans != NULL && value_check(exp, result_type(&sig->fn), 1, e,
	    sizeof(e)) == -1) {
		seterr(err, errlen, "answer: %s", e);
		goto out;
	}
	rc = 0;
out:
	for (i = 0; i < n; i++)
		json_object_put(vals[i]);
	json_object_put(exp);
	return rc;
}

static const char *
compact(struct json_object *o)
{
	return json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE);
}

char *
sig_frame_tests(const struct sig *sig, const struct sig_test *tests,
    size_t ntests, size_t *lenp, char *err, size_t errlen)
{
	struct json_object	*vals[SIG_PARAMS_MAX];
	struct buf		 b;
	char			 e[200];
	size_t			 t;
	int			 n, i, bad;

	buf_init(&b, FRAME_CAP);
	if (buf_printf(&b, "%zu\n", ntests) == -1)
		goto toolarge;
	for (t = 0; t < ntests; t++) {
		if ((n = test_values(sig, tests[t].in, tests[t].len, vals, e,
		    sizeof(e))) == -1) {
			seterr(err, errlen, "test %zu: %s", t + 1, e);
			buf_free(&b);
			return NULL;
		}
		bad = 0;
		for (i = 0; i < n; i++) {
			if (!bad && (buf_puts(&b, vals[i] == NULL ? "null" :
			    compact(vals[i])) == -1 || buf_putc(&b, '\n') == -1))
				bad = 1;
			json_object_put(vals[i]);
		}
		if (bad)
			goto toolarge;
	}
	if (lenp != NULL)
		*lenp = b.len;
	return buf_detach(&b, NULL);
toolarge:
	seterr(err, errlen, "tests larger than %zu bytes", FRAME_CAP);
	buf_free(&b);
	return NULL;
}

int
sig_results_parse(const char *buf, size_t len, struct sig_results *res,
    char *err, size_t errlen)
{
	static const char *const tags[SIG_R__MAX] = { "ok ", "re ", "ce " };
	struct json_object	*o;
	struct sig_result	*r;
	const char		*p, *end, *nl;
	size_t			 alloc = 0, ll;
	char			 e[200];
	int			 st;

	memset(res, 0, sizeof(*res));
	p = buf;
	end = buf + len;
	while (p < end && (nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		ll = (size_t)(nl - p);
		for (st = 0; st < SIG_R__MAX; st++)
			if (ll >= 3 && memcmp(p, tags[st], 3) == 0)
				break;
		if (st == SIG_R__MAX) {
			seterr(err, errlen, "result %zu: not a driver line",
			    res->n + 1);
			goto fail;
		}
		if (res->n == alloc) {
			alloc = alloc ? alloc * 2 : 16;
			res->v = xrealloc(res->v, alloc * sizeof(*res->v));
		}
		r = &res->v[res->n];
		r->status = st;
		if (st == SIG_R_OK) {
			r->text = xstrndup(p + 3, ll - 3);
			r->len = ll - 3;
		} else {
			if (json_parse_exact(p + 3, ll - 3, &o, e,
			    sizeof(e)) == -1 ||
			    !json_object_is_type(o, json_type_string)) {
				json_object_put(o);
				seterr(err, errlen, "result %zu: bad message",
				    res->n + 1);
				goto fail;
			}
			r->len = (size_t)json_object_get_string_len(o);
			r->text = xmalloc(r->len + 1);
			memcpy(r->text, json_object_get_string(o), r->len + 1);
			json_object_put(o);
		}
		res->n++;
		p = nl + 1;
	}
	return 0;
fail:
	sig_results_free(res);
	return -1;
}

void
sig_results_free(struct sig_results *res)
{
	size_t	 i;

	for (i = 0; i < res->n; i++)
		free(res->v[i].text);
	free(res->v);
	memset(res, 0, sizeof(*res));
}

/*
 * Comparison.  sort_levels arrays deep from the top are put in a canonical
 * order first (1: unordered, SIZE_MAX: unordered:deep).
 */
struct keyed {
	char			*key;
	struct json_object	*o;
};

static int
keyed_cmp(const void *a, const void *b)
{
	return strcmp(((const struct keyed *)a)->key,
	    ((const struct keyed *)b)->key);
}

/* A new reference: v with its arrays sorted down to levels deep. */
static struct json_object *
normalize(struct json_object *v, size_t levels)
{
	struct json_object	*out;
	struct keyed		*k;
	size_t			 i, n;

	if (levels == 0 || !json_object_is_type(v, json_type_array))
		return json_object_get(v);
	n = json_object_array_length(v);
	k = xcalloc(n ? n : 1, sizeof(*k));
	for (i = 0; i < n; i++) {
		k[i].o = normalize(json_object_array_get_idx(v, i),
		    levels - 1);
		k[i].key = xstrdup(k[i].o == NULL ? "null" : compact(k[i].o));
	}
	qsort(k, n, sizeof(*k), keyed_cmp);
	out = json_object_new_array_ext((int)(n ? n : 1));
	for (i = 0; i < n; i++) {
		json_object_array_add(out, k[i].o);
		free(k[i].key);
	}
	free(k);
	return out;
}

static struct json_object *
normalize_each(struct json_object *v, size_t levels, int each)
{
	struct json_object	*out;
	size_t			 i, n;

	if (!each || levels == 0 || !json_object_is_type(v, json_type_array))
		return normalize(v, levels);
	n = json_object_array_length(v);
	out = json_object_new_array_ext((int)(n ? n : 1));
	for (i = 0; i < n; i++)
		json_object_array_add(out,
		    normalize(json_object_array_get_idx(v, i), levels));
	return out;
}

static const char *
shown(struct json_object *o, char *tmp, size_t tmplen)
{
	const char	*s;

	s = o == NULL ? "null" : compact(o);
	if (strlen(s) < tmplen)
		return s;
	memcpy(tmp, s, tmplen - 4);
	memcpy(tmp + tmplen - 4, "...", 4);
	return tmp;
}

static int
num_equal(struct json_object *a, struct json_object *b, double eps)
{
	double	 x, y;

	if (eps == 0 && json_object_is_type(a, json_type_int) &&
	    json_object_is_type(b, json_type_int))
		return json_object_get_int64(a) == json_object_get_int64(b) &&
		    json_object_get_uint64(a) == json_object_get_uint64(b);
	x = json_object_get_double(a);
	y = json_object_get_double(b);
	if (isnan(x) || isnan(y))
		return isnan(x) && isnan(y);
	if (x == y)
		return 1;
	return eps > 0 && fabs(x - y) <= eps * fmax(1.0, fabs(x));
}

static int
is_num(struct json_object *o)
{
	return json_object_is_type(o, json_type_int) ||
	    json_object_is_type(o, json_type_double);
}

/* 1 when equal; else 0 with the difference described in msg. */
static int
equal(struct json_object *exp, struct json_object *got, double eps,
    struct buf *path, char *msg, size_t msglen)
{
	char	 t1[80], t2[80];
	size_t	 i, n, plen;
	int	 ok;

	if (exp == NULL || got == NULL)
		ok = exp == got;
	else if (is_num(exp) && is_num(got))
		ok = num_equal(exp, got, eps);
	else if (json_object_get_type(exp) != json_object_get_type(got))
		ok = 0;
	else if (json_object_is_type(exp, json_type_boolean))
		ok = json_object_get_boolean(exp) ==
		    json_object_get_boolean(got);
	else if (json_object_is_type(exp, json_type_string))
		ok = json_object_get_string_len(exp) ==
		    json_object_get_string_len(got) &&
		    memcmp(json_object_get_string(exp),
		    json_object_get_string(got),
		    (size_t)json_object_get_string_len(exp)) == 0;
	else if (json_object_is_type(exp, json_type_array)) {
		n = json_object_array_length(exp);
		if (n != json_object_array_length(got)) {
			seterr(msg, msglen, "%s%slength %zu, expected %zu",
			    buf_cstr(path), path->len ? ": " : "",
			    json_object_array_length(got), n);
			return 0;
		}
		plen = path->len;
		for (i = 0; i < n; i++) {
			path->len = plen;
			(void)buf_printf(path, "[%zu]", i);
			if (!equal(json_object_array_get_idx(exp, i),
			    json_object_array_get_idx(got, i), eps, path, msg,
			    msglen))
				return 0;
		}
		path->len = plen;
		if (path->data != NULL)
			path->data[plen] = '\0';
		return 1;
	} else
		ok = 0;
	if (!ok)
		seterr(msg, msglen, "%s%sexpected %s, got %s", buf_cstr(path),
		    path->len ? ": " : "", shown(exp, t1, sizeof(t1)),
		    shown(got, t2, sizeof(t2)));
	return ok;
}

/* same_text: a and b equal once trailing white space is ignored. */
static int
same_text(const char *a, const char *b)
{
	size_t	 na = strlen(a), nb = strlen(b);

	while (na > 0 && strchr(" \t\r\n", a[na - 1]) != NULL)
		na--;
	while (nb > 0 && strchr(" \t\r\n", b[nb - 1]) != NULL)
		nb--;
	return na == nb && memcmp(a, b, na) == 0;
}

int
sig_compare(const struct sig *sig, const char *expected, const char *got,
    char *msg, size_t msglen)
{
	struct json_object	*e, *g, *ne, *ng;
	struct buf		 path;
	char			 err[200];
	size_t			 levels;
	int			 rc;

	/*
	 * Drivers print canonical JSON and the importer's .ans files are
	 * canonical too, so the same bytes (but for trailing white space)
	 * are equal under every mode without parsing megabytes into trees.
	 */
	if (same_text(expected, got))
		return 0;
	if (json_parse_exact(expected, strlen(expected), &e, err,
	    sizeof(err)) == -1) {
		seterr(msg, msglen, "expected answer: %s", err);
		return -1;
	}
	if (json_parse_exact(got, strlen(got), &g, err, sizeof(err)) == -1) {
		json_object_put(e);
		seterr(msg, msglen, "result is not JSON: %s", err);
		return 1;
	}
	levels = sig->cmp == SIG_CMP_UNORDERED ? 1 :
	    sig->cmp == SIG_CMP_UNORDERED_DEEP ? SIZE_MAX : 0;
	/* Design: the modes apply to each call's result. */
	ne = normalize_each(e, levels, sig->kind == SIG_DESIGN);
	ng = normalize_each(g, levels, sig->kind == SIG_DESIGN);
	buf_init(&path, 256);
	rc = equal(ne, ng, sig->cmp == SIG_CMP_FLOAT ? sig->eps : 0, &path,
	    msg, msglen) ? 0 : 1;
	buf_free(&path);
	json_object_put(ne);
	json_object_put(ng);
	json_object_put(e);
	json_object_put(g);
	return rc;
}

char *
sig_describe_input(const struct sig *sig, const char *in, size_t len,
    size_t max)
{
	struct line	 lines[SIG_PARAMS_MAX + 1];
	struct buf	 b;
	int		 n, i;

	buf_init(&b, max);
	n = split_lines(in, len, lines, SIG_PARAMS_MAX + 1);
	for (i = 0; i < n; i++) {
		if (sig->kind == SIG_FUNCTION && i < (int)sig->fn.nparams) {
			if (buf_printf(&b, "%s%s = ", i ? ", " : "",
			    sig->fn.params[i].name) == -1)
				break;
		} else if (i > 0 && buf_putc(&b, '\n') == -1)
			break;
		if (buf_add(&b, lines[i].s, lines[i].len) == -1) {
			(void)buf_add(&b, lines[i].s, b.cap - b.len);
			break;
		}
	}
	if (i < n && b.len >= 3)
		memcpy(b.data + b.len - 3, "...", 3);
	return b.len ? buf_detach(&b, NULL) : xstrdup("");
}
