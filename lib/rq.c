/* rq.c: hiredis connection with timeouts, reconnect and argv commands. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cfg.h"
#include "log.h"
#include "rq.h"
#include "xmalloc.h"

#define RQ_RETRY_MS	250	/* first reconnect back-off, doubling */
#define RQ_RETRY_MAX_MS	2000
#define RQ_MAXARGS	64

struct rq {
	const struct cfg	*cfg;
	redisContext		*c;
	int			 down;		/* failure logged */
	long			 backoff_ms;
	struct timespec		 next_try;
};

struct rq *
rq_new(const struct cfg *c)
{
	struct rq	*rq = xcalloc(1, sizeof(*rq));

	rq->cfg = c;
	return rq;
}

void
rq_close(struct rq *rq)
{
	if (rq->c != NULL)
		redisFree(rq->c);
	rq->c = NULL;
}

void
rq_free(struct rq *rq)
{
	if (rq == NULL)
		return;
	rq_close(rq);
	free(rq);
}

/*
 * rq_down: log (once per outage), drop the connection and back off (0.25 s
 * doubling to 2 s): a hung server accepts connections but never answers,
 * and each request would otherwise wait a full timeout.
 */
static void
rq_down(struct rq *rq, const char *what)
{
	if (!rq->down)
		log_warnx("rq: %s", what);
	rq->down = 1;
	rq_close(rq);
	if (rq->backoff_ms < RQ_RETRY_MS)
		rq->backoff_ms = RQ_RETRY_MS;
	clock_gettime(CLOCK_MONOTONIC, &rq->next_try);
	rq->next_try.tv_sec += rq->backoff_ms / 1000;
	rq->next_try.tv_nsec += (rq->backoff_ms % 1000) * 1000000L;
	if (rq->next_try.tv_nsec >= 1000000000L) {
		rq->next_try.tv_sec++;
		rq->next_try.tv_nsec -= 1000000000L;
	}
	if ((rq->backoff_ms *= 2) > RQ_RETRY_MAX_MS)
		rq->backoff_ms = RQ_RETRY_MAX_MS;
}

int
rq_connect(struct rq *rq)
{
	const struct cfg	*cfg = rq->cfg;
	struct timespec		 now;
	struct timeval		 tv;
	redisContext		*c;
	char			 msg[256];

	if (rq->c != NULL)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (now.tv_sec < rq->next_try.tv_sec || (now.tv_sec ==
	    rq->next_try.tv_sec && now.tv_nsec < rq->next_try.tv_nsec))
		return -1;
	tv.tv_sec = cfg->redis_timeout_ms / 1000;
	tv.tv_usec = (cfg->redis_timeout_ms % 1000) * 1000;
	if (cfg->redis_socket[0] != '\0')
		c = redisConnectUnixWithTimeout(cfg->redis_socket, tv);
	else
		c = redisConnectWithTimeout(cfg->redis_host, cfg->redis_port,
		    tv);
	if (c == NULL || c->err || redisSetTimeout(c, tv) != REDIS_OK) {
		snprintf(msg, sizeof(msg), "connect \"%s\": %s",
		    cfg->redis_socket[0] ? cfg->redis_socket : cfg->redis_host,
		    c ? c->errstr : "out of memory");
		if (c != NULL)
			redisFree(c);
		rq_down(rq, msg);
		return -1;
	}
	if (cfg->redis_socket[0] == '\0')
		redisEnableKeepAlive(c);
	/* Not "back" yet: a hung server accepts connections too. */
	rq->c = c;
	return 0;
}

redisReply *
rq_cmdargv(struct rq *rq, int argc, const char **argv, const size_t *argvlen)
{
	redisReply	*r;
	char		 msg[256];
	int		 tries, err, saved;

	for (tries = 0; tries < 2; tries++) {
		if (rq_connect(rq) == -1)
			return NULL;
		r = redisCommandArgv(rq->c, argc, argv, argvlen);
		if (r != NULL) {
			if (rq->down)
				log_info("rq: Redis reachable again");
			rq->down = 0;
			rq->backoff_ms = 0;
			return r;
		}
		saved = errno;
		err = rq->c->err;
		snprintf(msg, sizeof(msg), "%s: %s", argv[0], rq->c->errstr);
		rq_down(rq, msg);
		/*
		 * EOF or a broken pipe on a connection that was idle means
		 * the server restarted before our command reached it: run
		 * it once more on a new connection.  A timeout may have
		 * run it already: report unavailable instead.
		 */
		if (tries > 0 || (err != REDIS_ERR_EOF && !(err ==
		    REDIS_ERR_IO && (saved == EPIPE || saved == ECONNRESET))))
			return NULL;
		rq->next_try.tv_sec = rq->next_try.tv_nsec = 0;
	}
	return NULL;
}

redisReply *
rq_cmd(struct rq *rq, const char *arg0, ...)
{
	const char	*argv[RQ_MAXARGS];
	va_list		 ap;
	int		 argc = 0;
	const char	*a;

	va_start(ap, arg0);
	for (a = arg0; a != NULL; a = va_arg(ap, const char *)) {
		if (argc == RQ_MAXARGS) {
			va_end(ap);
			log_warnx("%s: more than %d arguments", __func__,
			    RQ_MAXARGS);
			return NULL;
		}
		argv[argc++] = a;
	}
	va_end(ap);
	return rq_cmdargv(rq, argc, argv, NULL);
}

int
rq_ping(struct rq *rq)
{
	redisReply	*r;
	int		 ok;

	if ((r = rq_cmd(rq, "PING", NULL)) == NULL)
		return -1;
	ok = r->type == REDIS_REPLY_STATUS && strcmp(r->str, "PONG") == 0;
	freeReplyObject(r);
	return ok ? 0 : -1;
}
