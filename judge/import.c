/* import.c: `verdict-judge import`, problem packages into MariaDB. */
/*
 * A package is loaded and validated (pkg_load plus our fields), its
 * statement rendered, and a content hash taken over everything that
 * defines how submissions are judged: problem.yaml, .timelimit, the
 * statement, every test and every package file (group testdata.yaml,
 * output validators).  An unchanged hash means an unchanged problem: the
 * import is a no-op.  Otherwise every reference solution under
 * submissions/ is judged in the sandbox and must get the verdict its
 * folder names (accepted -> AC, wrong_answer -> WA, time_limit_exceeded
 * -> TLE, run_time_error -> RE); then the problem, a new version, its
 * tests and files and its tags are written in one transaction, and the
 * version becomes current.  Old submissions keep pointing at the version
 * they were judged on.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdarg.h>

#include <json-c/json.h>

#include "buf.h"
#include "check.h"
#include "crypto.h"
#include "db.h"
#include "jctx.h"
#include "log.h"
#include "markdown.h"
#include "pkg.h"
#include "sandbox.h"
#include "sig.h"
#include "util.h"
#include "xmalloc.h"

#define IMPORT_FILE_MAX		(256u << 20)	/* one test file */
#define IMPORT_SMALL_MAX	(4u << 20)	/* yaml, statement, validator */
#define IMPORT_SOURCE_MAX	(1u << 20)

/* A file of the package stored in package_files, or a test's data. */
struct ifile {
	char	*path;		/* relative to the package root */
	char	*data;
	size_t	 len;
};

struct imp {
	struct jctx	*j;
	struct pkg	 pkg;
	const char	*dir;
	char		*statement_md;
	size_t		 statement_len;
	char		*statement_html;
	struct ifile	*files;		/* package files */
	size_t		 nfiles;
	struct ifile	*ins, *anss;	/* per test */
	char		 hash[DIGEST_LEN * 2 + 1];
	char		*signature;	/* JSON text or NULL */
	char		*stubs;		/* JSON text or NULL */
	long long	 problem_id;
	long long	 version_id;
	int		 force;
	char		 err[1024];
};

static int
imp_fail(struct imp *im, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int
imp_fail(struct imp *im, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(im->err, sizeof(im->err), fmt, ap);
	va_end(ap);
	return -1;
}

static int
imp_read(struct imp *im, const char *rel, size_t max, struct ifile *f)
{
	char	*path = xasprintf("%s/%s", im->dir, rel);

	f->data = pkg_read_file(path, max, &f->len);
	free(path);
	if (f->data == NULL)
		return imp_fail(im, "problem '%s': %s: %s", im->pkg.slug, rel,
		    errno == EFBIG ? "file too large" : strerror(errno));
	f->path = xstrdup(rel);
	return 0;
}

static void
imp_add_file(struct imp *im, struct ifile *f)
{
	im->files = xrealloc(im->files, (im->nfiles + 1) * sizeof(*f));
	im->files[im->nfiles++] = *f;
}

/* imp_walk: add every regular file under rel (recursively) whose name
 * matches only (or any when only is NULL). */
static int
imp_walk(struct imp *im, const char *rel, const char *only)
{
	struct dirent	**ents = NULL;
	struct stat	 st;
	struct ifile	 f;
	char		*path, *sub;
	int		 n, i, rc = 0;

	path = xasprintf("%s/%s", im->dir, rel);
	n = scandir(path, &ents, NULL, alphasort);
	free(path);
	if (n < 0)
		return errno == ENOENT ? 0 : imp_fail(im, "problem '%s': "
		    "%s: %s", im->pkg.slug, rel, strerror(errno));
	for (i = 0; i < n; i++) {
		if (rc == 0 && ents[i]->d_name[0] != '.') {
			sub = xasprintf("%s/%s", rel, ents[i]->d_name);
			path = xasprintf("%s/%s", im->dir, sub);
			if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
				rc = imp_walk(im, sub, only);
			else if (lstat(path, &st) == 0 && S_ISREG(st.st_mode) &&
			    (only == NULL || strcmp(ents[i]->d_name,
			    only) == 0)) {
				rc = imp_read(im, sub, IMPORT_SMALL_MAX, &f);
				if (rc == 0)
					imp_add_file(im, &f);
			}
			free(path);
			free(sub);
		}
		free(ents[i]);
	}
	free(ents);
	return rc;
}

static char *
xasprintf_path(const char *dir, const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

/* imp_test_read: test i's .in and .ans, stored as data/<name>.in|.ans. */
static int
imp_test_read(struct imp *im, size_t i)
{
	char	*rel;
	int	 rc;

	rel = xasprintf("data/%s.in", im->pkg.tests[i].name);
	rc = imp_read(im, rel, IMPORT_FILE_MAX, &im->ins[i]);
	free(rel);
	if (rc == -1)
		return -1;
	rel = xasprintf("data/%s.ans", im->pkg.tests[i].name);
	rc = imp_read(im, rel, IMPORT_FILE_MAX, &im->anss[i]);
	free(rel);
	return rc;
}

/*
 * imp_function: function problems: a valid signature, every test's values
 * of the declared types, and the code stub of every language.
 */
static int
imp_function(struct imp *im)
{
	static const char *const langs[] = { "c", "cpp", "python3", "java",
	    "javascript" };
	struct pkg		*p = &im->pkg;
	struct sig		*sig = NULL;
	struct json_object	*stubs;
	char			 err[512], *stub;
	size_t			 i;
	int			 rc = -1;

	if (p->kind != PKG_KIND_FUNCTION)
		return 0;
	if (p->signature == NULL)
		return imp_fail(im, "problem '%s': problem.yaml: kind function "
		    "needs a signature", p->slug);
	if (sig_parse(p->signature, &sig, err, sizeof(err)) == -1)
		return imp_fail(im, "problem '%s': problem.yaml: signature: %s",
		    p->slug, err);
	for (i = 0; i < p->ntests; i++)
		if (sig_validate_test(sig, im->ins[i].data, im->ins[i].len,
		    im->anss[i].data, im->anss[i].len, err, sizeof(err)) == -1) {
			imp_fail(im, "problem '%s': data/%s: %s", p->slug,
			    p->tests[i].name, err);
			goto out;
		}
	stubs = json_object_new_object();
	for (i = 0; i < sizeof(langs) / sizeof(langs[0]); i++)
		if ((stub = sig_stub(sig, langs[i])) != NULL) {
			json_object_object_add(stubs, langs[i],
			    json_object_new_string(stub));
			free(stub);
		}
	im->stubs = xstrdup(json_object_to_json_string_ext(stubs,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(stubs);
	im->signature = xstrdup(json_object_to_json_string_ext(p->signature,
	    JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	rc = 0;
out:
	sig_free(sig);
	return rc;
}

/* imp_load: read and validate everything the database will hold. */
static int
imp_load(struct imp *im)
{
	struct pkg	*p = &im->pkg;
	struct ifile	 f;
	size_t		 i;
	char		*rel;

	if (p->difficulty == PKG_DIFF_NONE)
		return imp_fail(im, "problem '%s': problem.yaml: difficulty "
		    "missing (easy, medium or hard)", p->slug);
	if (!slug_check(p->slug))
		return imp_fail(im, "problem '%s': the folder name is not a "
		    "slug (a-z, 0-9, '-')", p->slug);
	if (p->statement == NULL || strlen(p->statement) < 3 ||
	    strcmp(p->statement + strlen(p->statement) - 3, ".md") != 0)
		return imp_fail(im, "problem '%s': problem_statement/problem.md "
		    "missing", p->slug);
	if ((im->statement_md = pkg_read_file(p->statement, MD_MAX,
	    &im->statement_len)) == NULL)
		return imp_fail(im, "problem '%s': %s: %s", p->slug,
		    p->statement, errno == EFBIG ? "statement too large" :
		    strerror(errno));
	if ((im->statement_html = md_render(im->statement_md,
	    im->statement_len)) == NULL)
		return imp_fail(im, "problem '%s': %s: not valid UTF-8",
		    p->slug, p->statement);
	if (imp_read(im, "problem.yaml", IMPORT_SMALL_MAX, &f) == -1)
		return -1;
	imp_add_file(im, &f);
	rel = xasprintf_path(im->dir, ".timelimit");
	i = access(rel, F_OK) == 0;
	free(rel);
	if (i) {
		if (imp_read(im, ".timelimit", 64, &f) == -1)
			return -1;
		imp_add_file(im, &f);
	}
	if (imp_walk(im, "data", "testdata.yaml") == -1 ||
	    imp_walk(im, "output_validators", NULL) == -1)
		return -1;
	if (p->ntests == 0)
		return imp_fail(im, "problem '%s': no tests under data/",
		    p->slug);
	im->ins = xcalloc(p->ntests, sizeof(*im->ins));
	im->anss = xcalloc(p->ntests, sizeof(*im->anss));
	for (i = 0; i < p->ntests; i++) {
		if (imp_test_read(im, i) == -1)
			return -1;
	}
	return imp_function(im);
}

/* imp_hash_add: one named part of the content hash. */
static void
imp_hash_add(struct buf *list, const char *name, const void *data,
    size_t len)
{
	uint8_t	 d[DIGEST_LEN];
	char	 hex[DIGEST_LEN * 2 + 1];

	digest_sha256(data, len, d);
	digest_hex(d, DIGEST_LEN, hex);
	buf_printf(list, "%s\t%zu\t%s\n", name, len, hex);
}

static void
imp_hash(struct imp *im)
{
	struct buf	 list;
	uint8_t		 d[DIGEST_LEN];
	size_t		 i;

	buf_init(&list, 64u << 20);
	imp_hash_add(&list, "statement", im->statement_md, im->statement_len);
	for (i = 0; i < im->nfiles; i++)
		imp_hash_add(&list, im->files[i].path, im->files[i].data,
		    im->files[i].len);
	for (i = 0; i < im->pkg.ntests; i++) {
		imp_hash_add(&list, im->ins[i].path, im->ins[i].data,
		    im->ins[i].len);
		imp_hash_add(&list, im->anss[i].path, im->anss[i].data,
		    im->anss[i].len);
	}
	digest_sha256(list.data, list.len, d);
	digest_hex(d, DIGEST_LEN, im->hash);
	buf_free(&list);
}

/* imp_unchanged: 1 when the problem's current version has our hash. */
static int
imp_unchanged(struct imp *im)
{
	struct db_stmt	*st;
	long long	 current;

	st = db_stmt(im->j->db, STMT_PROBLEMS_BY_SLUG);
	db_bind_text(st, 0, im->pkg.slug);
	if (db_row(st) != DB_OK)
		return 0;
	im->problem_id = db_col_int(st, 0);
	current = db_col_isnull(st, 1) ? 0 : db_col_int(st, 1);
	st = db_stmt(im->j->db, STMT_PROBLEM_VERSIONS_BY_HASH);
	db_bind_int(st, 0, im->problem_id);
	db_bind_text(st, 1, im->hash);
	if (db_row(st) != DB_OK)
		return 0;
	return db_col_int(st, 0) == current;
}

static const struct {
	const char		*folder;
	enum check_verdict	 want;
} imp_expect[] = {
	{ "accepted", CHECK_AC },
	{ "wrong_answer", CHECK_WA },
	{ "time_limit_exceeded", CHECK_TLE },
	{ "run_time_error", CHECK_RE },
	{ "memory_limit_exceeded", CHECK_MLE },
};

/* imp_judge_one: judge one reference solution; 0 when it got want. */
static int
imp_judge_one(struct imp *im, const char *folder, const char *name,
    enum check_verdict want)
{
	struct check_opts	 o;
	struct check_result	 res;
	const struct lang	*l;
	char			*path, *src;
	size_t			 len;
	int			 rc = -1;

	if ((l = lang_by_filename(&im->j->langs, name)) == NULL)
		return imp_fail(im, "problem '%s': submissions/%s/%s: unknown "
		    "language", im->pkg.slug, folder, name);
	path = xasprintf("%s/submissions/%s/%s", im->dir, folder, name);
	src = pkg_read_file(path, IMPORT_SOURCE_MAX, &len);
	free(path);
	if (src == NULL)
		return imp_fail(im, "problem '%s': submissions/%s/%s: %s",
		    im->pkg.slug, folder, name, strerror(errno));
	memset(&o, 0, sizeof(o));
	o.pkg = &im->pkg;
	o.lang = l;
	o.langs = &im->j->langs;
	o.source = src;
	o.source_len = len;
	o.source_name = name;
	o.cache_dir = jctx_cache_dir(im->j);
	if (check_run(&o, &res) == -1) {
		free(src);
		return imp_fail(im, "problem '%s': submissions/%s/%s: the "
		    "judge refused it", im->pkg.slug, folder, name);
	}
	fprintf(stderr, "import: %s: %s/%s: %s %llu ms\n", im->pkg.slug,
	    folder, name, check_verdict_names[res.verdict],
	    (unsigned long long)res.time_ms);
	if (res.verdict == want)
		rc = 0;
	else
		imp_fail(im, "problem '%s': submissions/%s/%s got %s, expected "
		    "%s%s%s", im->pkg.slug, folder, name,
		    check_verdict_names[res.verdict], check_verdict_names[want],
		    res.judge_message ? ": " : "",
		    res.judge_message ? res.judge_message :
		    (res.verdict == CHECK_CE ? res.compile_output : ""));
	check_result_free(&res);
	free(src);
	return rc;
}

/* imp_judge: every reference solution must get its folder's verdict. */
static int
imp_judge(struct imp *im)
{
	struct dirent	**ents;
	char		*path;
	size_t		 k;
	int		 n, i, rc = 0, accepted = 0;

	for (k = 0; k < sizeof(imp_expect) / sizeof(imp_expect[0]); k++) {
		path = xasprintf("%s/submissions/%s", im->dir,
		    imp_expect[k].folder);
		n = scandir(path, &ents, NULL, alphasort);
		free(path);
		if (n < 0)
			continue;
		for (i = 0; i < n; i++) {
			if (rc == 0 && ents[i]->d_type != DT_DIR) {
				rc = imp_judge_one(im, imp_expect[k].folder,
				    ents[i]->d_name, imp_expect[k].want);
				if (imp_expect[k].want == CHECK_AC)
					accepted++;
			}
			free(ents[i]);
		}
		free(ents);
		if (rc == -1)
			return -1;
	}
	if (accepted == 0)
		return imp_fail(im, "problem '%s': no reference solution in "
		    "submissions/accepted/", im->pkg.slug);
	return 0;
}

/* imp_store: the transaction body (db_txn may run it more than once). */
static int
imp_store(struct db *db, void *arg)
{
	struct imp	*im = arg;
	struct pkg	*p = &im->pkg;
	struct db_stmt	*st;
	size_t		 i;
	int		 rc;

	st = db_stmt(db, STMT_PROBLEMS_BY_SLUG);
	db_bind_text(st, 0, p->slug);
	if ((rc = db_row(st)) == DB_OK)
		im->problem_id = db_col_int(st, 0);
	else if (rc != DB_NOTFOUND)
		return rc;
	else {
		st = db_stmt(db, STMT_PROBLEMS_INSERT);
		db_bind_text(st, 0, p->slug);
		db_bind_text(st, 1, p->name);
		db_bind_text(st, 2, pkg_difficulty_names[p->difficulty]);
		db_bind_text(st, 3, pkg_kind_names[p->kind]);
		if ((rc = db_exec(st)) != DB_OK)
			return rc;
		im->problem_id = (long long)db_insert_id(st);
	}
	st = db_stmt(db, STMT_PROBLEM_VERSIONS_BY_HASH);
	db_bind_int(st, 0, im->problem_id);
	db_bind_text(st, 1, im->hash);
	if ((rc = db_row(st)) == DB_OK)
		im->version_id = db_col_int(st, 0);
	else if (rc != DB_NOTFOUND)
		return rc;
	else {
		st = db_stmt(db, STMT_PROBLEM_VERSIONS_INSERT);
		db_bind_int(st, 0, im->problem_id);
		db_bind_text(st, 1, im->hash);
		db_bind_textn(st, 2, im->statement_md, im->statement_len);
		db_bind_text(st, 3, im->statement_html);
		db_bind_int(st, 4, (long long)(p->time_limit * 1000 + 0.5));
		db_bind_int(st, 5, (long long)p->memory_mb * 1024);
		db_bind_int(st, 6, (long long)p->output_mb * 1024);
		db_bind_text(st, 7, p->validation == PKG_VALIDATION_CUSTOM ?
		    "custom" : "default");
		db_bind_text(st, 8, p->validator_flags);
		db_bind_text(st, 9, im->signature);
		db_bind_text(st, 10, im->stubs);
		if ((rc = db_exec(st)) != DB_OK)
			return rc;
		im->version_id = (long long)db_insert_id(st);
		for (i = 0; i < p->ntests; i++) {
			st = db_stmt(db, STMT_TESTCASES_INSERT);
			db_bind_int(st, 0, im->version_id);
			db_bind_int(st, 1, (long long)i);
			db_bind_text(st, 2, p->tests[i].name);
			db_bind_int(st, 3, p->tests[i].is_sample);
			db_bind_blob(st, 4, im->ins[i].data, im->ins[i].len);
			db_bind_blob(st, 5, im->anss[i].data, im->anss[i].len);
			if ((rc = db_exec(st)) != DB_OK)
				return rc;
		}
		for (i = 0; i < im->nfiles; i++) {
			st = db_stmt(db, STMT_PACKAGE_FILES_INSERT);
			db_bind_int(st, 0, im->version_id);
			db_bind_text(st, 1, im->files[i].path);
			db_bind_blob(st, 2, im->files[i].data,
			    im->files[i].len);
			if ((rc = db_exec(st)) != DB_OK)
				return rc;
		}
	}
	st = db_stmt(db, STMT_PROBLEM_TAGS_DELETE_BY_PROBLEM);
	db_bind_int(st, 0, im->problem_id);
	if ((rc = db_exec(st)) != DB_OK)
		return rc;
	for (i = 0; i < p->ntags; i++) {
		st = db_stmt(db, STMT_PROBLEM_TAGS_INSERT);
		db_bind_int(st, 0, im->problem_id);
		db_bind_text(st, 1, p->tags[i]);
		if ((rc = db_exec(st)) != DB_OK && rc != DB_CONFLICT)
			return rc;
	}
	st = db_stmt(db, STMT_PROBLEMS_SET_CURRENT);
	db_bind_text(st, 0, p->name);
	db_bind_text(st, 1, pkg_difficulty_names[p->difficulty]);
	db_bind_text(st, 2, pkg_kind_names[p->kind]);
	db_bind_int(st, 3, im->version_id);
	db_bind_int(st, 4, im->problem_id);
	return db_exec(st);
}

static void
imp_free(struct imp *im)
{
	size_t	 i;

	for (i = 0; i < im->nfiles; i++) {
		free(im->files[i].path);
		free(im->files[i].data);
	}
	for (i = 0; im->ins && i < im->pkg.ntests; i++) {
		free(im->ins[i].path);
		free(im->ins[i].data);
		free(im->anss[i].path);
		free(im->anss[i].data);
	}
	free(im->files);
	free(im->ins);
	free(im->anss);
	free(im->statement_md);
	free(im->statement_html);
	free(im->signature);
	free(im->stubs);
	pkg_free(&im->pkg);
}

/* import_one: 0 imported or unchanged, -1 refused (message printed). */
static int
import_one(struct jctx *j, const char *dir, int force)
{
	struct imp	 im;
	int		 rc = -1;

	memset(&im, 0, sizeof(im));
	im.j = j;
	im.dir = dir;
	if (pkg_load(&im.pkg, dir, im.err, sizeof(im.err)) == -1) {
		fprintf(stderr, "import: refused: %s\n", im.err);
		return -1;
	}
	if (imp_load(&im) == -1)
		goto out;
	imp_hash(&im);
	if (!force && imp_unchanged(&im)) {
		printf("%s: unchanged\n", im.pkg.slug);
		rc = 0;
		goto out;
	}
	if (imp_judge(&im) == -1)
		goto out;
	if (db_txn(j->db, imp_store, &im) != DB_OK) {
		snprintf(im.err, sizeof(im.err), "problem '%s': the database "
		    "refused the import", im.pkg.slug);
		goto out;
	}
	printf("%s: imported version %lld (%zu tests)\n", im.pkg.slug,
	    im.version_id, im.pkg.ntests);
	rc = 0;
out:
	if (rc == -1)
		fprintf(stderr, "import: refused: %s\n", im.err);
	imp_free(&im);
	return rc;
}

/*
 * import [-c CONFIG] [--slot N] [--force] DIR...: import each package;
 * exit 1 when any was refused (the others are still imported).
 */
int
cmd_import(int argc, char **argv)
{
	static const struct option	 lo[] = {
		{ "slot", required_argument, NULL, 's' },
		{ "force", no_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	struct jctx		 j;
	const char		*cfgpath = NULL;
	unsigned long long	 slot = 0;
	int			 ch, force = 0, have_slot = 0, i, bad = 0;
	size_t			 n;
	char			*dir;

	while ((ch = getopt_long(argc, argv, "c:", lo, NULL)) != -1) {
		switch (ch) {
		case 'c': cfgpath = optarg; break;
		case 'f': force = 1; break;
		case 's':
			if (parse_u64(optarg, 1000, &slot) == -1)
				goto usage;
			have_slot = 1;
			break;
		default: goto usage;
		}
	}
	if (optind >= argc)
		goto usage;
	if (jctx_open(&j, cfgpath, 0, -1, 1) == -1)
		return 1;
	if (!have_slot)
		slot = (unsigned long long)j.cfg.slot;
	if (sbx_init((unsigned)slot) == -1) {
		fprintf(stderr, "verdict-judge: sandbox slot %llu cannot be "
		    "set up\n", slot);
		jctx_close(&j);
		return 1;
	}
	j.have_sbx = 1;
	for (i = optind; i < argc; i++) {
		dir = xstrdup(argv[i]);
		n = strlen(dir);
		while (n > 1 && dir[n - 1] == '/')
			dir[--n] = '\0';
		if (import_one(&j, dir, force) == -1)
			bad++;
		free(dir);
	}
	jctx_close(&j);
	return bad ? 1 : 0;
usage:
	fprintf(stderr, "usage: verdict-judge import [-c CONFIG] [--slot N] "
	    "[--force] DIR...\n");
	return 2;
}
