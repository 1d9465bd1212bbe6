/* req.h: one HTTP request as handlers see it, and its pure parsers. */
#ifndef VERDICT_REQ_H
#define VERDICT_REQ_H

#include <stddef.h>

#include "arena.h"
#include "buf.h"

struct json_object;
struct db;
struct rq;
struct cfg;
struct route;

enum http_method {
	HTTP_GET,
	HTTP_HEAD,
	HTTP_POST,
	HTTP_PUT,
	HTTP_PATCH,
	HTTP_DELETE,
	HTTP_OPTIONS,
	HTTP__MAX
};
extern const char *const http_method_names[HTTP__MAX];

/* Method masks for the route table. */
#define M_GET		(1u << HTTP_GET)
#define M_HEAD		(1u << HTTP_HEAD)
#define M_POST		(1u << HTTP_POST)
#define M_PUT		(1u << HTTP_PUT)
#define M_PATCH		(1u << HTTP_PATCH)
#define M_DELETE	(1u << HTTP_DELETE)
#define M_OPTIONS	(1u << HTTP_OPTIONS)

/* One decoded name/value pair; both NUL-terminated, in the arena. */
struct kv {
	const char	*key;
	const char	*val;
	size_t		 vlen;
};

/* A list of pairs in the order received; duplicates are kept. */
struct kvlist {
	struct kv	*v;
	size_t		 n;
};

/*
 * The signed-in user.  Filled by the auth module (route_auth in route.c)
 * before the handler runs; r->user is NULL for anonymous requests.
 */
struct user {
	long long	 id;
	const char	*username;
	int		 is_admin;
	const char	*csrf;		/* the session's CSRF token, or NULL */
};

/*
 * The response under construction.  Everything is buffered (the page, the
 * headers) and sent in one write when the handler returns, so a handler
 * can still change the status or fail over to an error page.
 */
struct resp {
	const char	*content_type;	/* default text/html; charset=utf-8 */
	const char	*cache_control;	/* default no-store */
	struct buf	*headers;	/* extra "Name: value\r\n" lines */
	struct buf	*body;
	int		 written;	/* the handler produced a body */
	int		 final;		/* a complete body (resp_json/text):
					   kept even for 5xx statuses */
	int		 overflow;	/* a write hit the body cap */
};

#define REQ_MAXPARAMS	8

/*
 * struct req: everything a handler needs.  Request lifetime: strings and
 * lists live in arena and vanish after the response; handlers never free
 * them.  db, rq and cfg are the worker's (process lifetime, borrowed).
 */
struct req {
	enum http_method	 method;
	const char		*path;		/* raw path, without the query */
	const char		*query_string;	/* raw, "" when none */
	const struct route	*route;		/* matched route */
	struct kv		 params[REQ_MAXPARAMS];	/* :name segments */
	size_t			 nparams;
	struct kvlist		 query;		/* ?a=1&b=2, decoded */
	struct kvlist		 form;		/* urlencoded body, decoded */
	struct kvlist		 cookies;
	struct json_object	*json;		/* JSON body (an object), or NULL;
						   owned by the request */
	const char		*body;		/* raw body, NUL-terminated */
	size_t			 body_len;
	const char		*content_type;	/* "" when none */
	const char		*remote_addr;
	int			 is_api;	/* errors as JSON, not pages */
	char		       **envp;		/* FastCGI parameters */
	struct arena		*arena;
	struct db		*db;
	struct rq		*rq;
	const struct cfg	*cfg;
	struct user		*user;		/* NULL: anonymous */
	void			*auth;		/* free slot for the auth module */
	struct resp		 resp;
	const char		*err_code;	/* set through http_error() */
	const char		*err_msg;
};

/* Parser results. */
#define REQ_OK		 0
#define REQ_EMALFORMED	-1	/* 400 */
#define REQ_ETOOMANY	-2	/* 413 (too many fields) */
#define REQ_ENOMEM	-3	/* arena cap reached: 413 */

/* Lookups: the first value for key, or NULL.  Strings live in the arena. */
const char	*req_param(const struct req *, const char *key);
const char	*req_query(const struct req *, const char *key);
const char	*req_form(const struct req *, const char *key);
const char	*req_cookie(const struct req *, const char *key);
/*
 * req_header: a request header by its HTTP name ("User-Agent",
 * "If-None-Match"), or NULL.  req_env: a raw FastCGI parameter.
 */
const char	*req_header(const struct req *, const char *name);
const char	*req_env(const struct req *, const char *name);

/* kv_get: first value for key in l, or NULL; kv_count: how many. */
const char	*kv_get(const struct kvlist *l, const char *key);
size_t		 kv_count(const struct kvlist *l, const char *key);

/*
 * req_urldecode: percent-decode n bytes of src into dst (room for n + 1),
 * turning '+' into ' ' when plus is set.  Malformed escapes and %00 are
 * refused.  Returns the decoded length, NUL-terminated, or -1.
 */
long		 req_urldecode(char *dst, const char *src, size_t n, int plus);
/*
 * req_parse_urlencoded: split a query string or form body into *out (in
 * a).  Empty pairs and empty keys are skipped; "k" alone means "k=".
 * More than max pairs is REQ_ETOOMANY.  Returns a REQ_* code.
 */
int		 req_parse_urlencoded(struct arena *a, const char *s,
		    size_t n, size_t max, struct kvlist *out);
/*
 * req_parse_cookies: parse a Cookie header leniently (a bad cookie set by
 * another site on the domain must not break ours): pairs without '=' or
 * with a bad name are skipped, quotes around a value are removed, pairs
 * beyond max are ignored.  Returns REQ_OK or REQ_ENOMEM.
 */
int		 req_parse_cookies(struct arena *a, const char *hdr,
		    size_t max, struct kvlist *out);
/*
 * req_parse_json: parse n bytes as one JSON object (nesting at most
 * depth).  Returns 0 and a new reference in *out (json_object_put it), or
 * -1 with a static reason in *why.
 */
int		 req_parse_json(const char *s, size_t n, int depth,
		    struct json_object **out, const char **why);
/* req_ctype_is: the media type of ctype (before ';') equals want. */
int		 req_ctype_is(const char *ctype, const char *want);
/*
 * req_int: parse s as a decimal integer in [min, max] (no sign for
 * positive numbers, no spaces, no leading zeros).  0 and *out, or -1.
 */
int		 req_int(const char *s, long long min, long long max,
		    long long *out);
/* http_method_parse: HTTP_* for name, or HTTP__MAX. */
enum http_method http_method_parse(const char *name);

#endif
