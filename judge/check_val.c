/* check_val.c: custom output validators: build once, run in the sandbox. */
/*
 * A package's output_validators/<name>/ (C, C++ or Python, per the Kattis
 * legacy format) is compiled in a box like a submission, once per content
 * hash (cached under the cache folder), and run in a fresh box per test
 * as `validator input answer feedback_dir [flags] < program_output`: exit
 * 42 is AC, 43 WA, anything else IE (a broken validator is never the
 * submission's fault).  judgemessage.txt comes back through the sandbox's
 * collect list, size-capped, for the problem setter.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "check_int.h"
#include "xmalloc.h"

void
check_validator_clear(struct validator *v)
{
	size_t	 i;

	for (i = 0; i < v->nfiles; i++) {
		free((char *)v->files[i].name);
		free((void *)v->files[i].data);
	}
	free(v->files);
	lang_argv_free(v->argv);
	memset(v, 0, sizeof(*v));
}

static void
vfile_add(struct validator *v, const char *name, char *data, size_t len,
    int exec)
{
	v->files = xrealloc(v->files, (v->nfiles + 1) * sizeof(*v->files));
	v->files[v->nfiles].name = xstrdup(name);
	v->files[v->nfiles].data = data;
	v->files[v->nfiles].len = len;
	v->files[v->nfiles].executable = exec;
	v->nfiles++;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
has_suffix(const char *s, const char *suf)
{
	size_t	 l = strlen(s), m = strlen(suf);

	return l > m && strcmp(s + l - m, suf) == 0;
}

/* Pick the validator's language from its source files. */
static const char *
validator_lang(char **names, size_t n, const char **mainpy)
{
	size_t	 i;
	int	 py = 0, c = 0, cpp = 0;

	*mainpy = NULL;
	for (i = 0; i < n; i++) {
		if (has_suffix(names[i], ".py")) {
			py++;
			if (*mainpy == NULL || strcmp(names[i],
			    "validate.py") == 0 || strcmp(names[i],
			    "validator.py") == 0)
				*mainpy = names[i];
		} else if (has_suffix(names[i], ".c"))
			c++;
		else if (has_suffix(names[i], ".cpp") ||
		    has_suffix(names[i], ".cc") || has_suffix(names[i], ".cxx"))
			cpp++;
	}
	if (cpp > 0)
		return "cpp";
	if (c > 0)
		return "c";
	if (py > 0)
		return "python3";
	return NULL;
}

/*
 * Build the package's custom validator into c->val: read its files, pick
 * its language, compile it in the sandbox (cached by content hash).
 * Returns 0, or CHECK_IE with the reason set (a broken validator is never
 * the submission's fault).
 */
int
check_validator_build(struct cctx *c)
{
	const struct pkg	*p = c->o->pkg;
	struct validator	*v = &c->val;
	const struct lang	*l;
	struct stat		 st;
	DIR			*d;
	struct dirent		*e;
	char			**names = NULL, *path, *data, *msg, *art;
	char			*cpath = NULL, hex[33], **srcs = NULL;
	const char		*lid, *mainpy;
	size_t			 n = 0, i, len, total = 0, artlen, ns = 0;
	unsigned char		 key[16];
	crypto_generichash_state h;
	struct lang_vars	 lv;
	uint64_t		 wall = 0;
	int			 rc = CHECK_IE;

	if (stat(p->validator, &st) == -1) {
		check_ie(c->res, "validator '%s': %s", p->validator,
		    strerror(errno));
		return CHECK_IE;
	}
	if (S_ISDIR(st.st_mode)) {
		if ((d = opendir(p->validator)) == NULL) {
			check_ie(c->res, "validator '%s': %s", p->validator,
			    strerror(errno));
			return CHECK_IE;
		}
		while ((e = readdir(d)) != NULL && n < VALIDATOR_FILES_MAX) {
			if (e->d_name[0] == '.')
				continue;
			names = xrealloc(names, (n + 1) * sizeof(*names));
			names[n++] = xstrdup(e->d_name);
		}
		closedir(d);
		if (n > 0)
			qsort(names, n, sizeof(*names), name_cmp);
	} else {
		names = xmalloc(sizeof(*names));
		names[n++] = xstrdup(strrchr(p->validator, '/') + 1);
	}
	crypto_generichash_init(&h, NULL, 0, sizeof(key));
	for (i = 0; i < n; i++) {
		path = S_ISDIR(st.st_mode) ? xasprintf("%s/%s", p->validator,
		    names[i]) : xstrdup(p->validator);
		data = pkg_read_file(path, VALIDATOR_BYTES_MAX, &len);
		free(path);
		if (data == NULL)	/* sub-folders and the like */
			continue;
		total += len;
		if (total > VALIDATOR_BYTES_MAX) {
			free(data);
			check_ie(c->res, "validator '%s' is too large",
			    p->validator);
			goto out;
		}
		crypto_generichash_update(&h, (unsigned char *)names[i],
		    strlen(names[i]) + 1);
		crypto_generichash_update(&h, (unsigned char *)data, len);
		vfile_add(v, names[i], data, len, 0);
	}
	if ((lid = validator_lang(names, n, &mainpy)) == NULL) {
		check_ie(c->res, "validator '%s': no .c, .cpp or .py source",
		    p->validator);
		goto out;
	}
	if ((l = lang_find(c->o->langs, lid)) == NULL) {
		check_ie(c->res, "validator needs language '%s', not in the "
		    "language table", lid);
		goto out;
	}
	memset(&lv, 0, sizeof(lv));
	lv.memory_mb = p->validation_memory_mb;
	v->policy = l->policy;
	if (strcmp(lid, "python3") == 0) {
		/* The run template names the language's source file. */
		for (i = 0; i < v->nfiles; i++)
			if (strcmp(v->files[i].name, mainpy) == 0)
				break;
		if (strcmp(mainpy, l->source) != 0 && i < v->nfiles) {
			data = xmalloc(v->files[i].len + 1);
			memcpy(data, v->files[i].data, v->files[i].len);
			vfile_add(v, l->source, data, v->files[i].len, 0);
		}
		v->argv = lang_expand(l->run, &lv);
		rc = 0;
		goto out;
	}
	for (i = 0; i < v->nfiles; i++)
		if (has_suffix(v->files[i].name, strcmp(lid, "c") == 0 ?
		    ".c" : ".cpp") || (strcmp(lid, "cpp") == 0 &&
		    (has_suffix(v->files[i].name, ".cc") ||
		    has_suffix(v->files[i].name, ".cxx")))) {
			srcs = xrealloc(srcs, (ns + 2) * sizeof(*srcs));
			srcs[ns++] = (char *)v->files[i].name;
			srcs[ns] = NULL;
		}
	crypto_generichash_update(&h, (unsigned char *)lid, strlen(lid) + 1);
	for (i = 0; l->compile[i] != NULL; i++)
		crypto_generichash_update(&h, (unsigned char *)l->compile[i],
		    strlen(l->compile[i]) + 1);
	crypto_generichash_final(&h, key, sizeof(key));
	sodium_bin2hex(hex, sizeof(hex), key, sizeof(key));
	if (c->o->cache_dir != NULL) {
		cpath = xasprintf("%s/validators/%s", c->o->cache_dir, hex);
		if ((art = pkg_read_file(cpath, ARTIFACT_MAX, &artlen)) !=
		    NULL)
			goto have;
	}
	switch (check_compile(l, v->files, v->nfiles,
	    (const char *const *)srcs, NULL, c->o->cache_dir, c->res, &art,
	    &artlen, &msg, &wall)) {
	case 0:
		free(msg);
		break;
	case CHECK_CE:
		check_ie(c->res, "the output validator does not compile: "
		    "%.160s", msg);
		free(msg);
		goto out;
	default:
		free(msg);
		goto out;
	}
	if (cpath != NULL) {
		path = xasprintf("%s/validators", c->o->cache_dir);
		if (check_mkdirs(path) == 0)
			check_write_atomic(cpath, art, artlen, 0644);
		free(path);
	}
have:
	/* Only the binary goes into the validator's run boxes. */
	for (i = 0; i < v->nfiles; i++) {
		free((char *)v->files[i].name);
		free((void *)v->files[i].data);
	}
	v->nfiles = 0;
	vfile_add(v, l->artifact, art, artlen, 1);
	v->argv = lang_expand(l->run, &lv);
	rc = 0;
out:
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(srcs);
	free(cpath);
	return rc;
}

/*
 * Run the custom validator on one test: files input/answer, the program
 * output on stdin, feedback in /box.  Returns CHECK_AC, CHECK_WA or
 * CHECK_IE; *fb gets judgemessage.txt (or NULL).
 */
int
check_validator_run(struct cctx *c, const struct pkg_test *t, const char *out,
    size_t outlen, char **fb)
{
	const struct pkg	*p = c->o->pkg;
	struct validator	*v = &c->val;
	struct sbx_file		*files;
	struct sbx_job		 job;
	struct sbx_result	 r;
	static const char *const collect[] = { "judgemessage.txt", NULL };
	char			**argv = NULL, *in, *ans, *flags, *w, *save;
	size_t			  na = 0, i, inlen, anslen;
	int			  rc = CHECK_IE;

	*fb = NULL;
	in = pkg_read_file(t->in_path, INPUT_MAX, &inlen);
	ans = pkg_read_file(t->ans_path, ANSWER_MAX, &anslen);
	if (in == NULL || ans == NULL) {
		check_ie(c->res, "reading test '%s': %s", t->name,
		    strerror(errno));
		free(in);
		free(ans);
		return CHECK_IE;
	}
	files = xcalloc(v->nfiles + 2, sizeof(*files));
	memcpy(files, v->files, v->nfiles * sizeof(*files));
	files[v->nfiles].name = "input";
	files[v->nfiles].data = in;
	files[v->nfiles].len = inlen;
	files[v->nfiles + 1].name = "answer";
	files[v->nfiles + 1].data = ans;
	files[v->nfiles + 1].len = anslen;

	for (i = 0; v->argv[i] != NULL; i++) {
		argv = xrealloc(argv, (na + 2) * sizeof(*argv));
		argv[na++] = xstrdup(v->argv[i]);
	}
	argv = xrealloc(argv, (na + 4) * sizeof(*argv));
	argv[na++] = xstrdup("/box/input");
	argv[na++] = xstrdup("/box/answer");
	argv[na++] = xstrdup("/box/");
	flags = xstrdup(t->flags ? t->flags : "");
	for (w = strtok_r(flags, " \t\r\n", &save); w != NULL;
	    w = strtok_r(NULL, " \t\r\n", &save)) {
		argv = xrealloc(argv, (na + 2) * sizeof(*argv));
		argv[na++] = xstrdup(w);
	}
	free(flags);
	argv[na] = NULL;

	memset(&job, 0, sizeof(job));
	job.argv = (const char *const *)argv;
	job.files = files;
	job.nfiles = v->nfiles + 2;
	job.stdin_fd = -1;
	job.stdin_data = out;
	job.stdin_len = outlen;
	job.collect = collect;
	job.collect_max = FEEDBACK_MAX;
	job.result_fd = -1;
	job.lim.cpu_ms = (uint64_t)p->validation_time * 1000;
	job.lim.memory_kb = (uint64_t)(p->validation_memory_mb > 4096 ? 4096 :
	    p->validation_memory_mb) * 1024;
	job.lim.output_bytes = FEEDBACK_MAX;
	job.lim.stderr_bytes = FEEDBACK_MAX;
	job.lim.fsize_bytes = RUN_FSIZE;
	job.lim.pids = 16;
	job.policy = v->policy;
	memset(&r, 0, sizeof(r));
	if (sbx_run(&job, &r) == -1)
		check_ie(c->res, "sandbox refused the validator job");
	else if (r.status == SBX_IE)
		check_ie(c->res, "sandbox failed running the validator: %s",
		    r.ie_reason);
	else if (r.status == SBX_RE && r.signal == 0 && (r.exit_code == 42 ||
	    r.exit_code == 43)) {
		rc = r.exit_code == 42 ? CHECK_AC : CHECK_WA;
		if (r.nfiles > 0 && r.files[0].data != NULL)
			*fb = check_show(r.files[0].data, r.files[0].len, NULL);
	} else
		check_ie(c->res, "output validator on '%s': %s (exit %d, "
		    "signal %d): %.120s", t->name, sbx_status_names[r.status],
		    r.exit_code, r.signal, r.err ? r.err : "");
	sbx_result_free(&r);
	lang_argv_free(argv);
	free(files);
	free(in);
	free(ans);
	return rc;
}
