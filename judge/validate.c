/* validate.c: the Kattis default output validator, as a pure function. */
/*
 * This follows problemtools' support/default_validator semantics step by
 * step, so that archives judged elsewhere judge the same here:
 *
 *  - Before every token, the answer's whitespace is skipped; with
 *    space_change_sensitive every answer whitespace byte must be matched by
 *    the same byte of the output, and any further output whitespace is an
 *    error.  Without it, output whitespace is skipped freely.
 *  - "Whitespace" is C-locale isspace(): space, \t, \n, \v, \f, \r.
 *  - An answer token that is a finite float (whole token, strtod syntax,
 *    hex floats included, inf/nan excluded) is compared numerically when a
 *    tolerance was given: the output token must be a finite float too, and
 *    it passes within the absolute or the relative tolerance.  Underflow
 *    to zero or a denormal is still a float; overflow to inf is not.
 *  - Otherwise tokens compare as strings, ASCII case-folded unless
 *    case_sensitive.
 *  - Output left after the last answer token is "trailing output".
 *
 * One deliberate difference: problemtools compares C strings, so a NUL
 * byte ends a token early there.  Here NUL is an ordinary byte, which can
 * only turn a garbage-laden output from AC into WA.
 */
#include <stdarg.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate.h"
#include "xmalloc.h"

#define TOKEN_SHOW	48	/* bytes of a token quoted in a message */

struct cursor {
	const char	*p;
	const char	*end;
	long		 line;
};

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' ||
	    c == '\f' || c == '\r';
}

static int
fold(int c)
{
	return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

void
validate_flags_init(struct validate_flags *f)
{
	memset(f, 0, sizeof(*f));
	f->abs_tol = -1;
	f->rel_tol = -1;
}

int
validate_isfloat(const char *s, size_t len, double *v)
{
	char	 small[128], *copy, *end;
	double	 d;
	int	 ok;

	if (len == 0)
		return 0;
	/* strtod skips leading blanks; a token never has any, but a flag
	 * value given through the API might. */
	if (is_space((unsigned char)s[0]))
		return 0;
	copy = len < sizeof(small) ? small : xmalloc(len + 1);
	memcpy(copy, s, len);
	copy[len] = '\0';
	errno = 0;
	d = strtod(copy, &end);
	/* ERANGE on underflow still yields a float (scanf agrees); on
	 * overflow d is inf and is refused below. */
	ok = end == copy + len && isfinite(d);
	if (copy != small)
		free(copy);
	if (ok && v != NULL)
		*v = d;
	return ok;
}

int
validate_flags_parse(struct validate_flags *f, const char *flags, char *err,
    size_t errlen)
{
	const char	*p = flags, *w, *v;
	size_t		 wl, vl;
	double		 d;

	validate_flags_init(f);
	if (errlen > 0)
		err[0] = '\0';
	if (p == NULL)
		return 0;
	for (;;) {
		while (is_space((unsigned char)*p))
			p++;
		if (*p == '\0')
			break;
		w = p;
		while (*p != '\0' && !is_space((unsigned char)*p))
			p++;
		wl = (size_t)(p - w);
		if (wl == 14 && strncmp(w, "case_sensitive", wl) == 0) {
			f->case_sensitive = 1;
			continue;
		}
		if (wl == 22 &&
		    strncmp(w, "space_change_sensitive", wl) == 0) {
			f->space_change_sensitive = 1;
			continue;
		}
		if (!(wl == 24 &&
		    strncmp(w, "float_absolute_tolerance", wl) == 0) &&
		    !(wl == 24 &&
		    strncmp(w, "float_relative_tolerance", wl) == 0) &&
		    !(wl == 15 && strncmp(w, "float_tolerance", wl) == 0)) {
			snprintf(err, errlen, "unknown validator flag '%.*s'",
			    (int)(wl > 64 ? 64 : wl), w);
			return -1;
		}
		while (is_space((unsigned char)*p))
			p++;
		v = p;
		while (*p != '\0' && !is_space((unsigned char)*p))
			p++;
		vl = (size_t)(p - v);
		if (!validate_isfloat(v, vl, &d)) {
			snprintf(err, errlen, "validator flag '%.*s' needs a "
			    "finite number", (int)wl, w);
			return -1;
		}
		if (w[6] == 'a')
			f->abs_tol = d;
		else if (w[6] == 'r')
			f->rel_tol = d;
		else
			f->abs_tol = f->rel_tol = d;
	}
	return 0;
}

/* Append s[0..len) to msg, quoted, capped and with control bytes escaped. */
static void
msg_token(char *msg, size_t msglen, const char *s, size_t len)
{
	size_t	 at, i, n;
	char	 tmp[8];

	if (msglen == 0)
		return;
	at = strlen(msg);
	n = len > TOKEN_SHOW ? TOKEN_SHOW : len;
	if (at + 1 < msglen)
		msg[at++] = '"';
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
			tmp[0] = (char)c;
			tmp[1] = '\0';
		} else
			snprintf(tmp, sizeof(tmp), "\\x%02x", c);
		if (at + strlen(tmp) + 1 >= msglen)
			break;
		memcpy(msg + at, tmp, strlen(tmp));
		at += strlen(tmp);
	}
	if (n < len && at + 4 < msglen) {
		memcpy(msg + at, "...", 3);
		at += 3;
	}
	if (at + 1 < msglen)
		msg[at++] = '"';
	if (msglen > 0)
		msg[at < msglen ? at : msglen - 1] = '\0';
}

static void
msg_add(char *msg, size_t msglen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
msg_add(char *msg, size_t msglen, const char *fmt, ...)
{
	va_list	 ap;
	size_t	 at;

	if (msglen == 0)
		return;
	at = strlen(msg);
	if (at + 1 >= msglen)
		return;
	va_start(ap, fmt);
	vsnprintf(msg + at, msglen - at, fmt, ap);
	va_end(ap);
}

static const char *
space_name(int c)
{
	switch (c) {
	case -1:
		return "end of output";
	case ' ':
		return "space";
	case '\t':
		return "tab";
	case '\n':
		return "newline";
	case '\r':
		return "carriage return";
	case '\v':
		return "vertical tab";
	case '\f':
		return "form feed";
	default:
		return "a non-space character";
	}
}

static enum validate_result
wrong(char *msg, size_t msglen, const struct cursor *j, const struct cursor *u)
{
	if (msglen == 0)
		return VALIDATE_WA;
	msg[0] = '\0';
	msg_add(msg, msglen, "wrong answer on output line %ld (answer line "
	    "%ld): ", u->line, j->line);
	return VALIDATE_WA;
}

static const char *
token_end(const char *p, const char *end)
{
	while (p < end && !is_space((unsigned char)*p))
		p++;
	return p;
}

static int
token_eq(const char *a, size_t al, const char *b, size_t bl, int cs)
{
	size_t	 i;

	if (al != bl)
		return 0;
	if (cs)
		return memcmp(a, b, al) == 0;
	for (i = 0; i < al; i++)
		if (fold((unsigned char)a[i]) != fold((unsigned char)b[i]))
			return 0;
	return 1;
}

enum validate_result
validate_default(const char *ans, size_t anslen, const char *out,
    size_t outlen, const struct validate_flags *f, char *msg, size_t msglen)
{
	struct cursor	 j = { ans, ans + anslen, 1 };
	struct cursor	 u = { out, out + outlen, 1 };
	const char	*jt, *ut, *je, *ue;
	int		 use_floats, c, d;
	long		 token;
	double		 jv, uv, diff;

	if (msglen > 0)
		msg[0] = '\0';
	use_floats = f->abs_tol >= 0 || f->rel_tol >= 0;
	for (token = 0;; token++) {
		while (j.p < j.end && is_space((unsigned char)*j.p)) {
			c = (unsigned char)*j.p++;
			if (f->space_change_sensitive) {
				d = u.p < u.end ? (unsigned char)*u.p++ : -1;
				if (c != d) {
					wrong(msg, msglen, &j, &u);
					msg_add(msg, msglen, "whitespace "
					    "differs: expected %s, got %s",
					    space_name(c), space_name(d));
					return VALIDATE_WA;
				}
				if (d == '\n')
					u.line++;
			}
			if (c == '\n')
				j.line++;
		}
		while (u.p < u.end && is_space((unsigned char)*u.p)) {
			d = (unsigned char)*u.p++;
			if (f->space_change_sensitive) {
				wrong(msg, msglen, &j, &u);
				msg_add(msg, msglen, "whitespace differs: "
				    "unexpected %s", space_name(d));
				return VALIDATE_WA;
			}
			if (d == '\n')
				u.line++;
		}
		if (j.p == j.end)
			break;
		jt = j.p;
		je = token_end(jt, j.end);
		if (u.p == u.end) {
			wrong(msg, msglen, &j, &u);
			if (token > 0)
				msg_add(msg, msglen, "output ended early, "
				    "expected ");
			else if (outlen == 0)
				msg_add(msg, msglen, "output is empty, "
				    "expected ");
			else
				msg_add(msg, msglen, "output holds only "
				    "whitespace, expected ");
			msg_token(msg, msglen, jt, (size_t)(je - jt));
			return VALIDATE_WA;
		}
		ut = u.p;
		ue = token_end(ut, u.end);
		if (use_floats &&
		    validate_isfloat(jt, (size_t)(je - jt), &jv)) {
			if (!validate_isfloat(ut, (size_t)(ue - ut), &uv)) {
				wrong(msg, msglen, &j, &u);
				msg_add(msg, msglen, "expected a number near ");
				msg_token(msg, msglen, jt, (size_t)(je - jt));
				msg_add(msg, msglen, ", got ");
				msg_token(msg, msglen, ut, (size_t)(ue - ut));
				return VALIDATE_WA;
			}
			diff = fabs(jv - uv);
			if (!(diff <= f->abs_tol) &&
			    !(diff <= f->rel_tol * fabs(jv))) {
				wrong(msg, msglen, &j, &u);
				msg_add(msg, msglen, "number too far off: "
				    "expected ");
				msg_token(msg, msglen, jt, (size_t)(je - jt));
				msg_add(msg, msglen, ", got ");
				msg_token(msg, msglen, ut, (size_t)(ue - ut));
				msg_add(msg, msglen, ", difference %g "
				    "(absolute tolerance %g, relative "
				    "tolerance %g)", jv - uv, f->abs_tol,
				    f->rel_tol);
				return VALIDATE_WA;
			}
		} else if (!token_eq(jt, (size_t)(je - jt), ut,
		    (size_t)(ue - ut), f->case_sensitive)) {
			wrong(msg, msglen, &j, &u);
			msg_add(msg, msglen, "expected ");
			msg_token(msg, msglen, jt, (size_t)(je - jt));
			msg_add(msg, msglen, ", got ");
			msg_token(msg, msglen, ut, (size_t)(ue - ut));
			return VALIDATE_WA;
		}
		j.p = je;
		u.p = ue;
	}
	if (u.p < u.end) {
		ut = u.p;
		ue = token_end(ut, u.end);
		wrong(msg, msglen, &j, &u);
		msg_add(msg, msglen, "trailing output after the answer: ");
		msg_token(msg, msglen, ut, (size_t)(ue - ut));
		return VALIDATE_WA;
	}
	return VALIDATE_AC;
}
