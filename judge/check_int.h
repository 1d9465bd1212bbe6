/* check_int.h: internals shared by check.c, check_val.c and check_fn.c. */
#ifndef VERDICT_CHECK_INT_H
#define VERDICT_CHECK_INT_H

/*
 * Not an API: check.h is.  check.c holds the flow (compile, tests, JSON),
 * check_val.c the custom output validators, check_fn.c function problems.
 */
#include <sys/types.h>

#include <stddef.h>
#include <stdint.h>

#include "check.h"
#include "sandbox.h"

#define COMPILE_CPU_MS		10000
#define COMPILE_WALL_MS		20000
#define COMPILE_MEMORY_KB	(1024 * 1024)
#define COMPILE_FSIZE		(256u << 20)
#define COMPILE_PIDS		64
#define ARTIFACT_MAX		(64u << 20)
#define RUN_FSIZE		(64u << 20)
#define RUN_STDERR_MAX		(64u << 10)
#define ANSWER_MAX		(1u << 30)
#define INPUT_MAX		(1u << 30)
#define VALIDATOR_FILES_MAX	64
#define VALIDATOR_BYTES_MAX	(16u << 20)
#define FEEDBACK_MAX		4096
#define PCH_BOX_DIR		"/pch"
#define ARTIFACT_CACHE_ENTRY	(16u << 20)	/* largest cached artifact */
#define ARTIFACT_CACHE_BYTES	((off_t)256 << 20)	/* whole cache */
#define ARTIFACT_CACHE_FILES	2048
#define RESULT_MAX		(64u << 20)	/* function result channel */

/* A compiled custom validator, ready to run. */
struct validator {
	struct sbx_file	*files;		/* owned names and data */
	size_t		 nfiles;
	char		**argv;		/* run argv, then the protocol args */
	enum sbx_policy	 policy;
};

/* Per-check state (explicit lifetime: one check_run call). */
struct cctx {
	const struct check_opts	*o;
	struct check_result	*res;
	char			 class_buf[72];
	const char		*class_name;
	char			*source_box;	/* source name in the box */
	char			*artifact;	/* compiled program, or NULL */
	size_t			 artifact_len;
	char			**run_argv;
	struct sbx_limits	 lim;
	struct sbx_bind		*binds;		/* for the runs */
	size_t			 nbinds;
	struct validator	 val;
	int			 has_val;
};

/* check_ie: mark the check IE with a reason (logged once, here). */
void	check_ie(struct check_result *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* check_show: at most CHECK_SHOW_MAX bytes of s as a new string. */
char	*check_show(const char *s, size_t len, int *truncated);
/* check_mkdirs: mkdir -p (mode 0755); 0 or -1 with errno. */
int	 check_mkdirs(const char *);
/* check_write_atomic: write a file through a temporary and rename(2), so
 * concurrent judges never read half a cache entry; 0 or -1. */
int	 check_write_atomic(const char *, const void *, size_t, mode_t);
/* check_binds: the language's read-only binds plus the PCH folder. */
struct sbx_bind *check_binds(const struct lang *, const char *pch, size_t *);
/*
 * check_compile: compile files in a box; 0 with the artifact in *art (or
 * NULL), CHECK_CE with the message in *msg, or CHECK_IE (reason set).
 */
int	 check_compile(const struct lang *, const struct sbx_file *, size_t,
	    const char *const *sources, const char *class_name,
	    const char *cache, struct check_result *, char **art,
	    size_t *artlen, char **msg, uint64_t *wall);
/* check_map_status: a run's verdict from the sandbox status (RE that the
 * runtime reports as out of memory is MLE); AC means "ran cleanly". */
/*
 * check_compile_cached: check_compile through the compiled-submission cache
 * (<cache>/artifacts/<hash of everything the compile depends on>): a Run
 * then a Submit of the same code, or a rejudge, compiles once.  *hit is
 * set on a cache hit (then *wall is 0).
 */
int	 check_compile_cached(const struct lang *, const struct sbx_file *,
	    size_t, const char *const *sources, const char *class_name,
	    const char *cache, struct check_result *, char **art,
	    size_t *artlen, char **msg, uint64_t *wall, int *hit);
enum check_verdict check_map_status(const struct lang *,
	    const struct sbx_result *);
/* check_status_message: why a run failed, for judge_message (malloc'd),
 * or NULL when it did not. */
char	*check_status_message(const struct cctx *, const struct sbx_result *,
	    enum check_verdict);

/* check_validator_build: compile the package's custom validator into
 * c->val (cached); 0, or CHECK_IE with the reason set. */
int	 check_validator_build(struct cctx *);
/* check_validator_run: validate one output; CHECK_AC, CHECK_WA (with
 * judgemessage.txt in *feedback, malloc'd or NULL) or CHECK_IE. */
int	 check_validator_run(struct cctx *, const struct pkg_test *,
	    const char *out, size_t outlen, char **feedback);
void	 check_validator_clear(struct validator *);

/* check_function: judge a function problem (kind: function) into c->res;
 * verdicts, IE included, are recorded there. */
void	 check_function(struct cctx *);

#endif
