/* sig.h: function-signature problems: typed signatures, stubs, drivers, checks. */
#ifndef VERDICT_SIG_H
#define VERDICT_SIG_H

#include <stddef.h>

struct json_object;

/*
 * A function problem declares one typed signature in problem.yaml; from it
 * this module makes, for each language, the code stub shown in the editor
 * and the driver compiled or run with the user's source.  One test set
 * serves every language:
 *
 *   .in   the arguments, one JSON value per line (design problems: two
 *         lines, the LeetCode pair ["Cls","op",...] and [[ctor args],[op
 *         args],...]);
 *   .ans  the expected result as one JSON value (design problems: an array
 *         with null for the constructor and for void methods).
 *
 * Flow for one submission (check.c):
 *
 *   sig_parse(problem.yaml's signature)       once per problem
 *   sig_build(sig, lang, source)  -> files     compile files[] as the
 *                                               language table says, with
 *                                               main as "the source"
 *   sig_frame_tests(tests)        -> stdin     all tests, one run
 *   sbx_run(result_fd = SIG_RESULT_FD)
 *   sig_results_parse(res_out)    -> one line per finished test
 *   sig_compare(expected .ans, result)          per test
 *
 * The driver reads every test from stdin before calling user code, then
 * for each test in order writes one line on SIG_RESULT_FD (see "Result
 * channel" below) and flushes it, so a run cut short by TLE, MLE or a crash
 * still tells which test it was in: that is test number nresults + 1.  The
 * user's own prints go to stdout, untouched (show them capped as "Stdout").
 * The driver stops after the first test that raised.
 */

#define SIG_RESULT_FD	3		/* sbx_job.result_fd */
#define SIG_NAME_MAX	64		/* identifiers in a signature */
#define SIG_PARAMS_MAX	16
#define SIG_METHODS_MAX	64

enum sig_base {
	SIG_T_INT,		/* 32-bit signed */
	SIG_T_LONG,		/* 64-bit signed */
	SIG_T_DOUBLE,
	SIG_T_BOOL,
	SIG_T_STRING,		/* UTF-8, no NUL */
	SIG_T_CHAR,		/* one ASCII character, as a JSON string */
	SIG_T_LIST,		/* ListNode: JSON array of int */
	SIG_T_TREE,		/* TreeNode: level order, null for no child */
	SIG_T_VOID,		/* results: in-place parameter or design void */
	SIG_T__MAX
};
extern const char *const sig_base_names[SIG_T__MAX];

struct sig_type {
	enum sig_base	 base;
	int		 dim;		/* 0 scalar, 1 "T[]", 2 "T[][]" */
};

struct sig_param {
	char		*name;
	struct sig_type	 type;
};

/* A function, a design method, or a design constructor (ret void). */
struct sig_method {
	char		*name;
	struct sig_param *params;
	size_t		 nparams;
	struct sig_type	 ret;
	int		 inplace;	/* index of the in-place param, or -1 */
};

enum sig_kind {
	SIG_FUNCTION,		/* class Solution { f(...) } */
	SIG_DESIGN		/* class X { X(...); methods... } */
};

enum sig_cmp {
	SIG_CMP_EXACT,		/* structural equality */
	SIG_CMP_UNORDERED,	/* the top-level array in any order */
	SIG_CMP_UNORDERED_DEEP,	/* arrays at every level in any order */
	SIG_CMP_FLOAT,		/* numbers within eps, absolute or relative */
	SIG_CMP__MAX
};

struct sig {
	enum sig_kind	 kind;
	enum sig_cmp	 cmp;
	double		 eps;		/* SIG_CMP_FLOAT */
	struct sig_method fn;		/* SIG_FUNCTION */
	char		*cls;		/* SIG_DESIGN: class name */
	struct sig_method ctor;		/* SIG_DESIGN: name == cls */
	struct sig_method *methods;	/* SIG_DESIGN */
	size_t		 nmethods;
};

/*
 * sig_parse: read a signature from problem.yaml's `signature:` block (as
 * json-c, borrowed).  Function problems:
 *
 *   {function: twoSum, params: [{name: nums, type: "int[]"}, ...],
 *    returns: "int[]", compare: exact}
 *   returns: void with inplace: <param name> makes that parameter's final
 *   value the result.
 *
 * Design problems:
 *
 *   {class: LRUCache, constructor: [{name: capacity, type: int}],
 *    methods: [{function: get, params: [...], returns: int}, ...]}
 *
 * compare: exact (default), unordered, unordered:deep, float:EPS.  Types:
 * int long double bool string char, T[] of each, int[][] char[][]
 * string[][], ListNode, TreeNode.  Unknown keys are errors.  Returns 0 and
 * *out (free with sig_free), or -1 with a one-line reason in err.
 */
int	 sig_parse(struct json_object *, struct sig **out, char *err,
	    size_t errlen);
void	 sig_free(struct sig *);
/* sig_type_name: "int[]", "ListNode"...; static storage for dim <= 2. */
const char *sig_type_name(struct sig_type);

/*
 * sig_validate_test: check that one test's .in (argument lines) and .ans
 * (expected value) match the signature: line count, JSON syntax, types,
 * int ranges, valid UTF-8, well-formed trees, design operation names and
 * argument counts.  ans may be NULL to check the input only.  Returns 0, or
 * -1 with the reason in err (the importer refuses the package).
 */
int	 sig_validate_test(const struct sig *, const char *in, size_t inlen,
	    const char *ans, size_t anslen, char *err, size_t errlen);

/* Language ids, as in the language table. */
#define SIG_LANG_IDS	"c, cpp, python3, java, javascript"

/*
 * sig_stub: the code shown in the editor for lang, in that language's
 * LeetCode idiom.  Returns malloc'd text (caller frees) or NULL for an
 * unknown language.
 */
char	*sig_stub(const struct sig *, const char *lang);

#define SIG_FILES_MAX	6

struct sig_file {
	char		*name;		/* plain name in /box */
	char		*data;
	size_t		 len;
};

/*
 * What goes in the box for one submission.  main is the name of the file
 * the language table's compile/run commands take as the source:
 *   c           main.c     (one file: prelude with ListNode/TreeNode,
 *                           #line 1 "solution.c", the user's code, #line
 *                           back to main.c, the driver and the expected
 *                           prototype; errors in user code read
 *                           solution.c:LINE, a mismatched signature is a
 *                           "conflicting types" error showing the
 *                           prototype)
 *   cpp         main.cpp   (same with solution.cpp, gnu++17, prelude
 *                           #include <bits/stdc++.h> and using namespace
 *                           std; a wrong return type fails a
 *                           static_assert "f must return T")
 *   python3     main.py    + solution.py (the user's code, exec'd by the
 *                           driver with List/Optional/ListNode... defined)
 *   java        Main.java  + Solution.java (or <Class>.java for design),
 *                           ListNode.java, TreeNode.java; javac Main.java
 *                           compiles the rest (compile with -encoding UTF-8)
 *   javascript  main.js    + solution.js (the user's code, then one line
 *                           of exports appended)
 */
struct sig_files {
	struct sig_file	 files[SIG_FILES_MAX];
	size_t		 nfiles;
	const char	*main;		/* one of files[].name */
};

/*
 * sig_build: make the files for running user_src (len bytes) in lang.
 * Returns 0, or -1 for an unknown language (err set).  Free with
 * sig_files_free.
 */
int	 sig_build(const struct sig *, const char *lang, const char *user_src,
	    size_t len, struct sig_files *out, char *err, size_t errlen);
void	 sig_files_free(struct sig_files *);

/* One test's argument text, the .in file's contents. */
struct sig_test {
	const char	*in;
	size_t		 len;
};

/*
 * sig_frame_tests: the driver's stdin for ntests tests: the count on the
 * first line, then each test's values re-serialized compactly, one per
 * line.  Returns malloc'd text (*lenp bytes, NUL-ended; caller frees) or
 * NULL with err set when a test is malformed (sig_validate_test would have
 * refused it).
 */
char	*sig_frame_tests(const struct sig *, const struct sig_test *,
	    size_t ntests, size_t *lenp, char *err, size_t errlen);

/*
 * Result channel: the driver writes, per test, exactly one line on fd
 * SIG_RESULT_FD:
 *   ok <canonical JSON value>      the function returned (design: the
 *                                  array of every call's result)
 *   re <JSON string>               the user's code raised; the message
 *                                  holds the exception, the user's source
 *                                  lines (solution.py:12 ...), capped
 *   ce <JSON string>               once, before any test: the source does
 *                                  not fit the signature (Python/JS/Java
 *                                  found no such function, a wrong
 *                                  parameter count or type, a syntax error)
 * A driver that finished prints nothing else there.  Map: fewer lines than
 * tests and the run ended OK -> RE ("exited during test k"); an re line ->
 * RE on that test; a ce line -> CE.
 */
enum sig_rstatus {
	SIG_R_OK,
	SIG_R_RE,
	SIG_R_CE,
	SIG_R__MAX
};

struct sig_result {
	enum sig_rstatus status;
	char		*text;		/* OK: JSON text; RE/CE: the message */
	size_t		 len;
};

struct sig_results {
	struct sig_result *v;
	size_t		 n;
};

/*
 * sig_results_parse: split the result channel's bytes into results.  A
 * trailing partial line (a run cut off while writing) is dropped.  Returns
 * 0, or -1 (err set) when a line is not of the forms above: the user's code
 * wrote on the channel itself, which check.c reports as RE.  Free with
 * sig_results_free.
 */
int	 sig_results_parse(const char *buf, size_t len, struct sig_results *,
	    char *err, size_t errlen);
void	 sig_results_free(struct sig_results *);

/*
 * sig_compare: compare a result with the expected .ans by the signature's
 * compare mode.  Returns 0 when they match; 1 when they do not, with msg
 * saying where ("at [3]: expected 5, got 4"); -1 when the expected text is
 * not JSON (the package's fault).  A got that is not JSON is a mismatch.
 */
int	 sig_compare(const struct sig *, const char *expected,
	    const char *got, char *msg, size_t msglen);

/*
 * sig_describe_input: a test's arguments for people, LeetCode style:
 * "nums = [2,7,11,15], target = 9" (design: the two lines as they are),
 * at most max bytes ("..." when cut).  Returns malloc'd text.
 */
char	*sig_describe_input(const struct sig *, const char *in, size_t len,
	    size_t max);

/*
 * The driver sources (the files in judge/harness/) embedded by scripts/embed-harness
 * into sig_harness.c; the table ends with a NULL name.  sig_harness_get
 * returns one by file name, or NULL.
 */
struct sig_harness {
	const char	*name;
	const char	*data;
	size_t		 len;
};
extern const struct sig_harness sig_harness_files[];
const char	*sig_harness_get(const char *name, size_t *lenp);

#endif
