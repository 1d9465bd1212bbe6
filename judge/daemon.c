/* daemon.c: `verdict-judge daemon`, the queue consumer. */
/*
 * Theory of operation (../shared/DESIGN.md, "The flow of one submission"):
 *
 * MariaDB's jobs table is the queue and the only truth.  A judge claims
 * the most urgent job with SELECT ... FOR UPDATE SKIP LOCKED (expired
 * leases first: their judge died), and in the same transaction takes a
 * lease: owner, until = now + lease, token = token + 1.  While it judges, a
 * heartbeat process with its own connection pushes lease_until forward,
 * fenced by the token.  The verdict, the per-test rows, the problem's
 * counters and the deletion of the job are one transaction that first
 * locks the job row and checks the token is still ours: a judge that lost
 * its lease (stalled past the expiry, another judge took over) can never
 * overwrite the newer result.  A sandbox failure (IE) backs the job off
 * (2^attempts seconds) and retries it; after JOB_MAX_ATTEMPTS claims the
 * submission ends as IE rather than looping.  Redis only wakes idle judges
 * (BLPOP judge:wake); without Redis they poll.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>

#include "buf.h"
#include "check.h"
#include "contest.h"
#include "db.h"
#include "jctx.h"
#include "log.h"
#include "pkg.h"
#include "reveal.h"
#include "rq.h"
#include "sandbox.h"
#include "util.h"
#include "xmalloc.h"

#define JOB_MAX_ATTEMPTS	3
#define PKG_CACHE		8	/* loaded packages kept in memory */
#define IDLE_WAIT		"0.25"	/* BLPOP timeout, seconds */
#define ANNOUNCE_EVERY		10	/* seconds between judges rows */

struct job {
	long long	 id;
	char		 kind[16];	/* submission | run */
	long long	 ref_id;
	long long	 attempts;	/* before this claim */
	long long	 token;
};

struct cached_pkg {
	long long	 version_id;
	struct pkg	 pkg;
	unsigned long	 used;
};

struct daemon {
	struct jctx		 j;
	char			 name[64];
	int			 lease;		/* seconds */
	struct cached_pkg	 cache[PKG_CACHE];
	unsigned long		 tick;
	time_t			 announced;
	/* heartbeat process (see hb_main) */
	pid_t			 hb_pid;
	int			 hb_cmd;	/* write: "J id token\n" or "I\n" */
	int			 hb_ack;	/* read: one byte per command */
	int			 hb_active;
};

static volatile sig_atomic_t	 stopping;

static void
on_signal(int sig)
{
	(void)sig;
	stopping = 1;
}

/* --- claiming ------------------------------------------------------ */

struct claim_ctx {
	struct daemon	*d;
	struct job	*job;
	int		 found;
};

static int
claim_txn(struct db *db, void *arg)
{
	struct claim_ctx	*c = arg;
	struct db_stmt		*st;
	int			 rc;

	c->found = 0;
	st = db_stmt(db, STMT_JOBS_CLAIM_EXPIRED);
	if ((rc = db_row(st)) == DB_NOTFOUND) {
		st = db_stmt(db, STMT_JOBS_CLAIM_QUEUED);
		rc = db_row(st);
	}
	if (rc == DB_NOTFOUND)
		return DB_OK;
	if (rc != DB_OK)
		return rc;
	c->job->id = db_col_int(st, 0);
	snprintf(c->job->kind, sizeof(c->job->kind), "%s",
	    db_col_text(st, 1));
	c->job->ref_id = db_col_int(st, 2);
	c->job->attempts = db_col_int(st, 3);
	st = db_stmt(db, STMT_JOBS_LEASE);
	db_bind_text(st, 0, c->d->name);
	db_bind_int(st, 1, c->d->lease);
	db_bind_int(st, 2, c->job->id);
	if ((rc = db_exec(st)) != DB_OK)
		return rc;
	st = db_stmt(db, STMT_JOBS_TOKEN_BY_ID);
	db_bind_int(st, 0, c->job->id);
	if ((rc = db_row(st)) != DB_OK)
		return rc;
	c->job->token = db_col_int(st, 0);
	st = db_stmt(db, strcmp(c->job->kind, "run") == 0 ?
	    STMT_RUNS_SET_JUDGING : STMT_SUBMISSIONS_SET_JUDGING);
	db_bind_int(st, 0, c->job->ref_id);
	if ((rc = db_exec(st)) != DB_OK)
		return rc;
	c->found = 1;
	return DB_OK;
}

/* claim: 1 and *job when a job was leased, 0 when none, -1 on error. */
static int
claim(struct daemon *d, struct job *job)
{
	struct claim_ctx	 c = { d, job, 0 };

	memset(job, 0, sizeof(*job));
	if (db_txn(d->j.db, claim_txn, &c) != DB_OK)
		return -1;
	return c.found;
}

/* --- heartbeat ----------------------------------------------------- */

/*
 * The lease is renewed by a separate process, not a thread: the sandbox
 * clones the judge to make each box, and a clone of a multi-threaded
 * process can inherit a lock (malloc's, the MariaDB client's) held by the
 * other thread at that instant and hang in it until the wall limit.  The
 * heartbeat process has its own connection; the daemon tells it which job
 * to keep alive over a pipe ("J <job> <token>" or "I" for idle), and it
 * answers every command with one byte once it is applied, so after
 * hb_stop no UPDATE of the job row can race the verdict transaction.
 */
static void __attribute__((noreturn))
hb_main(struct daemon *d, int cmd, int ack)
{
	struct db	*db = db_new(&d->j.cfg);
	struct db_stmt	*st;
	struct pollfd	 pfd = { cmd, POLLIN, 0 };
	char		 line[128];
	long long	 id = 0, token = 0;
	ssize_t		 n;
	int		 beat_ms = d->lease * 1000 / 3;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	signal(SIGTERM, SIG_IGN);
	signal(SIGINT, SIG_IGN);
	for (;;) {
		n = poll(&pfd, 1, id != 0 ? beat_ms : -1);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == 1) {
			if ((n = read(cmd, line, sizeof(line) - 1)) <= 0)
				_exit(0);	/* the daemon is gone */
			line[n] = '\0';
			if (line[0] != 'J' ||
			    sscanf(line, "J %lld %lld", &id, &token) != 2)
				id = 0;
			if (write(ack, "k", 1) != 1)
				_exit(0);
			continue;
		}
		if (id == 0)
			continue;
		st = db_stmt(db, STMT_JOBS_HEARTBEAT);
		db_bind_int(st, 0, d->lease);
		db_bind_int(st, 1, id);
		db_bind_int(st, 2, token);
		if (db_exec(st) != DB_OK || db_affected(st) == 0)
			log_warnx("%s: lease of job %lld not renewed", __func__,
			    id);
	}
}

/* hb_fork: start the heartbeat process (before any box exists). */
static int
hb_fork(struct daemon *d)
{
	int	 cmd[2], ack[2];

	if (pipe2(cmd, O_CLOEXEC) == -1 || pipe2(ack, O_CLOEXEC) == -1) {
		log_warn("%s: pipe", __func__);
		return -1;
	}
	if ((d->hb_pid = fork()) == -1) {
		log_warn("%s: fork", __func__);
		return -1;
	}
	if (d->hb_pid == 0) {
		close(cmd[1]);
		close(ack[0]);
		hb_main(d, cmd[0], ack[1]);
	}
	close(cmd[0]);
	close(ack[1]);
	d->hb_cmd = cmd[1];
	d->hb_ack = ack[0];
	return 0;
}

/* hb_send: one command, then wait (bounded) for its acknowledgement. */
static void
hb_send(struct daemon *d, const char *line)
{
	struct pollfd	 pfd = { d->hb_ack, POLLIN, 0 };
	char		 c;

	if (write(d->hb_cmd, line, strlen(line)) != (ssize_t)strlen(line)) {
		log_warn("%s: heartbeat process", __func__);
		return;
	}
	if (poll(&pfd, 1, 10000) != 1 || read(d->hb_ack, &c, 1) != 1)
		log_warnx("%s: heartbeat process did not answer", __func__);
}

static void
hb_start(struct daemon *d, const struct job *job)
{
	char	 line[96];

	snprintf(line, sizeof(line), "J %lld %lld\n", job->id, job->token);
	hb_send(d, line);
	d->hb_active = 1;
}

static void
hb_stop(struct daemon *d)
{
	if (!d->hb_active)
		return;
	hb_send(d, "I\n");
	d->hb_active = 0;
}

/* hb_end: the heartbeat process exits when its command pipe closes. */
static void
hb_end(struct daemon *d)
{
	if (d->hb_pid <= 0)
		return;
	close(d->hb_cmd);
	close(d->hb_ack);
	waitpid(d->hb_pid, NULL, 0);
	d->hb_pid = 0;
}

/* --- packages ------------------------------------------------------ */

static int
write_file(const char *path, const void *data, size_t len)
{
	const char	*p = data;
	ssize_t		 w;
	int		 fd;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0600)) == -1)
		return -1;
	while (len > 0) {
		if ((w = write(fd, p, len)) < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			return -1;
		}
		p += w;
		len -= (size_t)w;
	}
	return close(fd);
}

/* mkdirs: mkdir -p for every directory part of path. */
static int
mkdirs(char *path)
{
	char	*s;

	for (s = path + 1; (s = strchr(s, '/')) != NULL; s++) {
		*s = '\0';
		if (mkdir(path, 0700) == -1 && errno != EEXIST) {
			*s = '/';
			return -1;
		}
		*s = '/';
	}
	return 0;
}

/* put_file: write dir/rel, refusing names that climb out of dir. */
static int
put_file(const char *dir, const char *rel, const void *data, size_t len)
{
	char	*path;
	int	 rc;

	if (rel[0] == '/' || strstr(rel, "..") != NULL) {
		log_warnx("%s: unsafe package path \"%s\"", __func__, rel);
		return -1;
	}
	path = xasprintf("%s/%s", dir, rel);
	rc = mkdirs(path) == 0 ? write_file(path, data, len) : -1;
	if (rc == -1)
		log_warn("%s: \"%s\"", __func__, path);
	free(path);
	return rc;
}

/*
 * materialize: rebuild version v's package in final from the database:
 * package files, statement, tests.  Built in a temporary folder and
 * renamed into place, so a half-written package is never seen.
 */
static int
materialize(struct daemon *d, long long v, const char *final)
{
	struct db	*db = d->j.db;
	struct db_stmt	*st;
	char		*tmp, *rel;
	int		 rc;

	tmp = xasprintf("%s.tmp%d/", final, (int)getpid());
	if (mkdirs(tmp) == -1)
		goto fail;
	st = db_stmt(db, STMT_PROBLEM_VERSIONS_FOR_JUDGE);
	db_bind_int(st, 0, v);
	if (db_row(st) != DB_OK || put_file(tmp,
	    "problem_statement/problem.md", db_col_text(st, 2),
	    db_col_len(st, 2)) == -1)
		goto fail;
	st = db_stmt(db, STMT_PACKAGE_FILES_BY_VERSION);
	db_bind_int(st, 0, v);
	while ((rc = db_next(st)) == DB_ROW)
		if (put_file(tmp, db_col_text(st, 0), db_col_text(st, 1),
		    db_col_len(st, 1)) == -1)
			goto fail;
	if (rc != DB_DONE)
		goto fail;
	st = db_stmt(db, STMT_TESTCASES_BY_VERSION);
	db_bind_int(st, 0, v);
	while ((rc = db_next(st)) == DB_ROW) {
		rel = xasprintf("data/%s.in", db_col_text(st, 1));
		rc = put_file(tmp, rel, db_col_text(st, 3), db_col_len(st, 3));
		free(rel);
		rel = xasprintf("data/%s.ans", db_col_text(st, 1));
		if (rc == 0)
			rc = put_file(tmp, rel, db_col_text(st, 4),
			    db_col_len(st, 4));
		free(rel);
		if (rc == -1)
			goto fail;
	}
	tmp[strlen(tmp) - 1] = '\0';
	if (rc != DB_DONE || rename(tmp, final) == -1)
		goto fail;
	free(tmp);
	return 0;
fail:
	log_warnx("%s: version %lld could not be cached in \"%s\"", __func__,
	    v, final);
	free(tmp);
	return -1;
}

/* load_pkg: version v's package, from memory, the disk cache or the DB. */
static struct pkg *
load_pkg(struct daemon *d, long long v, char *err, size_t errlen)
{
	struct cached_pkg	*c, *victim = &d->cache[0];
	struct stat		 sb;
	char			*dir, *base;
	size_t			 i;

	for (i = 0; i < PKG_CACHE; i++) {
		c = &d->cache[i];
		if (c->version_id == v) {
			c->used = ++d->tick;
			return &c->pkg;
		}
		if (c->used < victim->used)
			victim = c;
	}
	base = xasprintf("%s/problems", jctx_cache_dir(&d->j));
	if (mkdir(base, 0700) == -1 && errno != EEXIST)
		log_warn("%s: mkdir \"%s\"", __func__, base);
	dir = xasprintf("%s/v%lld", base, v);
	free(base);
	if (stat(dir, &sb) == -1 && materialize(d, v, dir) == -1) {
		snprintf(err, errlen, "version %lld could not be cached", v);
		free(dir);
		return NULL;
	}
	if (victim->version_id != 0)
		pkg_free(&victim->pkg);
	victim->version_id = 0;
	if (pkg_load(&victim->pkg, dir, err, errlen) == -1) {
		free(dir);
		return NULL;
	}
	free(dir);
	victim->version_id = v;
	victim->used = ++d->tick;
	return &victim->pkg;
}

/* --- finishing ----------------------------------------------------- */

struct finish_ctx {
	const struct job		*job;
	const struct check_result	*res;	/* NULL: IE with ie below */
	const char			*ie;
	long long			 problem_id;
	const char			*old_verdict;	/* NULL: first judging */
	const char			*run_result;	/* runs: JSON text */
	long long			 contest_id;	/* 0: practice */
	long long			 user_id;
	struct contest_row		 row;		/* contest standing */
	int				 have_row;
	int				 lost;		/* lease gone */
};

static int
finish_submission(struct db *db, struct finish_ctx *f)
{
	const struct check_result	*r = f->res;
	const struct check_test		*t;
	struct db_stmt			*st;
	const char			*verdict;
	size_t				 i;
	int				 rc, was_ac, is_ac;

	verdict = r ? check_verdict_names[r->verdict] : "IE";
	st = db_stmt(db, STMT_SUBMISSIONS_FINISH);
	db_bind_text(st, 0, verdict);
	db_bind_int(st, 1, r ? (long long)r->time_ms : 0);
	db_bind_int(st, 2, r ? (long long)r->memory_kb : 0);
	db_bind_int(st, 3, r ? (long long)r->passed : 0);
	db_bind_int(st, 4, r ? (long long)r->ntests : 0);
	db_bind_text(st, 5, r ? r->compile_output : "");
	db_bind_text(st, 6, r ? r->judge_message : f->ie);
	db_bind_int(st, 7, f->job->ref_id);
	if ((rc = db_exec(st)) != DB_OK)
		return rc;
	st = db_stmt(db, STMT_SUBMISSION_TESTS_DELETE);
	db_bind_int(st, 0, f->job->ref_id);
	if ((rc = db_exec(st)) != DB_OK)
		return rc;
	for (i = 0; r != NULL && i < r->ntests; i++) {
		t = &r->tests[i];
		st = db_stmt(db, STMT_SUBMISSION_TESTS_INSERT);
		db_bind_int(st, 0, f->job->ref_id);
		db_bind_int(st, 1, (long long)i);
		db_bind_text(st, 2, t->name);
		db_bind_int(st, 3, t->is_sample);
		db_bind_text(st, 4, check_verdict_names[t->verdict]);
		db_bind_int(st, 5, (long long)t->time_ms);
		db_bind_int(st, 6, (long long)t->memory_kb);
		/* Only samples' outputs are ever shown to users. */
		db_bind_text(st, 7, t->is_sample ? t->output : NULL);
		if ((rc = db_exec(st)) != DB_OK)
			return rc;
	}
	was_ac = f->old_verdict != NULL && strcmp(f->old_verdict, "AC") == 0;
	is_ac = strcmp(verdict, "AC") == 0;
	st = db_stmt(db, STMT_PROBLEMS_ADD_COUNTS);
	db_bind_int(st, 0, f->old_verdict == NULL ? 1 : 0);
	db_bind_int(st, 1, is_ac - was_ac);
	db_bind_int(st, 2, f->problem_id);
	if ((rc = db_exec(st)) != DB_OK || f->contest_id == 0)
		return rc;
	/* The standing changes in the same transaction as the verdict. */
	if (f->have_row)
		contest_row_free(&f->row);
	f->have_row = 0;
	rc = contest_rescore(db, f->contest_id, f->user_id, &f->row);
	if (rc == DB_OK)
		f->have_row = 1;
	return rc == DB_NOTFOUND ? DB_OK : rc;
}

static int
finish_txn(struct db *db, void *arg)
{
	struct finish_ctx	*f = arg;
	struct db_stmt		*st;
	int			 rc;

	f->lost = 0;
	st = db_stmt(db, STMT_JOBS_FENCE_BY_ID);
	db_bind_int(st, 0, f->job->id);
	if ((rc = db_row(st)) == DB_NOTFOUND ||
	    (rc == DB_OK && db_col_int(st, 0) != f->job->token)) {
		f->lost = 1;
		return DB_CONFLICT;
	}
	if (rc != DB_OK)
		return rc;
	if (strcmp(f->job->kind, "run") == 0) {
		st = db_stmt(db, STMT_RUNS_FINISH);
		db_bind_text(st, 0, f->run_result);
		db_bind_int(st, 1, f->job->ref_id);
		rc = db_exec(st);
	} else
		rc = finish_submission(db, f);
	if (rc != DB_OK)
		return rc;
	st = db_stmt(db, STMT_JOBS_DELETE);
	db_bind_int(st, 0, f->job->id);
	return db_exec(st);
}

/* publish_row: after the commit, the new standing goes to Redis. */
static void
publish_row(struct daemon *d, struct finish_ctx *f)
{
	struct db_stmt	*st;

	if (!f->have_row)
		return;
	st = db_stmt(d->j.db, STMT_USERS_NAME_BY_ID);
	db_bind_int(st, 0, f->user_id);
	if (db_row(st) == DB_OK)
		contest_publish(d->j.rq, &f->row, db_col_text(st, 0));
	contest_row_free(&f->row);
	f->have_row = 0;
}

static void
finish(struct daemon *d, struct finish_ctx *f)
{
	int	 rc;

	/*
	 * The heartbeat stops first: its UPDATE of the job row would wait on
	 * the fence lock below (or deadlock with it), and the lease has at
	 * least two thirds of its time left since the last beat.
	 */
	hb_stop(d);
	rc = db_txn(d->j.db, finish_txn, f);

	if (rc == DB_OK)
		publish_row(d, f);
	else if (f->have_row) {
		contest_row_free(&f->row);
		f->have_row = 0;
	}

	if (f->lost)
		log_warnx("%s: job %lld: lease lost, result dropped", __func__,
		    f->job->id);
	else if (rc != DB_OK)
		log_warnx("%s: job %lld: not stored (%s); the lease will "
		    "expire and another attempt follow", __func__, f->job->id,
		    db_rc_names[rc]);
}

/* backoff: give an IE job back to the queue for a later attempt. */
static void
backoff(struct daemon *d, const struct job *job)
{
	struct db_stmt	*st = db_stmt(d->j.db, STMT_JOBS_BACKOFF);

	db_bind_int(st, 0, 1LL << (job->attempts + 1));
	db_bind_int(st, 1, job->id);
	db_bind_int(st, 2, job->token);
	if (db_exec(st) != DB_OK)
		log_warnx("%s: job %lld not requeued", __func__, job->id);
}

/* --- judging ------------------------------------------------------- */

/* The input of a Run with custom input (NULL: the samples). */
struct run_input {
	const char	*data;
	size_t		 len;
};

static char	 custom_name[] = "custom";

/*
 * custom_pkg: make *cp a view of p whose only test is the custom input:
 * a sample (so check keeps its output) with an empty answer, and default
 * validation (no custom validator has an answer to compare with).  The
 * verdict then only says whether anything was printed; process_run
 * reports the output instead.  The two files are written in the cache;
 * the caller unlinks and frees *in and *ans.  0, or -1 with ie set.
 */
static int
custom_pkg(struct daemon *d, const struct pkg *p, const struct run_input *ci,
    struct pkg *cp, struct pkg_test *t, char **in, char **ans, char *ie,
    size_t ielen)
{
	*in = xasprintf("%s/custom-%d.in", jctx_cache_dir(&d->j),
	    (int)getpid());
	*ans = xasprintf("%s/custom-%d.ans", jctx_cache_dir(&d->j),
	    (int)getpid());
	if (write_file(*in, ci->data, ci->len) == -1 ||
	    write_file(*ans, "", 0) == -1) {
		log_warn("%s: \"%s\"", __func__, *in);
		snprintf(ie, ielen, "custom input could not be written");
		return -1;
	}
	*cp = *p;
	memset(t, 0, sizeof(*t));
	t->name = custom_name;
	t->in_path = *in;
	t->ans_path = *ans;
	t->is_sample = 1;
	t->flags = "";
	validate_flags_init(&t->vflags);
	cp->tests = t;
	cp->ntests = 1;
	cp->nsamples = 1;
	cp->validation = PKG_VALIDATION_DEFAULT;
	cp->validator = NULL;
	return 0;
}

/*
 * judge_source: run check for (version, language, source); fills res.
 * Runs (samples_only) go through every sample, and with custom input
 * through that input alone.  Returns 0 with a verdict, -1 with the IE
 * reason in ie.
 */
static int
judge_source(struct daemon *d, long long version, const char *language,
    const char *source, size_t len, int samples_only,
    const struct run_input *custom, struct check_result *res, char *ie,
    size_t ielen)
{
	struct check_opts	 o;
	const struct lang	*l;
	struct pkg		*p, cp;
	struct pkg_test		 ct;
	char			*in = NULL, *ans = NULL;
	int			 rc = -1;

	if ((l = lang_find(&d->j.langs, language)) == NULL) {
		snprintf(ie, ielen, "no language '%s' on judge %s", language,
		    d->name);
		return -1;
	}
	if ((p = load_pkg(d, version, ie, ielen)) == NULL)
		return -1;
	if (custom != NULL) {
		if (custom_pkg(d, p, custom, &cp, &ct, &in, &ans, ie,
		    ielen) == -1)
			goto out;
		p = &cp;
	}
	memset(&o, 0, sizeof(o));
	o.pkg = p;
	o.lang = l;
	o.langs = &d->j.langs;
	o.source = source;
	o.source_len = len;
	o.source_name = NULL;
	o.cache_dir = jctx_cache_dir(&d->j);
	o.samples_only = samples_only;
	o.keep_going = samples_only;	/* Run shows every sample */
	if (check_run(&o, res) == -1) {
		snprintf(ie, ielen, "check refused the job");
		goto out;
	}
	if (res->verdict == CHECK_IE) {
		snprintf(ie, ielen, "%s", res->ie_reason);
		check_result_free(res);
		goto out;
	}
	rc = 0;
out:
	if (in != NULL)
		unlink(in);
	if (ans != NULL)
		unlink(ans);
	free(in);
	free(ans);
	return rc;
}

static void
process_submission(struct daemon *d, const struct job *job)
{
	struct finish_ctx	 f;
	struct check_result	 res;
	struct db_stmt		*st;
	char			 ie[512], *language = NULL, *source = NULL;
	char			*old = NULL;
	long long		 version;
	size_t			 len;
	int			 judged = 0;

	memset(&f, 0, sizeof(f));
	f.job = job;
	st = db_stmt(d->j.db, STMT_SUBMISSIONS_FOR_JUDGE);
	db_bind_int(st, 0, job->ref_id);
	if (db_row(st) != DB_OK) {
		log_warnx("%s: submission %lld unreadable", __func__,
		    job->ref_id);
		backoff(d, job);
		return;
	}
	f.user_id = db_col_int(st, 1);
	f.problem_id = db_col_int(st, 2);
	version = db_col_int(st, 3);
	f.contest_id = db_col_isnull(st, 4) ? 0 : db_col_int(st, 4);
	language = xstrdup(db_col_text(st, 5));
	len = db_col_len(st, 6);
	source = xstrndup(db_col_text(st, 6), len);
	if (!db_col_isnull(st, 7))
		old = xstrdup(db_col_text(st, 7));
	f.old_verdict = old;
	if (job->attempts >= JOB_MAX_ATTEMPTS)
		snprintf(ie, sizeof(ie), "gave up after %d attempts",
		    JOB_MAX_ATTEMPTS);
	else if (judge_source(d, version, language, source, len, 0, NULL,
	    &res, ie, sizeof(ie)) == 0)
		judged = 1;
	else if (job->attempts + 1 < JOB_MAX_ATTEMPTS) {
		log_warnx("%s: submission %lld: internal error (%s); retrying",
		    __func__, job->ref_id, ie);
		backoff(d, job);
		goto out;
	}
	f.res = judged ? &res : NULL;
	f.ie = ie;
	finish(d, &f);
	log_info("submission %lld: %s", job->ref_id, judged ?
	    check_verdict_names[res.verdict] : "IE");
	if (judged)
		check_result_free(&res);
out:
	free(language);
	free(source);
	free(old);
}

/*
 * custom_json: a custom-input Run reports the program's output, not a
 * comparison with the (empty) answer: AC and WA both become "OK" and the
 * validator's message goes.  Runtime verdicts (TLE, RE, ...) and CE stay.
 */
static void
custom_json(struct json_object *o)
{
	struct json_object	*v, *a, *t;
	const char		*s;
	size_t			 i;
	int			 ok;

	json_object_object_add(o, "custom", json_object_new_boolean(1));
	if (!json_object_object_get_ex(o, "verdict", &v))
		return;
	s = json_object_get_string(v);
	ok = strcmp(s, "AC") == 0 || strcmp(s, "WA") == 0;
	if (ok) {
		json_object_object_add(o, "verdict",
		    json_object_new_string("OK"));
		json_object_object_add(o, "passed", json_object_new_int(1));
		json_object_object_del(o, "judge_message");
	}
	if (!json_object_object_get_ex(o, "tests", &a) ||
	    !json_object_is_type(a, json_type_array))
		return;
	for (i = 0; i < json_object_array_length(a); i++) {
		t = json_object_array_get_idx(a, i);
		if (!json_object_object_get_ex(t, "verdict", &v) ||
		    (strcmp(json_object_get_string(v), "AC") != 0 &&
		    strcmp(json_object_get_string(v), "WA") != 0))
			continue;
		json_object_object_add(t, "verdict",
		    json_object_new_string("OK"));
		json_object_object_del(t, "judge_message");
	}
}

static void
process_run(struct daemon *d, const struct job *job)
{
	struct finish_ctx	 f;
	struct check_result	 res;
	struct run_input	 ci;
	struct json_object	*o;
	struct db_stmt		*st;
	char			 ie[512], *language, *source, *input = NULL;
	long long		 version;
	size_t			 len;

	memset(&f, 0, sizeof(f));
	f.job = job;
	st = db_stmt(d->j.db, STMT_RUNS_FOR_JUDGE);
	db_bind_int(st, 0, job->ref_id);
	if (db_row(st) != DB_OK) {
		backoff(d, job);
		return;
	}
	version = db_col_int(st, 1);
	language = xstrdup(db_col_text(st, 2));
	len = db_col_len(st, 3);
	source = xstrndup(db_col_text(st, 3), len);
	if (!db_col_isnull(st, 4)) {
		ci.len = db_col_len(st, 4);
		ci.data = input = xstrndup(db_col_text(st, 4), ci.len);
	}
	if (judge_source(d, version, language, source, len, 1,
	    input != NULL ? &ci : NULL, &res, ie, sizeof(ie)) == 0) {
		o = check_result_json(&res);
		check_result_free(&res);
		if (input != NULL)
			custom_json(o);
	} else {
		o = json_object_new_object();
		json_object_object_add(o, "verdict",
		    json_object_new_string("IE"));
		json_object_object_add(o, "ie_reason",
		    json_object_new_string(ie));
	}
	f.run_result = json_object_to_json_string_ext(o,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
	finish(d, &f);
	json_object_put(o);
	free(language);
	free(source);
	free(input);
}

/*
 * announce: the judges row the web tier reads for "no judge online".
 * Returns 1 when it was due (the loop's other periodic work rides on it).
 */
static int
announce(struct daemon *d)
{
	struct db_stmt	*st;
	struct buf	 b;
	char		 why[256];
	size_t		 i;
	time_t		 now = time(NULL);

	if (now - d->announced < ANNOUNCE_EVERY)
		return 0;
	d->announced = now;
	buf_init(&b, 255);
	for (i = 0; i < d->j.langs.n; i++)
		if (lang_available(&d->j.langs.v[i], why, sizeof(why)))
			buf_printf(&b, "%s%s", b.len ? "," : "",
			    d->j.langs.v[i].id);
	st = db_stmt(d->j.db, STMT_JUDGES_UPSERT);
	db_bind_text(st, 0, d->name);
	db_bind_text(st, 1, buf_cstr(&b));
	if (db_exec(st) != DB_OK)
		log_warnx("%s: judges row not written", __func__);
	buf_free(&b);
	return 1;
}

/* idle: wait for a wake-up hint, or a short while without Redis. */
static void
idle(struct daemon *d)
{
	redisReply	*r;

	r = rq_cmd(d->j.rq, "BLPOP", "judge:wake", IDLE_WAIT, NULL);
	if (r == NULL)
		usleep(250 * 1000);
	else
		freeReplyObject(r);
}

static int
write_pidfile(const char *path)
{
	FILE	*f;

	if ((f = fopen(path, "w")) == NULL) {
		log_warn("%s: \"%s\"", __func__, path);
		return -1;
	}
	fprintf(f, "%d\n", (int)getpid());
	return fclose(f) == 0 ? 0 : -1;
}

static void
daemon_loop(struct daemon *d)
{
	struct job	 job;
	int		 rc;

	while (!stopping) {
		if (announce(d))
			contest_finalize_due(d->j.db);
		contest_reveal_due(d->j.db);	/* at most once a second */
		if ((rc = claim(d, &job)) <= 0) {
			if (rc == -1)
				usleep(500 * 1000);
			else
				idle(d);
			continue;
		}
		hb_start(d, &job);
		if (strcmp(job.kind, "run") == 0)
			process_run(d, &job);
		else
			process_submission(d, &job);
		hb_stop(d);
	}
}

/*
 * daemon [-c CONFIG] [--slot N] [--name NAME] [-p PIDFILE] [--lease S]:
 * judge until SIGTERM; the job in hand is finished first.
 */
int
cmd_daemon(int argc, char **argv)
{
	static const struct option	 lo[] = {
		{ "slot", required_argument, NULL, 's' },
		{ "name", required_argument, NULL, 'n' },
		{ "lease", required_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 }
	};
	struct daemon		*d;
	struct sigaction	 sa;
	const char		*cfgpath = NULL, *pidfile = NULL;
	unsigned long long	 slot = 0, lease = 30;
	int			 ch, have_slot = 0, rc = 1;
	size_t			 i;

	d = xcalloc(1, sizeof(*d));
	snprintf(d->name, sizeof(d->name), "judge-%d", (int)getpid());
	while ((ch = getopt_long(argc, argv, "c:p:", lo, NULL)) != -1) {
		switch (ch) {
		case 'c': cfgpath = optarg; break;
		case 'p': pidfile = optarg; break;
		case 'n': snprintf(d->name, sizeof(d->name), "%s", optarg);
			break;
		case 's':
			if (parse_u64(optarg, 1000, &slot) == -1)
				goto usage;
			have_slot = 1;
			break;
		case 'l':
			if (parse_u64(optarg, 3600, &lease) == -1 || lease < 3)
				goto usage;
			break;
		default: goto usage;
		}
	}
	if (optind != argc)
		goto usage;
	d->lease = (int)lease;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (jctx_open(&d->j, cfgpath, 1, -1, 1) == -1)
		goto out;
	if (!have_slot)
		slot = (unsigned long long)d->j.cfg.slot;
	if (sbx_init((unsigned)slot) == -1) {
		fprintf(stderr, "verdict-judge: sandbox slot %llu cannot be "
		    "set up\n", slot);
		jctx_close(&d->j);
		goto out;
	}
	d->j.have_sbx = 1;
	if (pidfile != NULL && write_pidfile(pidfile) == -1) {
		jctx_close(&d->j);
		goto out;
	}
	if (hb_fork(d) == -1) {
		jctx_close(&d->j);
		goto out;
	}
	log_info("%s: judging (slot %llu, lease %d s)", d->name, slot,
	    d->lease);
	daemon_loop(d);
	log_info("%s: stopping", d->name);
	for (i = 0; i < PKG_CACHE; i++)
		if (d->cache[i].version_id != 0)
			pkg_free(&d->cache[i].pkg);
	hb_end(d);
	jctx_close(&d->j);
	if (pidfile != NULL)
		unlink(pidfile);
	rc = 0;
out:
	free(d);
	return rc;
usage:
	fprintf(stderr, "usage: verdict-judge daemon [-c CONFIG] [--slot N] "
	    "[--name NAME] [-p PIDFILE] [--lease SECONDS]\n");
	free(d);
	return 2;
}
