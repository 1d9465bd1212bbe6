/* test_req.c: query/form/cookie/JSON parsing, routes, response headers. */
#include <string.h>

#include <json-c/json.h>

#include "arena.h"
#include "buf.h"
#include "../../fcgi/req.h"
#include "../../fcgi/resp.h"
#include "../../fcgi/route.h"
#include "t.h"

static int h_root(struct req *r) { (void)r; return 200; }
static int h_list(struct req *r) { (void)r; return 200; }
static int h_new(struct req *r) { (void)r; return 200; }
static int h_show(struct req *r) { (void)r; return 200; }
static int h_sub(struct req *r) { (void)r; return 200; }
static int h_two(struct req *r) { (void)r; return 200; }

static const struct route tab[] = {
	{ M_GET, "/", h_root, 0 },
	{ M_GET, "/problems", h_list, 0 },
	{ M_GET | M_POST, "/problems/new", h_new, 0 },
	{ M_GET, "/problems/:slug", h_show, 0 },
	{ M_POST, "/api/submissions", h_sub, RF_JSON },
	{ M_GET | M_DELETE, "/api/submissions/:id", h_sub, 0 },
	{ M_GET, "/a/:x/b/:y", h_two, 0 },
};
#define NTAB	(sizeof(tab) / sizeof(tab[0]))

static void
test_urldecode(void)
{
	static const struct {
		const char	*in;
		int		 plus;
		const char	*want;	/* NULL: refused */
	} t[] = {
		{ "", 1, "" },
		{ "abc", 1, "abc" },
		{ "a%20b", 1, "a b" },
		{ "a+b", 1, "a b" },
		{ "a+b", 0, "a+b" },
		{ "%2B", 1, "+" },
		{ "%41%62", 0, "Ab" },
		{ "%e2%82%ac", 0, "\xe2\x82\xac" },
		{ "%E2%82%AC", 0, "\xe2\x82\xac" },
		{ "%2F", 0, "/" },
		{ "100%", 1, NULL },
		{ "%4", 1, NULL },
		{ "%zz", 1, NULL },
		{ "%G1", 1, NULL },
		{ "%1G", 1, NULL },
		{ "%00", 1, NULL },
		{ "a%00b", 1, NULL },
		{ "%%41", 1, NULL },
		{ "%01", 1, "\x01" },
		{ "%ff", 1, "\xff" },
	};
	char	 out[64];
	long	 n;
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		n = req_urldecode(out, t[i].in, strlen(t[i].in), t[i].plus);
		if (t[i].want == NULL)
			T_OK(n == -1, "urldecode \"%s\" refused", t[i].in);
		else {
			T_STREQ(n >= 0 ? out : NULL, t[i].want,
			    "urldecode \"%s\" (plus %d)", t[i].in, t[i].plus);
			T_INTEQ(n, strlen(t[i].want), "urldecode \"%s\" "
			    "length", t[i].in);
		}
	}
	/* An embedded NUL in the raw input is refused too. */
	T_OK(req_urldecode(out, "a\0b", 3, 0) == -1, "raw NUL refused");
}

static void
test_urlencoded(struct arena *a)
{
	struct kvlist	 l;
	int		 rc;

	rc = req_parse_urlencoded(a, "a=1&b=two+words&c=%26%3D", 24, 10, &l);
	T_INTEQ(rc, REQ_OK, "simple query parses");
	T_INTEQ(l.n, 3, "three pairs");
	T_STREQ(kv_get(&l, "a"), "1", "a=1");
	T_STREQ(kv_get(&l, "b"), "two words", "+ is a space in forms");
	T_STREQ(kv_get(&l, "c"), "&=", "escaped & and = are data");
	T_OK(kv_get(&l, "d") == NULL, "missing key is NULL");

	rc = req_parse_urlencoded(a, "x=1&x=2&x=3", 11, 10, &l);
	T_STREQ(kv_get(&l, "x"), "1", "duplicate keys: the first wins");
	T_INTEQ(kv_count(&l, "x"), 3, "duplicate keys are all kept");
	T_STREQ(l.n == 3 ? l.v[2].val : NULL, "3", "in order");

	rc = req_parse_urlencoded(a, "&&a=1&&", 7, 10, &l);
	T_OK(rc == REQ_OK && l.n == 1, "empty pairs are skipped");
	rc = req_parse_urlencoded(a, "=x&b", 4, 10, &l);
	T_OK(rc == REQ_OK && l.n == 1 && strcmp(l.v[0].key, "b") == 0 &&
	    strcmp(l.v[0].val, "") == 0, "empty key skipped, bare key is \"\"");
	rc = req_parse_urlencoded(a, "a=b=c", 5, 10, &l);
	T_STREQ(rc == REQ_OK ? kv_get(&l, "a") : NULL, "b=c",
	    "value keeps later =");
	rc = req_parse_urlencoded(a, "", 0, 10, &l);
	T_OK(rc == REQ_OK && l.n == 0, "empty string: no pairs");
	rc = req_parse_urlencoded(a, "a=%zz", 5, 10, &l);
	T_INTEQ(rc, REQ_EMALFORMED, "malformed escape in a value");
	rc = req_parse_urlencoded(a, "%zz=1", 5, 10, &l);
	T_INTEQ(rc, REQ_EMALFORMED, "malformed escape in a key");
	rc = req_parse_urlencoded(a, "a=%00", 5, 10, &l);
	T_INTEQ(rc, REQ_EMALFORMED, "%%00 refused");
	rc = req_parse_urlencoded(a, "k%20ey=v", 8, 10, &l);
	T_STREQ(rc == REQ_OK ? l.v[0].key : NULL, "k ey", "keys are decoded");

	/* The field cap, both sides. */
	rc = req_parse_urlencoded(a, "a=1&b=2&c=3", 11, 3, &l);
	T_OK(rc == REQ_OK && l.n == 3, "3 fields with a cap of 3");
	rc = req_parse_urlencoded(a, "a=1&b=2&c=3&d=4", 15, 3, &l);
	T_INTEQ(rc, REQ_ETOOMANY, "4 fields with a cap of 3");
	rc = req_parse_urlencoded(a, "a=1&&&&&&&b=2", 13, 2, &l);
	T_INTEQ(rc, REQ_OK, "empty pairs do not count against the cap");
	/* Only n bytes are read. */
	rc = req_parse_urlencoded(a, "a=1&b=2", 3, 10, &l);
	T_OK(rc == REQ_OK && l.n == 1 && l.v[0].vlen == 1,
	    "parsing stops at n");
}

static void
test_cookies(struct arena *a)
{
	struct kvlist	 l;
	int		 rc;

	rc = req_parse_cookies(a, "sid=abc; theme=dark", 10, &l);
	T_OK(rc == REQ_OK && l.n == 2, "two cookies");
	T_STREQ(kv_get(&l, "sid"), "abc", "first cookie");
	T_STREQ(kv_get(&l, "theme"), "dark", "second cookie");
	rc = req_parse_cookies(a, "  a = 1 ;b=2  ;  c=3", 10, &l);
	T_OK(rc == REQ_OK && l.n == 3, "spaces around names and values");
	T_STREQ(kv_get(&l, "a"), "1", "trimmed");
	T_STREQ(kv_get(&l, "b"), "2", "trimmed before ;");
	rc = req_parse_cookies(a, "q=\"quoted value\"; e=\"\"", 10, &l);
	T_STREQ(kv_get(&l, "q"), "quoted value", "quotes removed, space kept");
	T_STREQ(kv_get(&l, "e"), "", "empty quoted value");
	rc = req_parse_cookies(a, "h=hello world", 10, &l);
	T_STREQ(kv_get(&l, "h"), "hello world", "space inside a value kept");
	rc = req_parse_cookies(a, "q=\"half", 10, &l);
	T_STREQ(kv_get(&l, "q"), "\"half", "a lone quote stays");
	rc = req_parse_cookies(a, "junk; a=1; =nameless; b c=2; d=4", 10, &l);
	T_OK(rc == REQ_OK && l.n == 2, "pairs without = or with bad names "
	    "are skipped (%zu)", l.n);
	T_STREQ(kv_get(&l, "d"), "4", "parsing continues after junk");
	rc = req_parse_cookies(a, "sid=1; sid=2", 10, &l);
	T_STREQ(kv_get(&l, "sid"), "1", "duplicate cookies: the first wins");
	rc = req_parse_cookies(a, "a=1; b=2; c=3", 2, &l);
	T_OK(rc == REQ_OK && l.n == 2 && kv_get(&l, "c") == NULL,
	    "cookies beyond the cap are ignored");
	rc = req_parse_cookies(a, "", 10, &l);
	T_OK(rc == REQ_OK && l.n == 0, "empty header");
	rc = req_parse_cookies(a, NULL, 10, &l);
	T_OK(rc == REQ_OK && l.n == 0, "no header");
	rc = req_parse_cookies(a, ";;;", 10, &l);
	T_OK(rc == REQ_OK && l.n == 0, "only separators");
	rc = req_parse_cookies(a, "x=", 10, &l);
	T_STREQ(kv_get(&l, "x"), "", "empty value");
	rc = req_parse_cookies(a, "a=%41", 10, &l);
	T_STREQ(kv_get(&l, "a"), "%41", "cookie values are not decoded");
}

static void
test_json(void)
{
	/* (json-c accepts 'single quotes' even in strict mode.) */
	static const struct {
		const char	*in;
		int		 ok;
	} t[] = {
		{ "{\"a\":1}", 1 },
		{ "  {\"a\":[1,2,{\"b\":null}]}  \n", 1 },
		{ "{}", 1 },
		{ "[1,2]", 0 },
		{ "\"str\"", 0 },
		{ "42", 0 },
		{ "{\"a\":", 0 },
		{ "{\"a\":1} x", 0 },
		{ "{\"a\":1}{}", 0 },
		{ "{\"a\":1,}", 0 },
		{ "{\"a\":\"\xff\"}", 0 },
		{ "{\"a\":\"\xc3\xa9\"}", 1 },
		{ "", 0 },
		{ "nul", 0 },
	};
	struct json_object	*o;
	const char		*why;
	char			 deep[200];
	size_t			 i;
	int			 rc;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		why = NULL;
		rc = req_parse_json(t[i].in, strlen(t[i].in), 32, &o, &why);
		T_OK((rc == 0) == t[i].ok, "json \"%s\" %s", t[i].in,
		    t[i].ok ? "accepted" : "refused");
		if (rc == 0)
			json_object_put(o);
		else
			T_OK(why != NULL && o == NULL, "json \"%s\" says why",
			    t[i].in);
	}
	rc = req_parse_json("{\"a\":1}\0{", 9, 32, &o, &why);
	T_OK(rc == -1, "a NUL inside the body is refused");
	memset(deep, 0, sizeof(deep));
	for (i = 0; i < 31; i++)
		memcpy(deep + i * 5, "{\"a\":", 5);
	memcpy(deep + 155, "1", 1);
	for (i = 0; i < 31; i++)
		deep[156 + i] = '}';
	rc = req_parse_json(deep, strlen(deep), 32, &o, &why);
	T_OK(rc == 0, "31 nested objects accepted at depth 32");
	if (rc == 0)
		json_object_put(o);
	rc = req_parse_json(deep, strlen(deep), 31, &o, &why);
	T_OK(rc == -1 && strstr(why, "deep") != NULL,
	    "31 nested objects refused at depth 31 (%s)", why ? why : "");
}

static void
test_ctype_int(void)
{
	long long	 v = 0;

	T_OK(req_ctype_is("application/json", "application/json"), "exact");
	T_OK(req_ctype_is("application/json; charset=utf-8",
	    "application/json"), "with parameters");
	T_OK(req_ctype_is("Application/JSON", "application/json"),
	    "case-insensitive");
	T_OK(req_ctype_is(" application/json ;x", "application/json"),
	    "blanks around");
	T_OK(!req_ctype_is("application/jsonp", "application/json"),
	    "longer type refused");
	T_OK(!req_ctype_is("text/plain", "application/json"), "other type");
	T_OK(!req_ctype_is("", "application/json"), "empty");
	T_OK(!req_ctype_is(NULL, "application/json"), "missing");
	T_OK(!req_ctype_is("application/x-www-form-urlencoded",
	    "application/json"), "a form is not JSON");

	T_OK(req_int("0", 0, 10, &v) == 0 && v == 0, "int 0");
	T_OK(req_int("10", 0, 10, &v) == 0 && v == 10, "int at max");
	T_OK(req_int("11", 0, 10, &v) == -1, "int over max");
	T_OK(req_int("1", 1, 10, &v) == 0, "int at min");
	T_OK(req_int("0", 1, 10, &v) == -1, "int under min");
	T_OK(req_int("-5", -10, 10, &v) == 0 && v == -5, "negative int");
	T_OK(req_int("-0", -10, 10, &v) == -1, "-0 refused");
	T_OK(req_int("007", 0, 10, &v) == -1, "leading zeros refused");
	T_OK(req_int("", 0, 10, &v) == -1, "empty refused");
	T_OK(req_int(NULL, 0, 10, &v) == -1, "NULL refused");
	T_OK(req_int(" 1", 0, 10, &v) == -1, "leading space refused");
	T_OK(req_int("1 ", 0, 10, &v) == -1, "trailing space refused");
	T_OK(req_int("+1", 0, 10, &v) == -1, "plus sign refused");
	T_OK(req_int("1e3", 0, 10000, &v) == -1, "exponent refused");
	T_OK(req_int("9223372036854775807", 0, 9223372036854775807LL,
	    &v) == 0, "LLONG_MAX accepted");
	T_OK(req_int("9223372036854775808", 0, 9223372036854775807LL,
	    &v) == -1, "LLONG_MAX + 1 refused");
	T_INTEQ(http_method_parse("GET"), HTTP_GET, "method GET");
	T_INTEQ(http_method_parse("DELETE"), HTTP_DELETE, "method DELETE");
	T_INTEQ(http_method_parse("get"), HTTP__MAX, "methods are "
	    "case-sensitive");
	T_INTEQ(http_method_parse("BREW"), HTTP__MAX, "unknown method");
	T_INTEQ(http_method_parse(NULL), HTTP__MAX, "no method");
}

static void
test_routes(struct arena *a)
{
	static const struct {
		enum http_method m;
		const char	*path;
		int		 rc;
		int		 idx;		/* route index on ROUTE_OK */
		const char	*p1, *v1, *p2, *v2;
	} t[] = {
		{ HTTP_GET, "/", ROUTE_OK, 0, NULL, NULL, NULL, NULL },
		{ HTTP_HEAD, "/", ROUTE_OK, 0, NULL, NULL, NULL, NULL },
		{ HTTP_GET, "/problems", ROUTE_OK, 1, NULL, NULL, NULL, NULL },
		{ HTTP_GET, "/problems/new", ROUTE_OK, 2, NULL, NULL, NULL,
		    NULL },
		{ HTTP_POST, "/problems/new", ROUTE_OK, 2, NULL, NULL, NULL,
		    NULL },
		{ HTTP_GET, "/problems/two-sum", ROUTE_OK, 3, "slug",
		    "two-sum", NULL, NULL },
		{ HTTP_GET, "/problems/a%2Fb", ROUTE_OK, 3, "slug", "a/b",
		    NULL, NULL },
		{ HTTP_GET, "/problems/a+b", ROUTE_OK, 3, "slug", "a+b", NULL,
		    NULL },
		{ HTTP_GET, "/problems/%C3%A9", ROUTE_OK, 3, "slug",
		    "\xc3\xa9", NULL, NULL },
		{ HTTP_GET, "/problems/%zz", ROUTE_BADPATH, 0, NULL, NULL,
		    NULL, NULL },
		{ HTTP_GET, "/problems/%00", ROUTE_BADPATH, 0, NULL, NULL,
		    NULL, NULL },
		{ HTTP_GET, "/problems/", ROUTE_NOTFOUND, 0, NULL, NULL, NULL,
		    NULL },
		{ HTTP_GET, "/problems/x/y", ROUTE_NOTFOUND, 0, NULL, NULL,
		    NULL, NULL },
		{ HTTP_GET, "/Problems", ROUTE_NOTFOUND, 0, NULL, NULL, NULL,
		    NULL },
		{ HTTP_GET, "//", ROUTE_NOTFOUND, 0, NULL, NULL, NULL, NULL },
		{ HTTP_GET, "", ROUTE_BADPATH, 0, NULL, NULL, NULL, NULL },
		{ HTTP_GET, "problems", ROUTE_BADPATH, 0, NULL, NULL, NULL,
		    NULL },
		{ HTTP_POST, "/problems", ROUTE_NOMETHOD, 0, NULL, NULL, NULL,
		    NULL },
		{ HTTP_DELETE, "/api/submissions/17", ROUTE_OK, 5, "id", "17",
		    NULL, NULL },
		{ HTTP_PUT, "/api/submissions/17", ROUTE_NOMETHOD, 0, NULL,
		    NULL, NULL, NULL },
		{ HTTP_POST, "/api/submissions", ROUTE_OK, 4, NULL, NULL, NULL,
		    NULL },
		{ HTTP_GET, "/a/1/b/2", ROUTE_OK, 6, "x", "1", "y", "2" },
		{ HTTP_GET, "/a/1/b/", ROUTE_NOTFOUND, 0, NULL, NULL, NULL,
		    NULL },
		{ HTTP_GET, "/a//b/2", ROUTE_NOTFOUND, 0, NULL, NULL, NULL,
		    NULL },
	};
	const struct route	*found;
	struct kv		 params[REQ_MAXPARAMS];
	struct req		 r;
	struct buf		 b;
	size_t			 i, np;
	unsigned		 allow;
	int			 rc;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		rc = route_match(tab, NTAB, t[i].path, t[i].m, a, &found,
		    params, &np, &allow);
		T_INTEQ(rc, t[i].rc, "route %s \"%s\"",
		    http_method_names[t[i].m], t[i].path);
		if (rc != ROUTE_OK || t[i].rc != ROUTE_OK)
			continue;
		T_OK(found == &tab[t[i].idx], "route \"%s\" is entry %d",
		    t[i].path, t[i].idx);
		memset(&r, 0, sizeof(r));
		memcpy(r.params, params, sizeof(params));
		r.nparams = np;
		if (t[i].p1 != NULL)
			T_STREQ(req_param(&r, t[i].p1), t[i].v1,
			    "route \"%s\" :%s", t[i].path, t[i].p1);
		if (t[i].p2 != NULL)
			T_STREQ(req_param(&r, t[i].p2), t[i].v2,
			    "route \"%s\" :%s", t[i].path, t[i].p2);
		if (t[i].p1 == NULL)
			T_INTEQ(np, 0, "route \"%s\" has no params",
			    t[i].path);
	}
	rc = route_match(tab, NTAB, "/problems", HTTP_POST, a, &found, params,
	    &np, &allow);
	buf_init(&b, 256);
	route_allow(allow, &b);
	T_STREQ(buf_cstr(&b), "GET, HEAD", "405 Allow for a GET route");
	buf_reset(&b);
	rc = route_match(tab, NTAB, "/api/submissions/9", HTTP_PATCH, a,
	    &found, params, &np, &allow);
	route_allow(allow, &b);
	T_STREQ(buf_cstr(&b), "GET, HEAD, DELETE", "405 Allow lists all");
	buf_free(&b);
}

static void
test_resp(struct arena *a)
{
	static const struct {
		const char	*name, *value;
		int		 ok;
	} h[] = {
		{ "X-Thing", "value", 1 },
		{ "X-Thing", "", 1 },
		{ "X-Thing", "tab\tinside", 1 },
		{ "X-Thing", "utf-8 \xc3\xa9", 1 },
		{ "X-Thing", "a\r\nSet-Cookie: evil=1", 0 },
		{ "X-Thing", "a\nb", 0 },
		{ "X-Thing", "a\rb", 0 },
		{ "X-Thing", "a\x7f", 0 },
		{ "X-Thing", "a\x01", 0 },
		{ "X Thing", "v", 0 },
		{ "X-Thing:", "v", 0 },
		{ "X-Th\ning", "v", 0 },
		{ "", "v", 0 },
		{ NULL, "v", 0 },
		{ "X-Thing", NULL, 0 },
	};
	struct req		 r;
	struct buf		 body, headers, out;
	struct json_object	*o, *e, *v;
	size_t			 i;
	int			 rc;

	for (i = 0; i < sizeof(h) / sizeof(h[0]); i++)
		T_INTEQ(resp_header_ok(h[i].name, h[i].value), h[i].ok,
		    "header %zu %s", i, h[i].ok ? "accepted" : "refused");

	memset(&r, 0, sizeof(r));
	buf_init(&body, 1 << 20);
	buf_init(&headers, 4096);
	buf_init(&out, 1 << 20);
	r.arena = a;
	r.resp.body = &body;
	r.resp.headers = &headers;
	T_INTEQ(resp_header(&r, "X-Evil", "1\r\nLocation: //evil"), -1,
	    "resp_header refuses CR/LF");
	T_INTEQ(headers.len, 0, "nothing added after a refusal");
	T_INTEQ(resp_header(&r, "ETag", "\"v1\""), 0, "ETag added");
	T_INTEQ(resp_redirect(&r, 303, "//evil.example/"), 500,
	    "protocol-relative redirect refused");
	T_INTEQ(resp_redirect(&r, 303, "/\\evil.example/"), 500,
	    "backslash redirect refused");
	T_INTEQ(resp_redirect(&r, 303, "https://evil.example/"), 500,
	    "absolute redirect refused");
	T_INTEQ(resp_redirect(&r, 303, "/problems?x=1"), 303,
	    "local redirect accepted");
	T_INTEQ(resp_cookie(&r, "sid", "tok;en", 60), -1,
	    "cookie value with ; refused");
	T_INTEQ(resp_cookie(&r, "sid", "a b", 60), -1,
	    "cookie value with a space refused");
	T_INTEQ(resp_cookie(&r, "s id", "x", 60), -1, "bad cookie name");
	T_INTEQ(resp_cookie(&r, "sid", "abc-_.~", 3600), 0, "cookie set");
	T_OK(strstr(buf_cstr(&headers), "Set-Cookie: sid=abc-_.~; Path=/; "
	    "Max-Age=3600; HttpOnly; SameSite=Lax\r\n") != NULL,
	    "cookie attributes");
	T_INTEQ(resp_cookie(&r, "old", "", 0), 0, "cookie deletion");
	T_OK(strstr(buf_cstr(&headers), "old=; Path=/; Max-Age=0;") != NULL,
	    "deletion has Max-Age=0");
	T_OK(strstr(buf_cstr(&headers), "Location: /problems?x=1\r\n") !=
	    NULL, "Location header");

	rc = resp_error_json(&r, 404, "no_problem", "No \"such\" problem.");
	T_INTEQ(rc, 404, "resp_error_json returns the status");
	o = json_tokener_parse(buf_cstr(&body));
	T_OK(o != NULL && json_object_object_get_ex(o, "error", &e) &&
	    json_object_object_get_ex(e, "code", &v) &&
	    strcmp(json_object_get_string(v), "no_problem") == 0,
	    "error body has error.code");
	T_OK(o != NULL && json_object_object_get_ex(o, "error", &e) &&
	    json_object_object_get_ex(e, "message", &v) &&
	    strcmp(json_object_get_string(v), "No \"such\" problem.") == 0,
	    "error body has error.message");
	T_INTEQ(o ? json_object_object_length(o) : 0, 1,
	    "error body has one key");
	json_object_put(o);
	resp_error_json(&r, 503, NULL, NULL);
	T_OK(strstr(buf_cstr(&body), "\"code\":\"unavailable\"") != NULL,
	    "default code for 503");
	T_STREQ(http_status_text(413), "Payload Too Large", "413 text");
	T_STREQ(http_error_code(415), "unsupported_media_type", "415 code");
	T_STREQ(http_status_text(299), "Unknown", "unknown status text");
	T_INTEQ(http_error(&r, 422, "bad", "msg"), 422, "http_error returns");
	T_STREQ(r.err_code, "bad", "http_error keeps the code");

	/* The response head: security headers exactly once. */
	resp_head(&r, 200, &out);
	T_OK(strncmp(buf_cstr(&out), "Status: 200 OK\r\n", 16) == 0,
	    "status line first");
	T_OK(strstr(buf_cstr(&out), "Content-Security-Policy: default-src "
	    "'self'") != NULL, "CSP default-src 'self'");
	T_OK(strstr(buf_cstr(&out), "X-Content-Type-Options: nosniff\r\n")
	    != NULL, "nosniff");
	T_OK(strstr(buf_cstr(&out), "X-Frame-Options: DENY\r\n") != NULL,
	    "frame DENY");
	T_OK(strstr(buf_cstr(&out), "Referrer-Policy: ") != NULL,
	    "Referrer-Policy");
	T_OK(strstr(strstr(buf_cstr(&out), "nosniff") + 1, "nosniff") ==
	    NULL, "security headers appear once");
	T_OK(strstr(buf_cstr(&out), "Cache-Control: no-store\r\n") != NULL,
	    "dynamic responses are not cached by default");
	T_OK(strstr(buf_cstr(&out), "ETag: \"v1\"\r\n") != NULL,
	    "handler headers included");
	T_OK(out.len >= 4 && memcmp(out.data + out.len - 4, "\r\n\r\n", 4)
	    == 0, "head ends with a blank line");
	{
		char want[64];

		snprintf(want, sizeof(want), "Content-Length: %zu\r\n",
		    body.len);
		T_OK(strstr(buf_cstr(&out), want) != NULL,
		    "Content-Length matches the body");
	}
	resp_head(&r, 304, &out);
	T_OK(strstr(buf_cstr(&out), "Content-Length") == NULL,
	    "no body headers on 304");
	buf_free(&body);
	buf_free(&headers);
	buf_free(&out);
}

static void
test_lookups(void)
{
	char		*env[] = {
		"REQUEST_METHOD=GET", "HTTP_USER_AGENT=curl/8",
		"HTTP_IF_NONE_MATCH=\"x\"", "CONTENT_TYPE=application/json",
		"HTTP_X=", NULL,
	};
	struct req	 r;

	memset(&r, 0, sizeof(r));
	r.envp = env;
	T_STREQ(req_header(&r, "User-Agent"), "curl/8", "header by HTTP name");
	T_STREQ(req_header(&r, "if-none-match"), "\"x\"",
	    "header names are case-insensitive");
	T_STREQ(req_header(&r, "Content-Type"), "application/json",
	    "Content-Type without the HTTP_ prefix");
	T_STREQ(req_header(&r, "X"), "", "empty header value");
	T_OK(req_header(&r, "Accept") == NULL, "missing header");
	T_STREQ(req_env(&r, "REQUEST_METHOD"), "GET", "raw parameter");
	T_OK(req_env(&r, "REQUEST") == NULL, "prefix of a name is no match");
}

int
main(void)
{
	struct arena	 a;

	arena_init(&a, 0, 0);
	test_urldecode();
	test_urlencoded(&a);
	test_cookies(&a);
	test_json();
	test_ctype_int();
	test_routes(&a);
	test_resp(&a);
	test_lookups();
	arena_free(&a);
	T_DONE();
}
