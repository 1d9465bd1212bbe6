/* resp.c: response status, headers, cookies, JSON and error bodies. */
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "cfg.h"
#include "db.h"
#include "handlers.h"
#include "log.h"
#include "resp.h"

static const struct {
	int		 status;
	const char	*text;
	const char	*code;		/* default error code */
	const char	*message;	/* default error message */
} statuses[] = {
	{ 200, "OK", NULL, NULL },
	{ 201, "Created", NULL, NULL },
	{ 202, "Accepted", NULL, NULL },
	{ 204, "No Content", NULL, NULL },
	{ 301, "Moved Permanently", NULL, NULL },
	{ 302, "Found", NULL, NULL },
	{ 303, "See Other", NULL, NULL },
	{ 304, "Not Modified", NULL, NULL },
	{ 307, "Temporary Redirect", NULL, NULL },
	{ 308, "Permanent Redirect", NULL, NULL },
	{ 400, "Bad Request", "bad_request",
	    "The request could not be understood." },
	{ 401, "Unauthorized", "unauthorized", "Please sign in first." },
	{ 403, "Forbidden", "forbidden",
	    "You are not allowed to do that." },
	{ 404, "Not Found", "not_found",
	    "There is nothing at this address." },
	{ 405, "Method Not Allowed", "method_not_allowed",
	    "This address does not accept that method." },
	{ 409, "Conflict", "conflict",
	    "That conflicts with something that already exists." },
	{ 410, "Gone", "gone", "This is no longer available." },
	{ 411, "Length Required", "length_required",
	    "The request needs a Content-Length." },
	{ 413, "Payload Too Large", "payload_too_large",
	    "The request is too large." },
	{ 414, "URI Too Long", "uri_too_long", "The address is too long." },
	{ 415, "Unsupported Media Type", "unsupported_media_type",
	    "The request body has the wrong content type." },
	{ 422, "Unprocessable Entity", "invalid",
	    "Some fields are not valid." },
	{ 429, "Too Many Requests", "too_many_requests",
	    "Too many requests; please slow down." },
	{ 500, "Internal Server Error", "internal",
	    "Something went wrong on our side." },
	{ 501, "Not Implemented", "not_implemented",
	    "This is not implemented." },
	{ 502, "Bad Gateway", "bad_gateway",
	    "A backend service failed." },
	{ 503, "Service Unavailable", "unavailable",
	    "The service is temporarily unavailable; please try again "
	    "in a moment." },
	{ 504, "Gateway Timeout", "timeout", "A backend service timed out." },
};
#define NSTATUSES	(sizeof(statuses) / sizeof(statuses[0]))

static int
status_find(int status)
{
	size_t	 i;

	for (i = 0; i < NSTATUSES; i++)
		if (statuses[i].status == status)
			return (int)i;
	return -1;
}

const char *
http_status_text(int status)
{
	int	 i = status_find(status);

	return i < 0 ? "Unknown" : statuses[i].text;
}

const char *
http_error_code(int status)
{
	int	 i = status_find(status);

	if (i < 0 || statuses[i].code == NULL)
		return status >= 500 ? "internal" : "error";
	return statuses[i].code;
}

static const char *
http_error_message(int status)
{
	int	 i = status_find(status);

	if (i < 0 || statuses[i].message == NULL)
		return status >= 500 ? "Something went wrong on our side." :
		    "The request failed.";
	return statuses[i].message;
}

int
http_error(struct req *r, int status, const char *code, const char *message)
{
	r->err_code = code;
	r->err_msg = message;
	return status;
}

int
resp_header_ok(const char *name, const char *value)
{
	const unsigned char	*p;

	if (name == NULL || value == NULL || *name == '\0')
		return 0;
	for (p = (const unsigned char *)name; *p; p++)
		if (*p <= 0x20 || *p >= 0x7f ||
		    strchr("()<>@,;:\\\"/[]?={}", *p) != NULL)
			return 0;
	for (p = (const unsigned char *)value; *p; p++)
		if ((*p < 0x20 && *p != '\t') || *p == 0x7f)
			return 0;
	return 1;
}

int
resp_header(struct req *r, const char *name, const char *value)
{
	if (!resp_header_ok(name, value)) {
		log_warnx("%s: refused header \"%s\" (bad name or value)",
		    __func__, name ? name : "(null)");
		return -1;
	}
	if (buf_printf(r->resp.headers, "%s: %s\r\n", name, value) == -1) {
		log_warnx("%s: headers too large", __func__);
		return -1;
	}
	return 0;
}

/* cookie_value_ok: RFC 6265 cookie-octets only. */
static int
cookie_value_ok(const char *v)
{
	const unsigned char	*p;

	for (p = (const unsigned char *)v; *p; p++)
		if (*p < 0x21 || *p > 0x7e || *p == '"' || *p == ',' ||
		    *p == ';' || *p == '\\')
			return 0;
	return 1;
}

int
resp_cookie(struct req *r, const char *name, const char *value,
    long max_age)
{
	char	 age[48] = "";
	char	*line;

	if (!resp_header_ok(name, "x") || value == NULL ||
	    !cookie_value_ok(value)) {
		log_warnx("%s: refused cookie \"%s\"", __func__,
		    name ? name : "(null)");
		return -1;
	}
	if (max_age >= 0)
		snprintf(age, sizeof(age), "; Max-Age=%ld", max_age);
	line = arena_printf(r->arena, "%s=%s; Path=/%s; HttpOnly; "
	    "SameSite=Lax%s", name, value, age,
	    r->cfg != NULL && r->cfg->cookie_secure ? "; Secure" : "");
	if (line == NULL)
		return -1;
	return resp_header(r, "Set-Cookie", line);
}

int
resp_redirect(struct req *r, int status, const char *location)
{
	if (status != 301 && status != 302 && status != 303 &&
	    status != 307 && status != 308)
		status = 303;
	/* Local paths only: "/x", never "//host" or "/\host". */
	if (location == NULL || location[0] != '/' || location[1] == '/' ||
	    location[1] == '\\' || resp_header(r, "Location", location) == -1)
		return http_error(r, 500, NULL, NULL);
	return status;
}

int
resp_text(struct req *r, int status, const char *ctype, const char *s,
    size_t n)
{
	r->resp.content_type = ctype;
	r->resp.written = 1;
	r->resp.final = 1;
	buf_reset(r->resp.body);
	if (buf_add(r->resp.body, s, n) == -1)
		r->resp.overflow = 1;
	return status;
}

int
resp_json(struct req *r, int status, struct json_object *obj)
{
	const char	*s;
	size_t		 n;

	s = json_object_to_json_string_length(obj, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE, &n);
	resp_text(r, status, "application/json", s, n);
	json_object_put(obj);
	return status;
}

int
resp_error_json(struct req *r, int status, const char *code,
    const char *message)
{
	struct json_object	*top, *err;

	top = json_object_new_object();
	err = json_object_new_object();
	json_object_object_add(err, "code", json_object_new_string(
	    code ? code : http_error_code(status)));
	json_object_object_add(err, "message", json_object_new_string(
	    message ? message : http_error_message(status)));
	json_object_object_add(top, "error", err);
	return resp_json(r, status, top);
}

void
resp_security_headers(struct buf *b)
{
	/*
	 * Pages carry no inline script or style (STYLE.md), so CSP can be
	 * strict.  The editor's web workers come from /static as well.
	 */
	buf_puts(b,
	    "Content-Security-Policy: default-src 'self'; "
	    "img-src 'self' data:; font-src 'self' data:; "
	    "object-src 'none'; base-uri 'self'; form-action 'self'; "
	    "frame-ancestors 'none'\r\n"
	    "X-Content-Type-Options: nosniff\r\n"
	    "X-Frame-Options: DENY\r\n"
	    "Referrer-Policy: same-origin\r\n"
	    "Cross-Origin-Opener-Policy: same-origin\r\n");
}

/* put_uint: append the decimal digits of v (no printf on the hot path). */
static void
put_uint(struct buf *b, unsigned long long v)
{
	char	 num[24];
	size_t	 i = sizeof(num);

	do {
		num[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	buf_add(b, num + i, sizeof(num) - i);
}

int
resp_head(const struct req *r, int status, struct buf *out)
{
	const struct resp	*rs = &r->resp;

	buf_reset(out);
	buf_puts(out, "Status: ");
	put_uint(out, (unsigned)status);
	buf_putc(out, ' ');
	buf_puts(out, http_status_text(status));
	buf_puts(out, "\r\n");
	if (status != 204 && status != 304) {
		buf_puts(out, "Content-Type: ");
		buf_puts(out, rs->content_type ? rs->content_type :
		    "text/html; charset=utf-8");
		buf_puts(out, "\r\nContent-Length: ");
		put_uint(out, rs->body->len);
		buf_puts(out, "\r\n");
	}
	buf_puts(out, "Cache-Control: ");
	buf_puts(out, rs->cache_control ? rs->cache_control : "no-store");
	buf_puts(out, "\r\n");
	resp_security_headers(out);
	buf_add(out, rs->headers->data, rs->headers->len);
	return buf_puts(out, "\r\n");
}

int
db_http_status(struct req *r, int db_rc)
{
	switch (db_rc) {
	case DB_OK:
	case DB_ROW:
	case DB_DONE:
		return 200;
	case DB_NOTFOUND:
		return http_error(r, 404, NULL, NULL);
	case DB_CONFLICT:
		return http_error(r, 409, NULL, NULL);
	case DB_UNAVAILABLE:
		return http_error(r, 503, "database_unavailable",
		    "The database is not reachable right now; please try "
		    "again in a moment.");
	default:
		return http_error(r, 500, NULL, NULL);
	}
}
