/* worker.h: one prefork worker: accept loop, dispatch, response. */
#ifndef VERDICT_WORKER_H
#define VERDICT_WORKER_H

#include <sys/types.h>

struct cfg;

/* Worker exit codes the master tells apart. */
#define WORKER_EXIT_OK		0	/* asked to stop (SIGTERM), drained */
#define WORKER_EXIT_RECYCLE	10	/* served max_requests */
#define WORKER_EXIT_INIT	11	/* could not start (privileges, ...) */

struct worker_args {
	int		 listen_fd;	/* the FastCGI socket, non-blocking */
	int		 slot;		/* stats slot */
	const struct cfg *cfg;
	pid_t		 master;
	int		 drop;		/* setuid/setgid to uid/gid */
	uid_t		 uid;
	gid_t		 gid;
};

/* worker_main: serve requests until told to stop; never returns. */
void	worker_main(const struct worker_args *) __attribute__((noreturn));

/* The route labels /metrics uses ("GET /problems/:slug"), built once. */
const char *const *worker_route_labels(void);

#endif
