/* rq.h: one Redis connection with timeouts and reconnects (hiredis). */
#ifndef VERDICT_RQ_H
#define VERDICT_RQ_H

#include <stddef.h>

#include <hiredis.h>

struct cfg;

/*
 * Like struct db: process lifetime, one per worker.  It connects on first
 * use and reconnects after the server went away (then, while it stays
 * away or hangs, at most every 0.25 s doubling to 2 s).  Commands are
 * argv-form only: values are never spliced into a command string.  A
 * reply is the caller's:
 * freeReplyObject() it on every path.  NULL means Redis is unavailable
 * (connection refused, timeout, lost): the caller degrades or answers 503.
 * Redis is derived data (DESIGN.md), so a failed command is never fatal.
 */
struct rq;

/* rq_new: a handle for c (borrowed, must outlive it); does not connect. */
struct rq	*rq_new(const struct cfg *c);
void		 rq_free(struct rq *);
/* rq_connect: connect now if needed.  0, or -1 when unavailable. */
int		 rq_connect(struct rq *);
/* rq_close: drop the connection. */
void		 rq_close(struct rq *);
/*
 * rq_cmdargv: run one command given as argc strings of argvlen bytes
 * (argvlen NULL: NUL-terminated).  Returns the reply (caller frees; it
 * may be a REDIS_REPLY_ERROR) or NULL when Redis is unavailable.
 */
redisReply	*rq_cmdargv(struct rq *, int argc, const char **argv,
		    const size_t *argvlen);
/*
 * rq_cmd: the same with NUL-terminated arguments ending with NULL:
 *	reply = rq_cmd(rq, "ZREVRANK", key, member, NULL);
 */
redisReply	*rq_cmd(struct rq *, const char *arg0, ...)
		    __attribute__((sentinel));
/* rq_ping: 0 when PING answers PONG, -1 otherwise. */
int		 rq_ping(struct rq *);

#endif
