/* req.c: pure parsers for queries, forms, cookies and JSON bodies. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <json-c/json.h>

#include "req.h"

/*
 * Every parser here takes its input and an arena and touches nothing
 * else, so the unit tests (tests/unit/test_req.c) cover them fully and
 * the fuzzers can drive them.  Caps are checked on entry and while
 * counting; decoded strings are NUL-terminated and never contain NUL.
 */

const char *const http_method_names[HTTP__MAX] = {
	"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
};

enum http_method
http_method_parse(const char *name)
{
	int	 i;

	if (name == NULL)
		return HTTP__MAX;
	for (i = 0; i < HTTP__MAX; i++)
		if (strcmp(name, http_method_names[i]) == 0)
			return (enum http_method)i;
	return HTTP__MAX;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

long
req_urldecode(char *dst, const char *src, size_t n, int plus)
{
	size_t	 i, o = 0;
	int	 hi, lo;

	for (i = 0; i < n; i++) {
		if (src[i] == '%') {
			if (n - i < 3 || (hi = hexval(src[i + 1])) < 0 ||
			    (lo = hexval(src[i + 2])) < 0)
				return -1;
			if (hi == 0 && lo == 0)
				return -1;
			dst[o++] = (char)(hi << 4 | lo);
			i += 2;
		} else if (src[i] == '+' && plus)
			dst[o++] = ' ';
		else if (src[i] == '\0')
			return -1;
		else
			dst[o++] = src[i];
	}
	dst[o] = '\0';
	return (long)o;
}

int
req_parse_urlencoded(struct arena *a, const char *s, size_t n, size_t max,
    struct kvlist *out)
{
	const char	*p, *end = s + n, *amp, *eq;
	struct kv	*v;
	size_t		 count = 0, i;
	char		*k, *val;
	long		 kl, vl;

	out->v = NULL;
	out->n = 0;
	/* Count the pairs first so the list is one allocation. */
	for (p = s; p < end; p = amp + 1) {
		if ((amp = memchr(p, '&', (size_t)(end - p))) == NULL)
			amp = end;
		if (amp > p && *p != '=')
			count++;
		if (amp == end)
			break;
	}
	if (count > max)
		return REQ_ETOOMANY;
	if (count == 0)
		return REQ_OK;
	if ((v = arena_calloc(a, count, sizeof(*v))) == NULL)
		return REQ_ENOMEM;
	for (p = s, i = 0; p < end && i < count; p = amp + 1) {
		if ((amp = memchr(p, '&', (size_t)(end - p))) == NULL)
			amp = end;
		if (amp == p || *p == '=') {
			if (amp == end)
				break;
			continue;
		}
		if ((eq = memchr(p, '=', (size_t)(amp - p))) == NULL)
			eq = amp;
		k = arena_alloc(a, (size_t)(eq - p) + 1);
		val = arena_alloc(a, eq < amp ? (size_t)(amp - eq) : 1);
		if (k == NULL || val == NULL)
			return REQ_ENOMEM;
		if ((kl = req_urldecode(k, p, (size_t)(eq - p), 1)) < 0)
			return REQ_EMALFORMED;
		if (eq < amp) {
			vl = req_urldecode(val, eq + 1,
			    (size_t)(amp - eq - 1), 1);
			if (vl < 0)
				return REQ_EMALFORMED;
		} else {
			val[0] = '\0';
			vl = 0;
		}
		v[i].key = k;
		v[i].val = val;
		v[i].vlen = (size_t)vl;
		i++;
		if (amp == end)
			break;
	}
	out->v = v;
	out->n = i;
	return REQ_OK;
}

/* cookie_name_ok: an RFC 6265 token (no separators, no controls). */
static int
cookie_name_ok(const char *s, size_t n)
{
	size_t	 i;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c <= 0x20 || c >= 0x7f || strchr("()<>@,;:\\\"/[]?={}",
		    c) != NULL)
			return 0;
	}
	return 1;
}

int
req_parse_cookies(struct arena *a, const char *hdr, size_t max,
    struct kvlist *out)
{
	const char	*p, *end, *semi, *eq, *ks, *ke, *vs, *ve;
	struct kv	*v;
	size_t		 count = 1, i = 0;

	out->v = NULL;
	out->n = 0;
	if (hdr == NULL || *hdr == '\0')
		return REQ_OK;
	end = hdr + strlen(hdr);
	for (p = hdr; (p = strchr(p, ';')) != NULL; p++)
		count++;
	if (count > max)
		count = max;
	if (count == 0)
		return REQ_OK;
	if ((v = arena_calloc(a, count, sizeof(*v))) == NULL)
		return REQ_ENOMEM;
	for (p = hdr; p < end && i < count; p = semi + 1) {
		if ((semi = memchr(p, ';', (size_t)(end - p))) == NULL)
			semi = end;
		ks = p;
		while (ks < semi && (*ks == ' ' || *ks == '\t'))
			ks++;
		if ((eq = memchr(ks, '=', (size_t)(semi - ks))) == NULL)
			goto next;
		ke = eq;
		while (ke > ks && (ke[-1] == ' ' || ke[-1] == '\t'))
			ke--;
		vs = eq + 1;
		ve = semi;
		while (vs < ve && (*vs == ' ' || *vs == '\t'))
			vs++;
		while (ve > vs && (ve[-1] == ' ' || ve[-1] == '\t'))
			ve--;
		if (ve - vs >= 2 && *vs == '"' && ve[-1] == '"') {
			vs++;
			ve--;
		}
		if (!cookie_name_ok(ks, (size_t)(ke - ks)))
			goto next;
		v[i].key = arena_strndup(a, ks, (size_t)(ke - ks));
		v[i].val = arena_strndup(a, vs, (size_t)(ve - vs));
		if (v[i].key == NULL || v[i].val == NULL)
			return REQ_ENOMEM;
		v[i].vlen = (size_t)(ve - vs);
		i++;
next:
		if (semi == end)
			break;
	}
	out->v = v;
	out->n = i;
	return REQ_OK;
}

int
req_parse_json(const char *s, size_t n, int depth, struct json_object **out,
    const char **why)
{
	struct json_tokener	*tok;
	struct json_object	*obj;
	enum json_tokener_error	 jerr;
	size_t			 end;

	*out = NULL;
	if (n == 0) {
		*why = "The request body is empty.";
		return -1;
	}
	if (memchr(s, '\0', n) != NULL) {
		*why = "The request body contains a NUL byte.";
		return -1;
	}
	if ((tok = json_tokener_new_ex(depth)) == NULL) {
		*why = "out of memory";
		return -1;
	}
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT |
	    JSON_TOKENER_VALIDATE_UTF8);
	obj = json_tokener_parse_ex(tok, s, (int)n);
	jerr = json_tokener_get_error(tok);
	end = json_tokener_get_parse_end(tok);
	json_tokener_free(tok);
	if (jerr != json_tokener_success || obj == NULL) {
		if (obj != NULL)
			json_object_put(obj);
		*why = jerr == json_tokener_continue ?
		    "The JSON body ends too early." :
		    jerr == json_tokener_error_depth ?
		    "The JSON body is nested too deeply." :
		    "The request body is not valid JSON.";
		return -1;
	}
	while (end < n && (s[end] == ' ' || s[end] == '\t' ||
	    s[end] == '\n' || s[end] == '\r'))
		end++;
	if (end != n) {
		json_object_put(obj);
		*why = "There is data after the JSON value.";
		return -1;
	}
	if (!json_object_is_type(obj, json_type_object)) {
		json_object_put(obj);
		*why = "The JSON body must be an object.";
		return -1;
	}
	*out = obj;
	return 0;
}

int
req_ctype_is(const char *ctype, const char *want)
{
	size_t	 n = strlen(want);

	if (ctype == NULL)
		return 0;
	while (*ctype == ' ' || *ctype == '\t')
		ctype++;
	if (strncasecmp(ctype, want, n) != 0)
		return 0;
	ctype += n;
	while (*ctype == ' ' || *ctype == '\t')
		ctype++;
	return *ctype == '\0' || *ctype == ';';
}

int
req_int(const char *s, long long min, long long max, long long *out)
{
	const char	*p = s;
	long long	 v;
	char		*end;

	if (s == NULL || *s == '\0')
		return -1;
	if (*p == '-')
		p++;
	if (!isdigit((unsigned char)*p) || (p[0] == '0' && p[1] != '\0') ||
	    (s[0] == '-' && p[0] == '0'))
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (*end != '\0' || errno == ERANGE || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

const char *
kv_get(const struct kvlist *l, const char *key)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].key, key) == 0)
			return l->v[i].val;
	return NULL;
}

size_t
kv_count(const struct kvlist *l, const char *key)
{
	size_t	 i, n = 0;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].key, key) == 0)
			n++;
	return n;
}

const char *
req_param(const struct req *r, const char *key)
{
	size_t	 i;

	for (i = 0; i < r->nparams; i++)
		if (strcmp(r->params[i].key, key) == 0)
			return r->params[i].val;
	return NULL;
}

const char *
req_query(const struct req *r, const char *key)
{
	return kv_get(&r->query, key);
}

const char *
req_form(const struct req *r, const char *key)
{
	return kv_get(&r->form, key);
}

const char *
req_cookie(const struct req *r, const char *key)
{
	return kv_get(&r->cookies, key);
}

const char *
req_env(const struct req *r, const char *name)
{
	size_t	 n = strlen(name);
	char	**e;

	if (r->envp == NULL)
		return NULL;
	for (e = r->envp; *e != NULL; e++)
		if (strncmp(*e, name, n) == 0 && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}

const char *
req_header(const struct req *r, const char *name)
{
	char	 var[128];
	size_t	 i, n = strlen(name);

	/* Content-Type and Content-Length come without the HTTP_ prefix. */
	if (strcasecmp(name, "Content-Type") == 0)
		return req_env(r, "CONTENT_TYPE");
	if (strcasecmp(name, "Content-Length") == 0)
		return req_env(r, "CONTENT_LENGTH");
	if (n + 6 > sizeof(var))
		return NULL;
	memcpy(var, "HTTP_", 5);
	for (i = 0; i < n; i++)
		var[5 + i] = name[i] == '-' ? '_' :
		    (char)toupper((unsigned char)name[i]);
	var[5 + n] = '\0';
	return req_env(r, var);
}
