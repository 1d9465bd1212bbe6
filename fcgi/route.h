/* route.h: the route table (the site map) and its matcher. */
#ifndef VERDICT_ROUTE_H
#define VERDICT_ROUTE_H

#include <stddef.h>

#include "req.h"

/* Route flags. */
#define RF_JSON		0x01	/* body must be a JSON object (else 415/400) */
#define RF_FORM		0x02	/* body must be urlencoded (else 415) */
#define RF_API		0x04	/* errors as JSON even outside /api/ */

/*
 * A handler returns the HTTP status.  It either writes a body (html.h,
 * resp_json, resp_text) or returns an error status through http_error()
 * and lets the dispatcher render it.  For 5xx statuses whatever the
 * handler wrote is discarded for the error page.
 */
typedef int (*handler_fn)(struct req *);

struct route {
	unsigned	 methods;	/* M_GET | M_POST ...; GET implies HEAD */
	const char	*pattern;	/* "/problems/:slug": ':' names one segment */
	handler_fn	 fn;
	unsigned	 flags;		/* RF_* */
};

extern const struct route	routes[];
extern const size_t		nroutes;
/* route_auth: called before every handler to fill r->user; may be NULL. */
extern int			(*const route_auth)(struct req *);

/* route_match results. */
#define ROUTE_OK		 0
#define ROUTE_NOTFOUND		-1	/* 404 */
#define ROUTE_NOMETHOD		-2	/* 405; *allow holds the M_* mask */
#define ROUTE_BADPATH		-3	/* 400: malformed escape in the path */

/*
 * route_match: find the first route in tab (n entries) whose pattern
 * matches path and whose methods include m.  Params are percent-decoded
 * into the arena (a "/" encoded as %2F stays inside its segment).
 * Returns ROUTE_* and, on ROUTE_OK, *found, params and *nparams.
 */
int	route_match(const struct route *tab, size_t n, const char *path,
	    enum http_method m, struct arena *a, const struct route **found,
	    struct kv *params, size_t *nparams, unsigned *allow);
/* route_allow: "GET, HEAD, POST" for a method mask, into b. */
void	route_allow(unsigned mask, struct buf *b);

#endif
