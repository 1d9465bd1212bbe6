/* check.h: judge one source against one problem package (no database). */
#ifndef VERDICT_CHECK_H
#define VERDICT_CHECK_H

#include <stddef.h>
#include <stdint.h>

#include "lang.h"
#include "pkg.h"

struct json_object;

/*
 * check_run is the whole judging of one submission: compile in the
 * sandbox, run the tests in order in fresh boxes, validate, stop at the
 * first failure.  `verdict-judge check` prints its result; the queue daemon
 * and the importer call it in-process (sbx_init must have run first).
 *
 * Verdicts follow ../shared/DESIGN.md; CHECK_NR marks tests not run after
 * the first failure (or after a CE / IE).
 *
 * Function problems (kind: function, see sig.h) run every selected test in
 * one box through the language's driver; the time limit then bounds the
 * whole run, per-test times are 0, and a run cut short is charged to the
 * test it was in.  Sample tests' "output" is the returned value.
 */
enum check_verdict {
	CHECK_AC,
	CHECK_WA,
	CHECK_TLE,
	CHECK_MLE,
	CHECK_RE,
	CHECK_OLE,
	CHECK_CE,
	CHECK_IE,
	CHECK_NR,	/* not run */
	CHECK__MAX
};
extern const char *const check_verdict_names[CHECK__MAX];

struct check_opts {
	const struct pkg	*pkg;		/* loaded package */
	const struct lang	*lang;		/* submission language */
	const struct lang_table	*langs;		/* to build custom validators
						   (ids c, cpp, python3) */
	const char		*source;	/* source bytes */
	size_t			 source_len;
	const char		*source_name;	/* submitted file name (Java
						   class rule), or NULL */
	const char		*cache_dir;	/* PCH and validator builds;
						   NULL: no cache, no PCH */
	int			 samples_only;	/* "Run": data/sample only */
	int			 keep_going;	/* run every test even after a
						   failure (problem setters) */
	const char		*custom_input;	/* non-NULL: run once on this
						   stdin, no validation: one
						   test "custom" whose output
						   is kept (stdio problems) */
	size_t			 custom_input_len;
};

#define CHECK_SHOW_MAX		4096	/* output/stderr kept per test */
#define CHECK_COMPILE_MAX	65536	/* compiler message kept */

struct check_test {
	const char		*name;		/* borrowed from the pkg */
	int			 is_sample;
	enum check_verdict	 verdict;
	uint64_t		 time_ms;	/* CPU */
	uint64_t		 wall_ms;
	uint64_t		 memory_kb;	/* peak */
	int			 exit_code;	/* -1: not exited */
	int			 signal;	/* 0: no signal */
	char			*output;	/* samples, first failure:
						   stdout, capped; else NULL */
	int			 output_truncated;
	char			*stderr_text;	/* same rule, capped */
	char			*judge_message;	/* why it failed (validator
						   message, signal, limit);
						   NULL when AC */
};

struct check_result {
	enum check_verdict	 verdict;
	uint64_t		 time_ms;	/* max over the tests run */
	uint64_t		 memory_kb;	/* max over the tests run */
	size_t			 passed;
	size_t			 ntests;
	struct check_test	*tests;		/* ntests, package order */
	char			*compile_output; /* never NULL after */
	char			*judge_message;	/* first failure, for setters */
	long			 failed_test;	/* index or -1 */
	uint64_t		 compile_ms;	/* compile wall time */
	int			 compile_cached; /* artifact from the cache */
	char			*stdout_text;	/* function problems: the
						   user's prints, or NULL */
	char			 ie_reason[256]; /* CHECK_IE: why */
};

/*
 * check_run: judge o->source; fills res (explicit lifetime: free it with
 * check_result_free).  Returns 0 when a verdict was reached, IE included
 * (res->ie_reason says why, and it was logged), or -1 for a caller error
 * (missing options), with nothing to free.
 */
int	check_run(const struct check_opts *o, struct check_result *res);
void	check_result_free(struct check_result *);

/*
 * check_result_json: the result as one JSON object, the shape of issue 3:
 *	{"verdict", "time_ms", "memory_kb", "passed", "total",
 *	 "tests": [{"name", "verdict", "time_ms", "memory_kb",
 *	            optional "sample", "wall_ms", "exit_code", "signal",
 *	            "output", "output_truncated", "stderr", "judge_message"}],
 *	 "compile_output", "compile_ms", optional "compile_cached",
 *	 "judge_message",
 *	 "stdout", "ie_reason"}
 * "output" and "stderr" appear for sample tests and for the first failing
 * test: the latter may echo secret input, so the web tier shows it to
 * problem setters only.  Returns a new reference.
 */
struct json_object *check_result_json(const struct check_result *);

/*
 * check_default_cache_dir: $VERDICT_CACHE, else "cache" next to the
 * executable when it runs from a build tree (build/verdict-judge), else
 * /var/cache/verdict-judge.  Returns a malloc'd path.
 */
char	*check_default_cache_dir(void);

#endif
