/* worker.c: a prefork worker: accept, parse, route, respond, repeat. */
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/types.h>

#include <errno.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>
#include <json-c/json.h>

#include "arena.h"
#include "buf.h"
#include "cfg.h"
#include "db.h"
#include "handlers.h"
#include "log.h"
#include "rq.h"
#include "stats.h"
#include "worker.h"
#include "xmalloc.h"

/*
 * Theory of operation.  Every worker shares the master's listening socket,
 * which is non-blocking.  A worker calls FCGX_Accept_r, which accepts and
 * reads the FastCGI parameters, or fails with EAGAIN when nothing is
 * queued; then the worker sleeps in epoll_pwait() (EPOLLEXCLUSIVE: one
 * worker is woken per connection, no thundering herd).  SIGTERM is
 * unblocked only inside epoll_pwait, so a stop request interrupts the
 * sleep but never a request in flight; a busy worker, which does not
 * sleep, polls for it with a zero timeout every 8 requests.  After the
 * accept we read the body, dispatch, write the whole buffered response and
 * FCGX_Finish_r (closing the connection: nginx must not keep FastCGI
 * connections to a prefork pool, FLOORS.md snag 9).
 *
 * On SIGTERM the worker finishes the request in flight, serves what is
 * queued on the socket for at most DRAIN_MS, and exits 0.  After max_requests (plus up to 10% random
 * jitter, so workers do not all recycle at once) it exits with
 * WORKER_EXIT_RECYCLE and the master forks a fresh one.
 */

#define BODY_CAP	(32 * 1024 * 1024)	/* response body */
#define HEAD_CAP	(64 * 1024)
#define PATH_MAX_LEN	4096
#define COOKIES_MAX	64
#define JSON_DEPTH	32
#define DRAIN_MS	100	/* a stopping worker serves the queue this long */
#define DISCARD_MAX	(16 * 1024 * 1024)

struct worker {
	const struct worker_args *args;
	const struct cfg	*cfg;
	struct db		*db;
	struct rq		*rq;
	struct arena		 arena;
	struct buf		 body;
	struct buf		 headers;
	struct buf		 head;
	char			 scratch[16384];
};

static volatile sig_atomic_t	quit;
static const char		**labels;

static void
on_term(int sig)
{
	(void)sig;
	quit = 1;
}

const char *const *
worker_route_labels(void)
{
	struct buf	 b;
	size_t		 i;

	if (labels != NULL)
		return labels;
	labels = xcalloc(nroutes + 1, sizeof(*labels));
	for (i = 0; i < nroutes; i++) {
		buf_init(&b, 4096);
		route_allow(routes[i].methods, &b);
		buf_printf(&b, " %s", routes[i].pattern);
		labels[i] = buf_detach(&b, NULL);
	}
	return labels;
}

/* body_read: the request body into the arena, capped.  0 or a status. */
static int
body_read(struct worker *w, struct req *r, FCGX_Stream *in)
{
	const char	*cl = req_env(r, "CONTENT_LENGTH");
	long long	 len;
	char		*p;
	int		 n;
	size_t		 got = 0, skipped = 0;

	r->body = "";
	r->body_len = 0;
	if (cl == NULL || *cl == '\0')
		return 0;
	if (req_int(cl, 0, (long long)1 << 40, &len) == -1)
		return http_error(r, 400, "bad_content_length",
		    "The Content-Length header is not a number.");
	if (len == 0)
		return 0;
	if (len > w->cfg->body_max) {
		/*
		 * Read and drop the body so nginx, still sending it, gets
		 * our 413 rather than a broken pipe (which it reports as
		 * 502).  Beyond DISCARD_MAX we just hang up.
		 */
		while (skipped < DISCARD_MAX && (n = FCGX_GetStr(w->scratch,
		    sizeof(w->scratch), in)) > 0)
			skipped += (size_t)n;
		return http_error(r, 413, "body_too_large",
		    arena_printf(r->arena, "The request body is larger than "
		    "%d bytes.", w->cfg->body_max));
	}
	if ((p = arena_alloc(r->arena, (size_t)len + 1)) == NULL)
		return http_error(r, 413, "body_too_large", NULL);
	while (got < (size_t)len) {
		n = FCGX_GetStr(p + got, (int)((size_t)len - got), in);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	if (got != (size_t)len)
		return http_error(r, 400, "incomplete_body",
		    "The request body is shorter than its Content-Length.");
	p[got] = '\0';
	r->body = p;
	r->body_len = got;
	return 0;
}

/* body_parse: form or JSON according to the content type.  0 or status. */
static int
body_parse(struct worker *w, struct req *r)
{
	const char	*why;
	int		 rc;

	if (r->body_len > 0 && req_ctype_is(r->content_type,
	    "application/x-www-form-urlencoded")) {
		rc = req_parse_urlencoded(r->arena, r->body, r->body_len,
		    (size_t)w->cfg->fields_max, &r->form);
		if (rc == REQ_EMALFORMED)
			return http_error(r, 400, "bad_form",
			    "The form data is malformed.");
		if (rc != REQ_OK)
			return http_error(r, 413, "too_many_fields",
			    "The form has too many fields.");
	} else if (r->body_len > 0 && req_ctype_is(r->content_type,
	    "application/json")) {
		if (req_parse_json(r->body, r->body_len, JSON_DEPTH, &r->json,
		    &why) == -1)
			return http_error(r, 400, "invalid_json", why);
	}
	if (r->route->flags & RF_JSON) {
		if (!req_ctype_is(r->content_type, "application/json"))
			return http_error(r, 415, "unsupported_media_type",
			    "Send the body as Content-Type: application/json.");
		if (r->json == NULL)
			return http_error(r, 400, "invalid_json",
			    "The request body must be a JSON object.");
	}
	if ((r->route->flags & RF_FORM) && !req_ctype_is(r->content_type,
	    "application/x-www-form-urlencoded"))
		return http_error(r, 415, "unsupported_media_type",
		    "Send the form as application/x-www-form-urlencoded.");
	return 0;
}

/*
 * slash_redirect: "/problems/" for a GET that only matches as "/problems":
 * answer 301 to the canonical address.  Returns the status or 0.
 */
static int
slash_redirect(struct req *r)
{
	const struct route	*rt;
	struct kv		 params[REQ_MAXPARAMS];
	size_t			 n = strlen(r->path), np;
	unsigned		 allow;
	char			*p;

	if ((r->method != HTTP_GET && r->method != HTTP_HEAD) || n < 2 ||
	    r->path[n - 1] != '/' || r->path[1] == '/')
		return 0;
	if ((p = arena_strndup(r->arena, r->path, n - 1)) == NULL)
		return 0;
	if (route_match(routes, nroutes, p, r->method, r->arena, &rt, params,
	    &np, &allow) != ROUTE_OK)
		return 0;
	if (*r->query_string != '\0')
		p = arena_printf(r->arena, "%s?%s", p, r->query_string);
	return p == NULL ? 0 : resp_redirect(r, 301, p);
}

/* dispatch: everything between the parameters and the handler. */
static int
dispatch(struct worker *w, struct req *r, FCGX_Stream *in)
{
	const char	*uri, *q, *ctype;
	struct buf	 allow;
	unsigned	 mask;
	int		 rc;

	r->method = http_method_parse(req_env(r, "REQUEST_METHOD"));
	if ((uri = req_env(r, "REQUEST_URI")) == NULL &&
	    (uri = req_env(r, "DOCUMENT_URI")) == NULL)
		uri = "/";
	if ((q = strchr(uri, '?')) != NULL) {
		r->path = arena_strndup(r->arena, uri, (size_t)(q - uri));
		r->query_string = q + 1;
	} else {
		r->path = uri;
		r->query_string = "";
	}
	if (r->path == NULL)
		return 500;
	r->is_api = strncmp(r->path, "/api/", 5) == 0 ||
	    strcmp(r->path, "/api") == 0;
	r->remote_addr = req_env(r, "REMOTE_ADDR");
	ctype = req_env(r, "CONTENT_TYPE");
	r->content_type = ctype ? ctype : "";
	if (r->method == HTTP__MAX)
		return http_error(r, 501, "method_not_implemented",
		    "This method is not supported.");
	if (strlen(r->path) > PATH_MAX_LEN)
		return 414;

	rc = route_match(routes, nroutes, r->path, r->method, r->arena,
	    &r->route, r->params, &r->nparams, &mask);
	switch (rc) {
	case ROUTE_OK:
		break;
	case ROUTE_NOMETHOD:
		buf_init(&allow, 256);
		route_allow(mask, &allow);
		resp_header(r, "Allow", buf_cstr(&allow));
		buf_free(&allow);
		return 405;
	case ROUTE_BADPATH:
		return http_error(r, 400, "bad_path",
		    "The address contains a malformed %-escape.");
	default:
		if ((rc = slash_redirect(r)) != 0)
			return rc;
		return 404;
	}
	if (r->route->flags & RF_API)
		r->is_api = 1;

	switch (req_parse_urlencoded(r->arena, r->query_string,
	    strlen(r->query_string), (size_t)w->cfg->fields_max, &r->query)) {
	case REQ_OK:
		break;
	case REQ_EMALFORMED:
		return http_error(r, 400, "bad_query",
		    "The query string is malformed.");
	default:
		return http_error(r, 413, "too_many_fields",
		    "The query string has too many fields.");
	}
	if (req_parse_cookies(r->arena, req_env(r, "HTTP_COOKIE"),
	    COOKIES_MAX, &r->cookies) != REQ_OK)
		return 413;
	if (r->method == HTTP_POST || r->method == HTTP_PUT ||
	    r->method == HTTP_PATCH || r->method == HTTP_DELETE) {
		if ((rc = body_read(w, r, in)) != 0 ||
		    (rc = body_parse(w, r)) != 0)
			return rc;
	}
	if (route_auth != NULL && (rc = route_auth(r)) != 0)
		return rc;
	return r->route->fn(r);
}

static uint64_t
usec_since(const struct timespec *t0)
{
	struct timespec	 t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (uint64_t)(t1.tv_sec - t0->tv_sec) * 1000000u +
	    (uint64_t)((t1.tv_nsec - t0->tv_nsec) / 1000);
}

static void
serve(struct worker *w, FCGX_Request *fr)
{
	struct req	 r;
	struct timespec	 t0;
	int		 status, head_only;
	size_t		 route;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	memset(&r, 0, sizeof(r));
	arena_reset(&w->arena);
	buf_reset(&w->body);
	buf_reset(&w->headers);
	r.arena = &w->arena;
	r.db = w->db;
	r.rq = w->rq;
	r.cfg = w->cfg;
	r.envp = fr->envp;
	r.resp.body = &w->body;
	r.resp.headers = &w->headers;

	status = dispatch(w, &r, fr->in);
	if (status < 100 || status > 599) {
		log_warnx("%s: handler returned status %d", __func__, status);
		status = 500;
	}
	if (r.resp.overflow) {
		log_warnx("%s: %s: response larger than %d bytes", __func__,
		    r.path, BODY_CAP);
		status = 500;
	}
	/*
	 * Errors: a 5xx never shows a half-written page (only a complete
	 * body from resp_json/resp_text is kept); a 4xx the handler did not
	 * render itself gets the standard page or JSON body.
	 */
	if (r.resp.overflow || (status >= 500 && !r.resp.final) ||
	    (status >= 400 && !r.resp.written)) {
		buf_reset(&w->body);
		r.resp.overflow = 0;
		r.resp.written = 0;
		r.resp.final = 0;
		r.resp.content_type = NULL;
		r.resp.cache_control = NULL;
		if (status >= 500)
			buf_reset(&w->headers);
		if (status == 503)
			resp_header(&r, "Retry-After", "5");
		if (r.is_api)
			resp_error_json(&r, status, r.err_code, r.err_msg);
		else
			page_error(&r, status);
	}
	db_end_request(w->db);
	head_only = r.method == HTTP_HEAD;
	if (resp_head(&r, status, &w->head) == -1)
		log_warnx("%s: response head too large", __func__);
	FCGX_PutStr(w->head.data, (int)w->head.len, fr->out);
	if (!head_only && status != 204 && status != 304 && w->body.len > 0)
		FCGX_PutStr(w->body.data, (int)w->body.len, fr->out);
	if (r.json != NULL)
		json_object_put(r.json);

	route = r.route != NULL ? (size_t)(r.route - routes) : nroutes;
	stats_record(w->args->slot, route, status, usec_since(&t0));
	if (status >= 500 && status != 501 && status != 503)
		log_warnx("%s %s: %d %s", r.method < HTTP__MAX ?
		    http_method_names[r.method] : "?", r.path ? r.path : "?",
		    status, r.err_msg ? r.err_msg : http_status_text(status));
	else
		log_debug("%s %s: %d", r.method < HTTP__MAX ?
		    http_method_names[r.method] : "?", r.path ? r.path : "?",
		    status);
}

static void
drop_privileges(const struct worker_args *a)
{
	if (!a->drop)
		return;
	if (setgroups(1, &a->gid) == -1 || setresgid(a->gid, a->gid,
	    a->gid) == -1 || setresuid(a->uid, a->uid, a->uid) == -1) {
		log_warn("%s: uid %d gid %d", __func__, (int)a->uid,
		    (int)a->gid);
		_exit(WORKER_EXIT_INIT);
	}
	if (setuid(0) != -1) {
		log_warnx("%s: could still regain root", __func__);
		_exit(WORKER_EXIT_INIT);
	}
}

void
worker_main(const struct worker_args *a)
{
	struct worker		 w;
	struct epoll_event	 ev;
	struct sigaction	 sa;
	sigset_t		 block, waitmask;
	FCGX_Request		 fr;
	unsigned long		 served = 0, limit = 0, checks = 0;
	struct timespec		 drain_t0;
	int			 ep, rc, draining = 0;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = SIG_DFL;
	sigaction(SIGCHLD, &sa, NULL);
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigprocmask(SIG_BLOCK, &block, &waitmask);
	sigdelset(&waitmask, SIGTERM);
	sigdelset(&waitmask, SIGINT);

	drop_privileges(a);
	/*
	 * Die with the master, and do not start if it is gone already.
	 * After the privilege drop: changing credentials clears it.
	 */
	prctl(PR_SET_PDEATHSIG, SIGTERM);
	if (getppid() != a->master)
		_exit(WORKER_EXIT_OK);
	srand((unsigned)getpid() ^ (unsigned)time(NULL));

	memset(&w, 0, sizeof(w));
	w.args = a;
	w.cfg = a->cfg;
	w.db = db_new(a->cfg);
	w.rq = rq_new(a->cfg);
	arena_init(&w.arena, 64 * 1024, (size_t)a->cfg->body_max * 4 +
	    64 * 1024 * 1024);
	buf_init(&w.body, BODY_CAP);
	buf_init(&w.headers, HEAD_CAP);
	buf_init(&w.head, HEAD_CAP * 2);
	worker_route_labels();
	/* Connect up front; a failure here is logged and retried later. */
	db_connect(w.db);
	rq_connect(w.rq);

	if (FCGX_Init() != 0 || FCGX_InitRequest(&fr, a->listen_fd, 0) != 0) {
		log_warnx("%s: FCGX_Init failed", __func__);
		_exit(WORKER_EXIT_INIT);
	}
	if ((ep = epoll_create1(EPOLL_CLOEXEC)) == -1) {
		log_warn("%s: epoll_create1", __func__);
		_exit(WORKER_EXIT_INIT);
	}
	memset(&ev, 0, sizeof(ev));
	ev.events = EPOLLIN | EPOLLEXCLUSIVE;
	if (epoll_ctl(ep, EPOLL_CTL_ADD, a->listen_fd, &ev) == -1) {
		log_warn("%s: epoll_ctl", __func__);
		_exit(WORKER_EXIT_INIT);
	}
	if (a->cfg->max_requests > 0)
		limit = (unsigned long)a->cfg->max_requests +
		    (unsigned long)rand() %
		    ((unsigned long)a->cfg->max_requests / 10 + 1);
	log_debug("worker slot %d ready", a->slot);

	for (;;) {
		if (quit) {
			/* Serve what is queued already (briefly), then leave. */
			if (!draining) {
				draining = 1;
				clock_gettime(CLOCK_MONOTONIC, &drain_t0);
			} else if (usec_since(&drain_t0) >= DRAIN_MS * 1000)
				break;
		}
		rc = FCGX_Accept_r(&fr);
		if (rc == -EAGAIN || rc == -EWOULDBLOCK) {
			/* Nothing queued: leave, or sleep (signals allowed). */
			if (quit)
				break;
			if (epoll_pwait(ep, &ev, 1, -1, &waitmask) == -1 &&
			    errno != EINTR) {
				log_warn("%s: epoll_pwait", __func__);
				break;
			}
			continue;
		}
		if (rc < 0) {
			if (quit)
				break;
			if (rc == -EINTR)
				continue;
			/* EMFILE and friends: do not spin; try again soon. */
			log_warnx("%s: FCGX_Accept_r: %s", __func__,
			    rc > -4096 ? strerror(-rc) : "failed");
			nanosleep(&(struct timespec){ 0, 100000000L }, NULL);
			continue;
		}
		serve(&w, &fr);
		FCGX_Finish_r(&fr);
		if (limit && ++served >= limit) {
			log_debug("worker slot %d recycles after %lu requests",
			    a->slot, served);
			db_free(w.db);
			rq_free(w.rq);
			_exit(WORKER_EXIT_RECYCLE);
		}
		/*
		 * A busy worker may never reach the sleeping epoll_pwait:
		 * every few requests let a pending stop signal in.
		 */
		if ((++checks & 7) == 0 && !quit)
			epoll_pwait(ep, &ev, 1, 0, &waitmask);
	}
	db_free(w.db);
	rq_free(w.rq);
	_exit(WORKER_EXIT_OK);
}
