/* main.c: verdict-web, the prefork FastCGI master. */
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>

#include "cfg.h"
#include "log.h"
#include "route.h"
#include "stats.h"
#include "worker.h"
#include "xmalloc.h"

/*
 * Theory of operation.  The master opens the FastCGI unix socket once
 * (libfcgi), makes it non-blocking and world-connectable (nginx workers
 * run as another user, FLOORS.md snag 7), then forks the workers, which
 * all accept on it (worker.c).  It never serves a request itself; it
 * sleeps in ppoll() with its signals unblocked only there, and acts on:
 *
 *	SIGCHLD	reap; a worker that was wanted is replaced: at once after a
 *		recycle, after a back-off that doubles (0.1 s .. 10 s) while
 *		workers keep dying young (crash loops do not spin the CPU)
 *	SIGHUP	reload the configuration; on success start a new generation
 *		of workers, then SIGTERM the old one (capacity never dips)
 *	SIGTERM	drain: SIGTERM every worker, wait for them (requests in
 *	SIGINT	flight finish; SIGKILL after drain_timeout), remove the
 *		socket and the pid file, exit 0.  A second one kills at once.
 *
 * Each worker slot has its own counters in shared memory (stats.c).
 */

#define BACKOFF_MIN_MS	100
#define BACKOFF_MAX_MS	10000
#define YOUNG_SEC	5

struct child {
	pid_t		 pid;		/* 0: no process */
	int		 want;		/* keep a worker in this slot */
	unsigned	 gen;
	int		 fails;		/* consecutive early deaths */
	struct timespec	 started;
	struct timespec	 spawn_at;	/* want && !pid: fork at this time */
	struct timespec	 kill_at;	/* SIGTERMed: SIGKILL at this time */
	int		 termed;
};

static struct child	 kids[STATS_MAXSLOTS];
static struct cfg	 cfg;
static const char	*cfg_path;
static unsigned		 gen;
static int		 listen_fd = -1;
static ino_t		 sock_ino;
static int		 pid_fd = -1;
static const char	*pid_path;
static int		 foreground, debug;
static struct worker_args wargs;

static volatile sig_atomic_t	got_chld, got_hup, got_term;

static void
on_signal(int sig)
{
	switch (sig) {
	case SIGCHLD:
		got_chld = 1;
		break;
	case SIGHUP:
		got_hup = 1;
		break;
	default:
		got_term++;
		break;
	}
}

static void
usage(void)
{
	fprintf(stderr, "usage: verdict-web [-dfn] [-c config] "
	    "[-p pidfile]\n");
	exit(2);
}

static void
ts_now(struct timespec *ts)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
}

static void
ts_add_ms(struct timespec *ts, long ms)
{
	ts->tv_sec += ms / 1000;
	ts->tv_nsec += (ms % 1000) * 1000000L;
	if (ts->tv_nsec >= 1000000000L) {
		ts->tv_sec++;
		ts->tv_nsec -= 1000000000L;
	}
}

static long
ts_diff_ms(const struct timespec *a, const struct timespec *b)
{
	return (long)(a->tv_sec - b->tv_sec) * 1000 +
	    (a->tv_nsec - b->tv_nsec) / 1000000L;
}

static int
nworkers(const struct cfg *c)
{
	long	 n;

	if (c->workers > 0)
		return c->workers;
	n = sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1)
		n = 1;
	n *= 2;
	return n > STATS_MAXSLOTS / 2 ? STATS_MAXSLOTS / 2 : (int)n;
}

static void
apply_log_level(const struct cfg *c)
{
	log_init("verdict-web", debug || strcmp(c->log_level, "debug") == 0);
}

/* open_log: route stderr to log_file (daemon mode only). */
static void
open_log(const struct cfg *c)
{
	int	 fd;

	if (foreground || c->log_file[0] == '\0')
		return;
	if ((fd = open(c->log_file, O_WRONLY | O_APPEND | O_CREAT |
	    O_CLOEXEC, 0640)) == -1) {
		log_warn("%s: \"%s\"", __func__, c->log_file);
		return;
	}
	dup2(fd, STDERR_FILENO);
	close(fd);
}

/* resolve_user: the uid/gid workers drop to when we are root. */
static int
resolve_user(const struct cfg *c, struct worker_args *a)
{
	struct passwd	*pw;

	a->drop = 0;
	if (geteuid() != 0)
		return 0;
	if (c->user[0] == '\0') {
		log_warnx("running as root with no user set: workers keep "
		    "root privileges");
		return 0;
	}
	if ((pw = getpwnam(c->user)) == NULL) {
		log_warnx("unknown user \"%s\"", c->user);
		return -1;
	}
	a->drop = pw->pw_uid != 0;
	a->uid = pw->pw_uid;
	a->gid = pw->pw_gid;
	return 0;
}

static int
open_socket(const struct cfg *c)
{
	struct sockaddr_un	 sun;
	struct stat		 st;
	char			*dir, *slash;
	int			 fd, fl;

	if (strlen(c->fcgi_socket) >= sizeof(sun.sun_path))
		fatalx("fcgi_socket \"%s\": path too long", c->fcgi_socket);
	/* libfcgi exits with a bare perror() when bind fails: check first. */
	dir = xstrdup(c->fcgi_socket);
	if ((slash = strrchr(dir, '/')) != NULL) {
		*slash = '\0';
		if (*dir != '\0' && access(dir, W_OK | X_OK) == -1)
			fatal("fcgi_socket directory \"%s\"", dir);
	}
	free(dir);
	if (FCGX_Init() != 0)
		fatalx("FCGX_Init failed");
	unlink(c->fcgi_socket);
	if ((fd = FCGX_OpenSocket(c->fcgi_socket, c->fcgi_backlog)) < 0)
		fatal("FCGX_OpenSocket \"%s\"", c->fcgi_socket);
	/* nginx workers run as nobody/www-data: let them connect. */
	if (chmod(c->fcgi_socket, 0666) == -1)
		fatal("chmod \"%s\"", c->fcgi_socket);
	if ((fl = fcntl(fd, F_GETFL)) == -1 ||
	    fcntl(fd, F_SETFL, fl | O_NONBLOCK) == -1)
		fatal("fcntl O_NONBLOCK");
	if (stat(c->fcgi_socket, &st) == 0)
		sock_ino = st.st_ino;
	return fd;
}

static void
remove_socket(void)
{
	struct stat	 st;

	/* Only our own socket: a newer master may have replaced it. */
	if (stat(cfg.fcgi_socket, &st) == 0 && st.st_ino == sock_ino &&
	    S_ISSOCK(st.st_mode))
		unlink(cfg.fcgi_socket);
}

static void
lock_pidfile(void)
{
	if (pid_path == NULL)
		return;
	if ((pid_fd = open(pid_path, O_RDWR | O_CREAT | O_CLOEXEC,
	    0644)) == -1)
		fatal("pid file \"%s\"", pid_path);
	if (flock(pid_fd, LOCK_EX | LOCK_NB) == -1) {
		if (errno == EWOULDBLOCK)
			fatalx("pid file \"%s\" is locked: verdict-web is "
			    "already running", pid_path);
		fatal("flock \"%s\"", pid_path);
	}
}

static void
write_pidfile(void)
{
	char	 num[32];
	int	 n;

	if (pid_fd == -1)
		return;
	n = snprintf(num, sizeof(num), "%d\n", (int)getpid());
	if (ftruncate(pid_fd, 0) == -1 ||
	    pwrite(pid_fd, num, (size_t)n, 0) != n)
		fatal("write pid file \"%s\"", pid_path);
}

static int
live_count(void)
{
	int	 i, n = 0;

	for (i = 0; i < STATS_MAXSLOTS; i++)
		if (kids[i].pid > 0)
			n++;
	return n;
}

static void
spawn(int slot)
{
	struct child	*k = &kids[slot];
	pid_t		 pid;

	wargs.slot = slot;
	switch ((pid = fork())) {
	case -1:
		log_warn("%s: fork", __func__);
		ts_now(&k->spawn_at);
		ts_add_ms(&k->spawn_at, 1000);
		return;
	case 0:
		if (pid_fd != -1)
			close(pid_fd);
		worker_main(&wargs);
		/* NOTREACHED */
	}
	k->pid = pid;
	k->termed = 0;
	ts_now(&k->started);
	stats_slot_claim(slot, pid);
	stats_workers(live_count());
	log_debug("worker slot %d: pid %d (generation %u)", slot, (int)pid,
	    k->gen);
}

/* want_workers: n wanted slots of the current generation, from free ones. */
static void
want_workers(int n)
{
	int	 i;

	for (i = 0; i < STATS_MAXSLOTS && n > 0; i++) {
		if (kids[i].pid != 0 || kids[i].want)
			continue;
		kids[i].want = 1;
		kids[i].gen = gen;
		kids[i].fails = 0;
		ts_now(&kids[i].spawn_at);
		n--;
	}
	if (n > 0)
		log_warnx("%s: no free worker slot for %d more", __func__, n);
}

static void
terminate(struct child *k)
{
	if (k->pid <= 0 || k->termed)
		return;
	kill(k->pid, SIGTERM);
	k->termed = 1;
	ts_now(&k->kill_at);
	ts_add_ms(&k->kill_at, (long)cfg.drain_timeout * 1000);
}

static void
reap(void)
{
	struct timespec	 now;
	struct child	*k;
	pid_t		 pid;
	int		 status, i;
	long		 delay;

	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		for (i = 0; i < STATS_MAXSLOTS; i++)
			if (kids[i].pid == pid)
				break;
		if (i == STATS_MAXSLOTS)
			continue;
		k = &kids[i];
		k->pid = 0;
		ts_now(&now);
		if (!k->want || got_term)
			continue;
		if (WIFEXITED(status) && (WEXITSTATUS(status) ==
		    WORKER_EXIT_RECYCLE || WEXITSTATUS(status) ==
		    WORKER_EXIT_OK)) {
			if (WEXITSTATUS(status) == WORKER_EXIT_RECYCLE)
				stats_event(STATS_RECYCLE);
			k->fails = 0;
			k->spawn_at = now;
			continue;
		}
		if (WIFSIGNALED(status))
			log_warnx("worker slot %d (pid %d) killed by signal %d",
			    i, (int)pid, WTERMSIG(status));
		else
			log_warnx("worker slot %d (pid %d) exited with %d",
			    i, (int)pid, WEXITSTATUS(status));
		stats_event(STATS_RESPAWN);
		if (ts_diff_ms(&now, &k->started) < YOUNG_SEC * 1000)
			k->fails++;
		else
			k->fails = 0;
		delay = 0;
		if (k->fails > 0) {
			delay = BACKOFF_MIN_MS;
			for (i = 1; i < k->fails && delay < BACKOFF_MAX_MS; i++)
				delay *= 2;
			if (delay > BACKOFF_MAX_MS)
				delay = BACKOFF_MAX_MS;
			log_warnx("workers are dying young; next one in %ld ms",
			    delay);
		}
		k->spawn_at = now;
		ts_add_ms(&k->spawn_at, delay);
	}
	stats_workers(live_count());
}

static void
reload(void)
{
	struct cfg		 nc;
	struct worker_args	 na;
	char			 err[512];
	unsigned		 old = gen;
	int			 i;

	log_info("SIGHUP: reloading \"%s\"", cfg_path ? cfg_path :
	    "(defaults)");
	if (cfg_load(&nc, cfg_path, err, sizeof(err)) == -1) {
		log_warnx("reload failed, keeping the old configuration: %s",
		    err);
		return;
	}
	na = wargs;
	if (resolve_user(&nc, &na) == -1) {
		log_warnx("reload failed, keeping the old configuration");
		cfg_free(&nc);
		return;
	}
	if (strcmp(nc.fcgi_socket, cfg.fcgi_socket) != 0) {
		log_warnx("fcgi_socket changed: restart verdict-web to use "
		    "\"%s\"", nc.fcgi_socket);
		free(nc.fcgi_socket);
		nc.fcgi_socket = xstrdup(cfg.fcgi_socket);
	}
	/*
	 * Workers forked from now on see the new struct; running ones
	 * have their own copy of the old one, so it can go at once.
	 */
	cfg_free(&cfg);
	cfg = nc;
	wargs = na;
	wargs.cfg = &cfg;
	apply_log_level(&cfg);
	open_log(&cfg);
	stats_event(STATS_RELOAD);
	gen++;
	for (i = 0; i < STATS_MAXSLOTS; i++)
		if (kids[i].gen == old)
			kids[i].want = 0;
	want_workers(nworkers(&cfg));
	for (i = 0; i < STATS_MAXSLOTS; i++)
		if (kids[i].want && kids[i].pid == 0)
			spawn(i);
	for (i = 0; i < STATS_MAXSLOTS; i++)
		if (kids[i].pid > 0 && kids[i].gen == old)
			terminate(&kids[i]);
	log_info("reloaded: %d workers of generation %u", nworkers(&cfg), gen);
}

static void
daemonize(int *ready_fd)
{
	int	 p[2], fd;
	char	 c;
	pid_t	 pid;

	if (pipe(p) == -1)
		fatal("pipe");
	if ((pid = fork()) == -1)
		fatal("fork");
	if (pid > 0) {
		/* Wait until the child listens, so callers may connect. */
		close(p[1]);
		if (read(p[0], &c, 1) != 1)
			_exit(1);
		_exit(0);
	}
	close(p[0]);
	if (setsid() == -1)
		fatal("setsid");
	if ((fd = open("/dev/null", O_RDWR)) != -1) {
		dup2(fd, STDIN_FILENO);
		dup2(fd, STDOUT_FILENO);
		if (fd > STDERR_FILENO)
			close(fd);
	}
	*ready_fd = p[1];
}

int
main(int argc, char *argv[])
{
	struct sigaction	 sa;
	struct timespec		 now, wake, *tp, tmo;
	sigset_t		 block, empty;
	char			 err[512];
	int			 ch, check_only = 0, ready_fd = -1, i, draining = 0;
	sig_atomic_t		 terms = 0;
	long			 ms;

	while ((ch = getopt(argc, argv, "c:dfhnp:")) != -1) {
		switch (ch) {
		case 'c':
			cfg_path = optarg;
			break;
		case 'd':
			debug = 1;
			break;
		case 'f':
			foreground = 1;
			break;
		case 'n':
			check_only = 1;
			break;
		case 'p':
			pid_path = optarg;
			break;
		default:
			usage();
		}
	}
	if (optind != argc)
		usage();
	log_init("verdict-web", debug);
	if (cfg_load(&cfg, cfg_path, err, sizeof(err)) == -1)
		fatalx("%s", err);
	if (check_only) {
		fprintf(stderr, "configuration OK\n");
		return 0;
	}
	apply_log_level(&cfg);
	if (resolve_user(&cfg, &wargs) == -1)
		fatalx("cannot start");

	if (!foreground)
		daemonize(&ready_fd);
	open_log(&cfg);
	lock_pidfile();
	write_pidfile();
	listen_fd = open_socket(&cfg);
	if (stats_init(nroutes) == -1)
		fatalx("cannot map the statistics block");

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGCHLD, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	sigemptyset(&block);
	sigaddset(&block, SIGCHLD);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigprocmask(SIG_BLOCK, &block, NULL);
	sigemptyset(&empty);

	wargs.listen_fd = listen_fd;
	wargs.cfg = &cfg;
	wargs.master = getpid();
	want_workers(nworkers(&cfg));
	log_info("listening on \"%s\" with %d workers (max_requests %d)",
	    cfg.fcgi_socket, nworkers(&cfg), cfg.max_requests);

	for (;;) {
		ts_now(&now);
		tp = NULL;
		/* Fork what is due; find the next deadline. */
		for (i = 0; i < STATS_MAXSLOTS; i++) {
			struct child *k = &kids[i];

			if (!draining && k->want && k->pid == 0) {
				if (ts_diff_ms(&k->spawn_at, &now) <= 0)
					spawn(i);
				else if (tp == NULL ||
				    ts_diff_ms(&k->spawn_at, &wake) < 0) {
					wake = k->spawn_at;
					tp = &wake;
				}
			}
			if (k->pid > 0 && k->termed) {
				if (ts_diff_ms(&k->kill_at, &now) <= 0) {
					log_warnx("worker slot %d (pid %d) did "
					    "not stop in time; killing it", i,
					    (int)k->pid);
					kill(k->pid, SIGKILL);
					k->termed = 2;
					k->kill_at.tv_sec += 3600;
				} else if (tp == NULL ||
				    ts_diff_ms(&k->kill_at, &wake) < 0) {
					wake = k->kill_at;
					tp = &wake;
				}
			}
		}
		if (ready_fd != -1) {
			if (write(ready_fd, "", 1) != 1)
				log_warn("ready pipe");
			close(ready_fd);
			ready_fd = -1;
		}
		if (draining && live_count() == 0)
			break;
		if (tp != NULL) {
			ms = ts_diff_ms(&wake, &now);
			if (ms < 0)
				ms = 0;
			ms++;	/* round up: wake after, not before */
			tmo.tv_sec = ms / 1000;
			tmo.tv_nsec = (ms % 1000) * 1000000L;
			tp = &tmo;
		}
		if (!got_chld && !got_hup && got_term == terms &&
		    ppoll(NULL, 0, tp, &empty) == -1 && errno != EINTR)
			fatal("ppoll");
		if (got_chld) {
			got_chld = 0;
			reap();
		}
		if (got_term == terms)
			;
		else if (!draining) {
			log_info("stopping: draining %d workers", live_count());
			draining = 1;
			for (i = 0; i < STATS_MAXSLOTS; i++) {
				kids[i].want = 0;
				terminate(&kids[i]);
			}
		} else if (draining == 1) {
			log_warnx("second stop signal: killing the workers");
			draining = 2;
			for (i = 0; i < STATS_MAXSLOTS; i++)
				if (kids[i].pid > 0)
					kill(kids[i].pid, SIGKILL);
		}
		terms = got_term;
		if (got_hup) {
			got_hup = 0;
			if (!draining)
				reload();
		}
	}
	remove_socket();
	if (pid_fd != -1) {
		unlink(pid_path);
		close(pid_fd);
	}
	log_info("stopped");
	cfg_free(&cfg);
	return 0;
}
