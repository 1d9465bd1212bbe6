/* resp.h: status, headers, JSON and error bodies of a response. */
#ifndef VERDICT_RESP_H
#define VERDICT_RESP_H

#include <stddef.h>

#include "buf.h"
#include "req.h"

struct json_object;

/*
 * http_error: note an error for the dispatcher and return status, so a
 * handler writes `return http_error(r, 404, "no_problem", "No such
 * problem.");`.  The dispatcher renders it as the JSON body
 * {"error":{"code":...,"message":...}} for API requests or as the error
 * page otherwise.  code and message must outlive the request (literals or
 * arena strings).  NULL code or message: the default for the status.
 */
int	http_error(struct req *, int status, const char *code,
	    const char *message);
/* http_status_text: "Not Found" for 404 ("Unknown" when unknown). */
const char *http_status_text(int status);
/* http_error_code: the default error code for a status ("not_found"). */
const char *http_error_code(int status);

/*
 * resp_header: add a response header.  name must be a token and value
 * free of CR, LF and other control characters (header injection);
 * returns 0, or -1 (logged, nothing added).
 */
int	resp_header(struct req *, const char *name, const char *value);
/* resp_header_ok: the check resp_header makes; 1 when acceptable. */
int	resp_header_ok(const char *name, const char *value);
/*
 * resp_cookie: Set-Cookie name=value; Path=/; HttpOnly; SameSite=Lax
 * (Secure when cookie_secure).  max_age < 0: a session cookie; 0: delete
 * it.  value must be cookie-octets.  Returns 0 or -1.
 */
int	resp_cookie(struct req *, const char *name, const char *value,
	    long max_age);
/*
 * resp_redirect: redirect to a local path (must start with one '/'; no
 * open redirects).  Returns status (301, 302, 303, 307, 308) or 500.
 */
int	resp_redirect(struct req *, int status, const char *location);
/*
 * resp_json: obj as the body (application/json).  Takes the reference
 * (json_object_put is done here).  Returns status.
 */
int	resp_json(struct req *, int status, struct json_object *obj);
/* resp_text: raw bytes with a content type (text/plain etc.).  Returns status. */
int	resp_text(struct req *, int status, const char *ctype,
	    const char *s, size_t n);
/*
 * resp_error_json: the one JSON error body shape, written as the
 * response body.  Returns status.
 */
int	resp_error_json(struct req *, int status, const char *code,
	    const char *message);
/*
 * resp_security_headers: the one place that sets CSP, nosniff,
 * Referrer-Policy, X-Frame-Options and friends; appended to b.
 */
void	resp_security_headers(struct buf *b);
/*
 * resp_head: the FastCGI response head (Status, Content-Type,
 * Content-Length, Cache-Control, the security headers, the handler's
 * headers, the blank line) into out; the body follows it unless the
 * status is 204 or 304 or the method is HEAD.  Returns 0 or -1.
 */
int	resp_head(const struct req *, int status, struct buf *out);

#endif
