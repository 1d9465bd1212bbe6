/* check.c: judge one source against one problem package, without a database. */
/*
 * Theory of operation.  One check is:
 *
 *   1. compile: the source goes into a fresh box under the COMPILE policy
 *      with the language's fixed argv (no user flags); the artifact named
 *      by the language table is collected (size-capped) and kept in memory.
 *      A C++ precompiled header, when the language has one, is built once
 *      per toolchain into the cache folder (natively: it compiles a system
 *      header with our fixed flags, no user input) and bound read-only
 *      into the compile box.  Artifacts are kept by a hash of everything
 *      the compile depends on (sources, argv, toolchain identity, PCH), so
 *      the same code compiles once across Run, Submit and rejudges; the
 *      cache is bounded and drops the least recently used first.
 *   2. a custom output validator is compiled the same way, once per content
 *      hash, and cached in the cache folder.
 *   3. each test runs in its own fresh box (the sandbox's guarantee), the
 *      artifact placed as a file, stdin the judge's fd on the .in file,
 *      limits from the package times the language's multipliers.  The
 *      judge never reads a path inside a box: output comes back through
 *      the sandbox's pipes, validator feedback through its collect list.
 *   4. the first test that is not AC decides the verdict; later tests are
 *      reported as not run (NR) unless keep_going.
 *
 * Sandbox failures are IE and never blamed on the submission; a compiler
 * that fails for any reason of the program's making (errors, time,
 * memory, output) is CE.
 */
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>
#include <sodium.h>

#include "buf.h"
#include "check.h"
#include "check_int.h"
#include "log.h"
#include "sandbox.h"
#include "xmalloc.h"


const char *const check_verdict_names[CHECK__MAX] = {
	[CHECK_AC] = "AC",
	[CHECK_WA] = "WA",
	[CHECK_TLE] = "TLE",
	[CHECK_MLE] = "MLE",
	[CHECK_RE] = "RE",
	[CHECK_OLE] = "OLE",
	[CHECK_CE] = "CE",
	[CHECK_IE] = "IE",
	[CHECK_NR] = "NR",
};


/* Mark the check IE with a reason (logged once, here). */
void
check_ie(struct check_result *res, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(res->ie_reason, sizeof(res->ie_reason), fmt, ap);
	va_end(ap);
	res->verdict = CHECK_IE;
	log_warnx("check: internal error: %s", res->ie_reason);
}

char *
check_default_cache_dir(void)
{
	const char	*env;
	char		 exe[PATH_MAX], *slash, *conf;
	ssize_t		 n;
	int		 tree;

	if ((env = getenv("VERDICT_CACHE")) != NULL && *env != '\0')
		return xstrdup(env);
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			/* A build tree (build/verdict-judge next to judge/):
			 * keep the cache in build/. */
			conf = xasprintf("%s/../judge/languages.conf", exe);
			tree = access(conf, F_OK) == 0;
			free(conf);
			if (tree)
				return xasprintf("%s/cache", exe);
		}
	}
	return xstrdup("/var/cache/verdict-judge");
}

/* mkdir -p, mode 0755; returns 0 or -1 (errno). */
int
check_mkdirs(const char *path)
{
	char	*p, *s;
	int	 rc = 0;

	p = xstrdup(path);
	for (s = p + 1; rc == 0; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;

		*s = '\0';
		if (mkdir(p, 0755) == -1 && errno != EEXIST)
			rc = -1;
		*s = c;
		if (c == '\0')
			break;
	}
	free(p);
	return rc;
}

/* Write data to path atomically (tmp + rename). */
int
check_write_atomic(const char *path, const void *data, size_t len, mode_t mode)
{
	char	*tmp;
	int	 fd, rc = -1;
	ssize_t	 n;
	size_t	 off = 0;

	tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    mode)) == -1)
		goto out;
	while (off < len) {
		n = write(fd, (const char *)data + off, len - off);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		off += (size_t)n;
	}
	if (close(fd) == 0 && off == len && rename(tmp, path) == 0)
		rc = 0;
out:
	if (rc == -1)
		unlink(tmp);
	free(tmp);
	return rc;
}

/* Keep at most CHECK_SHOW_MAX bytes of s as a new string. */
char *
check_show(const char *s, size_t len, int *truncated)
{
	if (truncated != NULL)
		*truncated = len > CHECK_SHOW_MAX;
	if (s == NULL)
		return xstrdup("");
	return xstrndup(s, len > CHECK_SHOW_MAX ? CHECK_SHOW_MAX : len);
}

/* Precompiled header ------------------------------------------------- */

/* Run a trusted argv natively (the PCH build); returns the exit status. */
static int
run_native(char *const *argv)
{
	pid_t	 pid;
	int	 st, fd;

	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		if ((fd = open("/dev/null", O_RDWR)) != -1) {
			dup2(fd, 0);
			dup2(fd, 1);
			dup2(fd, 2);
		}
		execv(argv[0], argv);
		_exit(127);
	}
	while (waitpid(pid, &st, 0) == -1)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

/*
 * pch_dir: the host folder holding <pch_header>.gch for this language's
 * toolchain and flags, building it on first use.  Keyed by the pch argv
 * template and the compiler binary's identity, so a toolchain upgrade gets
 * a new folder.  Returns a malloc'd path, or NULL (compile without PCH,
 * which is slower but correct).
 */
static char *
pch_dir(const struct lang *l, const char *cache)
{
	struct stat	 st;
	struct lang_vars lv;
	crypto_generichash_state h;
	unsigned char	 key[16];
	char		 hex[33], *dir = NULL, *inc = NULL, *gch = NULL;
	char		*wrap = NULL, *tmp = NULL, *text, **argv = NULL;
	size_t		 i;
	int		 lock = -1, ok = 0;

	if (l->pch == NULL || cache == NULL || stat(l->pch[0], &st) == -1)
		return NULL;
	crypto_generichash_init(&h, NULL, 0, sizeof(key));
	for (i = 0; l->pch[i] != NULL; i++)
		crypto_generichash_update(&h, (const unsigned char *)l->pch[i],
		    strlen(l->pch[i]) + 1);
	crypto_generichash_update(&h, (const unsigned char *)l->pch_header,
	    strlen(l->pch_header) + 1);
	crypto_generichash_update(&h, (const unsigned char *)&st.st_mtime,
	    sizeof(st.st_mtime));
	crypto_generichash_update(&h, (const unsigned char *)&st.st_size,
	    sizeof(st.st_size));
	crypto_generichash_final(&h, key, sizeof(key));
	sodium_bin2hex(hex, sizeof(hex), key, sizeof(key));

	dir = xasprintf("%s/pch/%s-%s", cache, l->id, hex);
	inc = xasprintf("%s/inc", dir);
	gch = xasprintf("%s/%s.gch", inc, l->pch_header);
	if (access(gch, R_OK) == 0) {
		ok = 1;
		goto out;
	}
	/* First use: build under a lock so that two judges build once. */
	text = xasprintf("%s/%s", inc, l->pch_header);
	*strrchr(text, '/') = '\0';
	if (check_mkdirs(text) == -1) {
		log_warn("%s: mkdir '%s'", __func__, text);
		free(text);
		goto out;
	}
	free(text);
	text = xasprintf("%s/.lock", dir);
	lock = open(text, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	free(text);
	if (lock == -1 || flock(lock, LOCK_EX) == -1)
		goto out;
	if (access(gch, R_OK) == 0) {
		ok = 1;
		goto out;
	}
	wrap = xasprintf("%s/wrapper.h", dir);
	text = xasprintf("#include <%s>\n", l->pch_header);
	if (check_write_atomic(wrap, text, strlen(text), 0644) == -1) {
		free(text);
		goto out;
	}
	free(text);
	tmp = xasprintf("%s.tmp", gch);
	memset(&lv, 0, sizeof(lv));
	lv.input = wrap;
	lv.output = tmp;
	argv = lang_expand(l->pch, &lv);
	if (run_native(argv) == 0 && rename(tmp, gch) == 0)
		ok = 1;
	else {
		log_warnx("%s: building the %s precompiled header failed; "
		    "compiling without it", __func__, l->id);
		unlink(tmp);
	}
out:
	if (lock != -1)
		close(lock);
	lang_argv_free(argv);
	free(wrap);
	free(tmp);
	free(gch);
	free(dir);
	if (ok && inc[0] != '/') {
		/* The sandbox binds absolute host paths only. */
		text = realpath(inc, NULL);
		free(inc);
		inc = text;
	}
	if (!ok || inc == NULL) {
		free(inc);
		return NULL;
	}
	return inc;
}

/* Compile ---------------------------------------------------------------- */

/* The language's read-only binds, plus the PCH folder when given. */
struct sbx_bind *
check_binds(const struct lang *l, const char *pch, size_t *n)
{
	struct sbx_bind	*b;
	size_t		 i, k = 0;

	for (i = 0; l->binds != NULL && l->binds[i] != NULL; i++)
		;
	b = xcalloc(i + 2, sizeof(*b));
	for (i = 0; l->binds != NULL && l->binds[i] != NULL; i++) {
		b[k].host = l->binds[i];
		b[k++].box = l->binds[i];
	}
	if (pch != NULL) {
		b[k].host = pch;
		b[k++].box = PCH_BOX_DIR;
	}
	*n = k;
	return b;
}

/* Fill a compile job's common parts. */
static void
compile_job(struct sbx_job *job, const struct sbx_file *files, size_t n,
    char **argv, const char *const *collect)
{
	memset(job, 0, sizeof(*job));
	job->argv = (const char *const *)argv;
	job->files = files;
	job->nfiles = n;
	job->stdin_fd = -1;
	job->collect = collect;
	job->collect_max = ARTIFACT_MAX;
	job->lim.cpu_ms = COMPILE_CPU_MS;
	job->lim.wall_ms = COMPILE_WALL_MS;
	job->lim.memory_kb = COMPILE_MEMORY_KB;
	job->lim.output_bytes = CHECK_COMPILE_MAX;
	job->lim.stderr_bytes = CHECK_COMPILE_MAX;
	job->lim.fsize_bytes = COMPILE_FSIZE;
	job->lim.pids = COMPILE_PIDS;
	job->policy = SBX_POLICY_COMPILE;
	job->result_fd = -1;
}

/* The compiler's messages: stderr then stdout, capped. */
static char *
compile_text(const struct sbx_result *r)
{
	struct buf	 b;

	buf_init(&b, CHECK_COMPILE_MAX);
	if (r->err != NULL)
		buf_add(&b, r->err, r->err_len > CHECK_COMPILE_MAX ?
		    CHECK_COMPILE_MAX : r->err_len);
	if (r->out != NULL && r->out_len > 0)
		buf_add(&b, r->out, r->out_len > CHECK_COMPILE_MAX - b.len ?
		    CHECK_COMPILE_MAX - b.len : r->out_len);
	if (b.data == NULL)
		return xstrdup("");
	return buf_detach(&b, NULL);
}

/*
 * Compile files with lang l.  On success *art holds the artifact (or NULL
 * when the language has none) and 0 is returned.  Otherwise returns
 * CHECK_CE (with *msg: the compiler output plus a reason) or CHECK_IE
 * (with res->ie_reason set).
 */
int
check_compile(const struct lang *l, const struct sbx_file *files, size_t n,
    const char *const *sources, const char *class_name, const char *cache,
    struct check_result *res, char **art, size_t *artlen, char **msg,
    uint64_t *wall)
{
	struct sbx_job		 job;
	struct sbx_result	 r;
	struct sbx_bind		*binds;
	struct lang_vars	 lv;
	const char		*collect[2] = { l->artifact, NULL };
	char			**argv, *pch, *text;
	int			 rc = 0;

	*art = NULL;
	*artlen = 0;
	*msg = xstrdup("");
	if (l->compile == NULL)
		return 0;
	pch = pch_dir(l, cache);
	memset(&lv, 0, sizeof(lv));
	lv.sources = sources;
	lv.class_name = class_name;
	lv.pch_dir = pch ? PCH_BOX_DIR : NULL;
	argv = lang_expand(l->compile, &lv);
	compile_job(&job, files, n, argv, l->artifact ? collect : NULL);
	binds = check_binds(l, pch, &job.nbinds);
	job.binds = binds;
	memset(&r, 0, sizeof(r));
	if (sbx_run(&job, &r) == -1) {
		check_ie(res, "sandbox refused the compile job");
		rc = CHECK_IE;
		goto out;
	}
	*wall = r.wall_ms;
	free(*msg);
	*msg = compile_text(&r);
	switch (r.status) {
	case SBX_OK:
		break;
	case SBX_IE:
		check_ie(res, "sandbox failed during compile: %s", r.ie_reason);
		rc = CHECK_IE;
		goto out;
	case SBX_SYSCALL:
		check_ie(res, "compiler killed by the seccomp filter (policy "
		    "needs updating?)");
		rc = CHECK_IE;
		goto out;
	default:
		text = *msg;
		*msg = xasprintf("%s%s%s", text, *text ? "\n" : "",
		    r.status == SBX_RE ? "" :
		    r.status == SBX_MLE ? "compilation ran out of memory" :
		    r.status == SBX_OLE ? "compilation output or files too "
		    "large" : "compilation took too long");
		free(text);
		rc = CHECK_CE;
		goto out;
	}
	if (l->artifact != NULL) {
		if (r.nfiles < 1 || r.files[0].data == NULL) {
			text = *msg;
			*msg = xasprintf("%s%sthe compiler produced no '%s' "
			    "(too large, or not written)", text,
			    *text ? "\n" : "", l->artifact);
			free(text);
			rc = CHECK_CE;
			goto out;
		}
		*art = r.files[0].data;
		*artlen = r.files[0].len;
		r.files[0].data = NULL;
	}
out:
	sbx_result_free(&r);
	lang_argv_free(argv);
	free(binds);
	free(pch);
	return rc;
}

/* Compiled-submission cache ------------------------------------------- */

struct centry {
	char	*name;
	time_t	 mtime;
	off_t	 size;
};

static int
centry_cmp(const void *a, const void *b)
{
	const struct centry *x = a, *y = b;

	return x->mtime < y->mtime ? -1 : x->mtime > y->mtime;
}

/* Keep the artifact cache under its caps, dropping the least used. */
static void
artifact_prune(const char *dir)
{
	DIR		*d;
	struct dirent	*e;
	struct stat	 st;
	struct centry	*v = NULL;
	size_t		 n = 0, i;
	off_t		 total = 0;
	char		*p;

	if ((d = opendir(dir)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' || strchr(e->d_name, '.') != NULL)
			continue;	/* .msg, temporaries: with theirs */
		p = xasprintf("%s/%s", dir, e->d_name);
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode)) {
			v = xrealloc(v, (n + 1) * sizeof(*v));
			v[n].name = p;
			v[n].mtime = st.st_mtime;
			v[n++].size = st.st_size;
			total += st.st_size;
		} else
			free(p);
	}
	closedir(d);
	if (total > ARTIFACT_CACHE_BYTES || n > ARTIFACT_CACHE_FILES) {
		qsort(v, n, sizeof(*v), centry_cmp);
		for (i = 0; i < n && (total > ARTIFACT_CACHE_BYTES / 4 * 3 ||
		    n - i > ARTIFACT_CACHE_FILES / 4 * 3); i++) {
			p = xasprintf("%s.msg", v[i].name);
			unlink(p);
			free(p);
			unlink(v[i].name);
			total -= v[i].size;
		}
	}
	for (i = 0; i < n; i++)
		free(v[i].name);
	free(v);
}

/* Hash one path's identity (a toolchain upgrade changes it). */
static void
hash_stat(crypto_generichash_state *h, const char *path)
{
	struct stat	 st;

	memset(&st, 0, sizeof(st));
	if (stat(path, &st) == -1)
		st.st_size = -1;
	crypto_generichash_update(h, (const unsigned char *)path,
	    strlen(path) + 1);
	crypto_generichash_update(h, (const unsigned char *)&st.st_mtime,
	    sizeof(st.st_mtime));
	crypto_generichash_update(h, (const unsigned char *)&st.st_size,
	    sizeof(st.st_size));
	crypto_generichash_update(h, (const unsigned char *)&st.st_ino,
	    sizeof(st.st_ino));
}

int
check_compile_cached(const struct lang *l, const struct sbx_file *files,
    size_t n, const char *const *sources, const char *class_name,
    const char *cache, struct check_result *res, char **art, size_t *artlen,
    char **msg, uint64_t *wall, int *hit)
{
	crypto_generichash_state h;
	unsigned char		 key[16];
	char			 hex[33], *dir, *path, *mpath, *pch, *a, *m;
	size_t			 i, alen, mlen;
	uint64_t		 len;
	int			 rc;

	*hit = 0;
	if (cache == NULL || l->compile == NULL || l->artifact == NULL)
		return check_compile(l, files, n, sources, class_name, cache,
		    res, art, artlen, msg, wall);
	/* Everything the compile depends on. */
	pch = pch_dir(l, cache);
	crypto_generichash_init(&h, NULL, 0, sizeof(key));
	crypto_generichash_update(&h, (const unsigned char *)"artifact-v1",
	    12);
	crypto_generichash_update(&h, (const unsigned char *)l->id,
	    strlen(l->id) + 1);
	crypto_generichash_update(&h, (const unsigned char *)l->artifact,
	    strlen(l->artifact) + 1);
	for (i = 0; l->compile[i] != NULL; i++)
		crypto_generichash_update(&h,
		    (const unsigned char *)l->compile[i],
		    strlen(l->compile[i]) + 1);
	for (i = 0; l->compile[i] != NULL; i++)
		if (l->compile[i][0] == '/')
			hash_stat(&h, l->compile[i]);
	for (i = 0; l->requires != NULL && l->requires[i] != NULL; i++)
		hash_stat(&h, l->requires[i]);
	crypto_generichash_update(&h, (const unsigned char *)(class_name ?
	    class_name : ""), strlen(class_name ? class_name : "") + 1);
	for (i = 0; sources != NULL && sources[i] != NULL; i++)
		crypto_generichash_update(&h,
		    (const unsigned char *)sources[i], strlen(sources[i]) + 1);
	crypto_generichash_update(&h, (const unsigned char *)(pch ? pch : ""),
	    strlen(pch ? pch : "") + 1);
	for (i = 0; i < n; i++) {
		len = files[i].len;
		crypto_generichash_update(&h,
		    (const unsigned char *)files[i].name,
		    strlen(files[i].name) + 1);
		crypto_generichash_update(&h, (const unsigned char *)&len,
		    sizeof(len));
		crypto_generichash_update(&h, files[i].data, files[i].len);
	}
	crypto_generichash_final(&h, key, sizeof(key));
	sodium_bin2hex(hex, sizeof(hex), key, sizeof(key));
	free(pch);

	dir = xasprintf("%s/artifacts", cache);
	path = xasprintf("%s/%s", dir, hex);
	mpath = xasprintf("%s.msg", path);
	if ((a = pkg_read_file(path, ARTIFACT_MAX, &alen)) != NULL) {
		m = pkg_read_file(mpath, CHECK_COMPILE_MAX, &mlen);
		*art = a;
		*artlen = alen;
		*msg = m ? m : xstrdup("");
		*wall = 0;
		*hit = 1;
		utimensat(AT_FDCWD, path, NULL, 0);	/* recently used */
		rc = 0;
		goto out;
	}
	rc = check_compile(l, files, n, sources, class_name, cache, res, art,
	    artlen, msg, wall);
	if (rc == 0 && *art != NULL && *artlen <= ARTIFACT_CACHE_ENTRY &&
	    check_mkdirs(dir) == 0 &&
	    check_write_atomic(mpath, *msg, strlen(*msg), 0644) == 0 &&
	    check_write_atomic(path, *art, *artlen, 0644) == 0)
		artifact_prune(dir);
out:
	free(mpath);
	free(path);
	free(dir);
	return rc;
}

/* Tests ------------------------------------------------------------------- */

/* A runtime failure that is really memory, told by the runtime's words. */
static int
runtime_oom(const struct lang *l, const struct sbx_result *r)
{
	if (r->err == NULL)
		return 0;
	if (l->policy == SBX_POLICY_RUN_JVM)
		return strstr(r->err, "java.lang.OutOfMemoryError") != NULL;
	if (l->policy == SBX_POLICY_RUN_NODE)
		return strstr(r->err, "heap out of memory") != NULL ||
		    strstr(r->err, "Allocation failed") != NULL;
	return strstr(r->err, "\nMemoryError") != NULL ||
	    strncmp(r->err, "MemoryError", 11) == 0;
}

char *
check_status_message(const struct cctx *c, const struct sbx_result *r,
    enum check_verdict v)
{
	const char	*abbrev;

	switch (r->status) {
	case SBX_TLE:
		return xasprintf("CPU time limit exceeded (%llu ms)",
		    (unsigned long long)c->lim.cpu_ms);
	case SBX_WALL:
		return xasprintf("wall-clock limit exceeded after %llu ms "
		    "(%llu ms of CPU time: the program waited or slept)",
		    (unsigned long long)r->wall_ms,
		    (unsigned long long)r->cpu_ms);
	case SBX_MLE:
		return xasprintf("memory limit exceeded (%llu MiB)",
		    (unsigned long long)c->lim.memory_kb / 1024);
	case SBX_OLE:
		return xasprintf("output limit exceeded (more than %llu bytes "
		    "of output, or a file over %llu bytes)",
		    (unsigned long long)c->lim.output_bytes,
		    (unsigned long long)c->lim.fsize_bytes);
	case SBX_SYSCALL:
		return xstrdup("restricted system call");
	case SBX_RE:
		if (v == CHECK_MLE)
			return xstrdup("the runtime ran out of memory");
		if (r->signal != 0) {
			abbrev = sigabbrev_np(r->signal);
			return xasprintf("killed by signal %d (SIG%s)",
			    r->signal, abbrev ? abbrev : "?");
		}
		return xasprintf("exit code %d", r->exit_code);
	default:
		return NULL;
	}
}

enum check_verdict
check_map_status(const struct lang *l, const struct sbx_result *r)
{
	switch (r->status) {
	case SBX_OK:
		return CHECK_AC;
	case SBX_TLE:
	case SBX_WALL:
		return CHECK_TLE;
	case SBX_MLE:
		return CHECK_MLE;
	case SBX_OLE:
		return CHECK_OLE;
	case SBX_RE:
		return runtime_oom(l, r) ? CHECK_MLE : CHECK_RE;
	case SBX_SYSCALL:
		return CHECK_RE;
	default:
		return CHECK_IE;
	}
}

/* Run one test; fills ct.  Returns its verdict. */
static enum check_verdict
run_test(struct cctx *c, const struct pkg_test *t, struct check_test *ct)
{
	const struct lang	*l = c->o->lang;
	struct sbx_job		 job;
	struct sbx_result	 r;
	struct sbx_file		 file;
	enum check_verdict	 v;
	char			 msg[1024], *ans, *fb;
	size_t			 anslen;
	int			 fd, keep;

	ct->verdict = CHECK_IE;
	if (t == NULL)
		fd = -1;	/* custom input, fed through a pipe */
	else if ((fd = open(t->in_path, O_RDONLY | O_CLOEXEC)) == -1) {
		check_ie(c->res, "opening '%s': %s", t->in_path,
		    strerror(errno));
		return CHECK_IE;
	}
	memset(&file, 0, sizeof(file));
	if (c->artifact != NULL) {
		file.name = l->artifact;
		file.data = c->artifact;
		file.len = c->artifact_len;
		file.executable = 1;
	} else {
		file.name = c->source_box;
		file.data = c->o->source;
		file.len = c->o->source_len;
	}
	memset(&job, 0, sizeof(job));
	job.argv = (const char *const *)c->run_argv;
	job.files = &file;
	job.nfiles = 1;
	job.stdin_fd = fd;
	if (t == NULL) {
		job.stdin_data = c->o->custom_input;
		job.stdin_len = c->o->custom_input_len;
	}
	job.result_fd = -1;
	job.lim = c->lim;
	job.policy = l->policy;
	job.binds = c->binds;
	job.nbinds = c->nbinds;
	memset(&r, 0, sizeof(r));
	if (sbx_run(&job, &r) == -1) {
		if (fd != -1)
			close(fd);
		check_ie(c->res, "sandbox refused the run job");
		return CHECK_IE;
	}
	if (fd != -1)
		close(fd);
	ct->time_ms = r.cpu_ms;
	ct->wall_ms = r.wall_ms;
	ct->memory_kb = r.memory_kb;
	ct->exit_code = r.exit_code;
	ct->signal = r.signal;
	v = check_map_status(l, &r);
	if (v == CHECK_IE)
		check_ie(c->res, "sandbox failed on test '%s': %s", ct->name,
		    r.ie_reason);
	else if (v != CHECK_AC)
		ct->judge_message = check_status_message(c, &r, v);
	else if (t == NULL)
		;	/* custom input: nothing to compare with */
	else if (c->has_val) {
		v = check_validator_run(c, t, r.out ? r.out : "", r.out_len,
		    &fb);
		if (v == CHECK_WA)
			ct->judge_message = fb ? fb : xstrdup("the output "
			    "validator rejected the output");
		else
			free(fb);
	} else if ((ans = pkg_read_file(t->ans_path, ANSWER_MAX, &anslen)) ==
	    NULL) {
		check_ie(c->res, "reading '%s': %s", t->ans_path,
		    strerror(errno));
		v = CHECK_IE;
	} else {
		if (validate_default(ans, anslen, r.out ? r.out : "", r.out_len,
		    &t->vflags, msg, sizeof(msg)) == VALIDATE_WA) {
			v = CHECK_WA;
			ct->judge_message = xstrdup(msg);
		}
		free(ans);
	}
	ct->verdict = v;
	keep = t == NULL || t->is_sample || (v != CHECK_AC &&
	    c->res->failed_test == -1);
	if (keep && v != CHECK_IE) {
		ct->output = check_show(r.out, r.out_len,
		    &ct->output_truncated);
		ct->stderr_text = check_show(r.err, r.err_len, NULL);
	}
	sbx_result_free(&r);
	return v;
}

/* Main ------------------------------------------------------------------- */

static void
result_init(const struct check_opts *o, struct check_result *res)
{
	const struct pkg	*p = o->pkg;
	size_t			 i, n;

	memset(res, 0, sizeof(*res));
	res->failed_test = -1;
	res->verdict = CHECK_AC;
	n = o->samples_only ? p->nsamples : p->ntests;
	if (o->custom_input != NULL) {
		res->tests = xcalloc(1, sizeof(*res->tests));
		res->ntests = 1;
		res->tests[0].name = "custom";
		res->tests[0].verdict = CHECK_NR;
		res->tests[0].exit_code = -1;
		return;
	}
	res->tests = xcalloc(n ? n : 1, sizeof(*res->tests));
	res->ntests = n;
	for (i = 0; i < n; i++) {
		res->tests[i].name = p->tests[i].name;
		res->tests[i].is_sample = p->tests[i].is_sample;
		res->tests[i].verdict = CHECK_NR;
		res->tests[i].exit_code = -1;
	}
}

static void
limits_init(struct cctx *c)
{
	const struct pkg	*p = c->o->pkg;
	const struct lang	*l = c->o->lang;
	double			 ms;

	memset(&c->lim, 0, sizeof(c->lim));
	ms = ceil(p->time_limit * l->time_mult * 1000);
	c->lim.cpu_ms = ms < 1 ? 1 : (uint64_t)ms;
	c->lim.wall_ms = 0;		/* sandbox default */
	c->lim.memory_kb = ((uint64_t)p->memory_mb + l->memory_extra_mb) *
	    1024;
	c->lim.output_bytes = (uint64_t)p->output_mb << 20;
	c->lim.stderr_bytes = RUN_STDERR_MAX;
	c->lim.fsize_bytes = RUN_FSIZE;
	c->lim.pids = l->pids;
}

int
check_run(const struct check_opts *o, struct check_result *res)
{
	struct cctx		 c;
	struct lang_vars	 lv;
	struct sbx_file		 src;
	const char		*srcs[2];
	char			*msg = NULL;
	size_t			 i;
	enum check_verdict	 v;
	int			 rc;

	if (o->pkg == NULL || o->lang == NULL || o->langs == NULL ||
	    o->source == NULL) {
		log_warnx("%s: missing options", __func__);
		return -1;
	}
	if (sodium_init() == -1) {
		log_warnx("%s: sodium_init failed", __func__);
		return -1;
	}
	memset(&c, 0, sizeof(c));
	c.o = o;
	c.res = res;
	result_init(o, res);
	limits_init(&c);
	c.class_name = o->lang->java_class ? lang_java_class(o->source_name ?
	    o->source_name : "Main.java", c.class_buf, sizeof(c.class_buf)) :
	    "Main";
	c.source_box = lang_source_name(o->lang, c.class_name);

	if (o->pkg->kind == PKG_KIND_FUNCTION) {
		check_function(&c);
		goto done;
	}

	/* 1. compile */
	memset(&src, 0, sizeof(src));
	src.name = c.source_box;
	src.data = o->source;
	src.len = o->source_len;
	srcs[0] = c.source_box;
	srcs[1] = NULL;
	rc = check_compile_cached(o->lang, &src, 1, srcs, c.class_name,
	    o->cache_dir, res, &c.artifact, &c.artifact_len, &msg,
	    &res->compile_ms, &res->compile_cached);
	res->compile_output = msg;
	if (rc == CHECK_CE) {
		res->verdict = CHECK_CE;
		res->judge_message = xstrdup("compilation failed");
		goto done;
	}
	if (rc != 0)
		goto done;

	/* 2. validator */
	if (o->pkg->validation == PKG_VALIDATION_CUSTOM &&
	    o->custom_input == NULL) {
		if (check_validator_build(&c) != 0)
			goto done;
		c.has_val = 1;
	}

	/* 3. tests */
	memset(&lv, 0, sizeof(lv));
	lv.sources = srcs;
	lv.class_name = c.class_name;
	lv.memory_mb = o->pkg->memory_mb;
	lv.heap_margin_mb = o->lang->heap_margin_mb;
	c.run_argv = lang_expand(o->lang->run, &lv);
	c.binds = check_binds(o->lang, NULL, &c.nbinds);
	for (i = 0; i < res->ntests; i++) {
		v = run_test(&c, o->custom_input ? NULL : &o->pkg->tests[i],
		    &res->tests[i]);
		if (v == CHECK_IE)
			break;
		if (res->tests[i].time_ms > res->time_ms)
			res->time_ms = res->tests[i].time_ms;
		if (res->tests[i].memory_kb > res->memory_kb)
			res->memory_kb = res->tests[i].memory_kb;
		if (v == CHECK_AC) {
			res->passed++;
			continue;
		}
		if (res->failed_test == -1) {
			res->failed_test = (long)i;
			res->verdict = v;
			if (res->tests[i].judge_message != NULL)
				res->judge_message = xasprintf("%s: %s",
				    res->tests[i].name,
				    res->tests[i].judge_message);
		}
		if (!o->keep_going)
			break;
	}
done:
	if (res->verdict == CHECK_IE && res->judge_message == NULL)
		res->judge_message = xstrdup(res->ie_reason);
	if (res->compile_output == NULL)
		res->compile_output = xstrdup("");
	check_validator_clear(&c.val);
	lang_argv_free(c.run_argv);
	free(c.binds);
	free(c.artifact);
	free(c.source_box);
	return 0;
}

void
check_result_free(struct check_result *res)
{
	size_t	 i;

	for (i = 0; i < res->ntests; i++) {
		free(res->tests[i].output);
		free(res->tests[i].stderr_text);
		free(res->tests[i].judge_message);
	}
	free(res->tests);
	free(res->compile_output);
	free(res->judge_message);
	free(res->stdout_text);
	memset(res, 0, sizeof(*res));
}

/* JSON ------------------------------------------------------------------- */

/* A json string of s with invalid UTF-8 replaced by U+FFFD. */
static struct json_object *
jstring(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	struct buf		 b;
	struct json_object	*o;
	size_t			 n, i;
	unsigned		 cp;

	buf_init(&b, 4 * CHECK_COMPILE_MAX);
	while (*p != '\0') {
		if (*p < 0x80) {
			buf_putc(&b, (char)*p++);
			continue;
		}
		n = (*p & 0xe0) == 0xc0 ? 2 : (*p & 0xf0) == 0xe0 ? 3 :
		    (*p & 0xf8) == 0xf0 ? 4 : 0;
		cp = n == 2 ? (*p & 0x1fu) : n == 3 ? (*p & 0x0fu) :
		    (*p & 0x07u);
		for (i = 1; n && i < n; i++) {
			if ((p[i] & 0xc0) != 0x80) {
				n = 0;
				break;
			}
			cp = (cp << 6) | (p[i] & 0x3fu);
		}
		if (n == 0 || (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800)
		    || (n == 4 && cp < 0x10000) || cp > 0x10ffff ||
		    (cp >= 0xd800 && cp <= 0xdfff)) {
			buf_puts(&b, "\xef\xbf\xbd");
			p++;
			continue;
		}
		buf_add(&b, p, n);
		p += n;
	}
	o = json_object_new_string_len(buf_cstr(&b), (int)b.len);
	buf_free(&b);
	return o;
}

static struct json_object *
test_json(const struct check_test *t)
{
	struct json_object	*o;

	o = json_object_new_object();
	json_object_object_add(o, "name", json_object_new_string(t->name));
	json_object_object_add(o, "verdict",
	    json_object_new_string(check_verdict_names[t->verdict]));
	json_object_object_add(o, "time_ms", json_object_new_int64(
	    (int64_t)t->time_ms));
	json_object_object_add(o, "memory_kb", json_object_new_int64(
	    (int64_t)t->memory_kb));
	if (t->verdict == CHECK_NR)
		return o;
	json_object_object_add(o, "wall_ms", json_object_new_int64(
	    (int64_t)t->wall_ms));
	if (t->is_sample)
		json_object_object_add(o, "sample", json_object_new_boolean(1));
	if (t->verdict == CHECK_RE || t->signal != 0) {
		if (t->signal != 0)
			json_object_object_add(o, "signal",
			    json_object_new_int(t->signal));
		else
			json_object_object_add(o, "exit_code",
			    json_object_new_int(t->exit_code));
	}
	if (t->output != NULL) {
		json_object_object_add(o, "output", jstring(t->output));
		if (t->output_truncated)
			json_object_object_add(o, "output_truncated",
			    json_object_new_boolean(1));
	}
	if (t->stderr_text != NULL && t->stderr_text[0] != '\0')
		json_object_object_add(o, "stderr", jstring(t->stderr_text));
	if (t->judge_message != NULL)
		json_object_object_add(o, "judge_message",
		    jstring(t->judge_message));
	return o;
}

struct json_object *
check_result_json(const struct check_result *res)
{
	struct json_object	*o, *a;
	size_t			 i;

	o = json_object_new_object();
	json_object_object_add(o, "verdict",
	    json_object_new_string(check_verdict_names[res->verdict]));
	json_object_object_add(o, "time_ms", json_object_new_int64(
	    (int64_t)res->time_ms));
	json_object_object_add(o, "memory_kb", json_object_new_int64(
	    (int64_t)res->memory_kb));
	json_object_object_add(o, "passed", json_object_new_int64(
	    (int64_t)res->passed));
	json_object_object_add(o, "total", json_object_new_int64(
	    (int64_t)res->ntests));
	a = json_object_new_array();
	for (i = 0; i < res->ntests; i++)
		json_object_array_add(a, test_json(&res->tests[i]));
	json_object_object_add(o, "tests", a);
	json_object_object_add(o, "compile_output",
	    jstring(res->compile_output ? res->compile_output : ""));
	json_object_object_add(o, "compile_ms", json_object_new_int64(
	    (int64_t)res->compile_ms));
	if (res->compile_cached)
		json_object_object_add(o, "compile_cached",
		    json_object_new_boolean(1));
	if (res->judge_message != NULL)
		json_object_object_add(o, "judge_message",
		    jstring(res->judge_message));
	if (res->stdout_text != NULL)
		json_object_object_add(o, "stdout", jstring(res->stdout_text));
	if (res->verdict == CHECK_IE)
		json_object_object_add(o, "ie_reason",
		    jstring(res->ie_reason));
	return o;
}
