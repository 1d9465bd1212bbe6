/* pkg.h: reading a Kattis (legacy format) problem package from a folder. */
#ifndef VERDICT_PKG_H
#define VERDICT_PKG_H

#include <stddef.h>

#include <json-c/json.h>

#include "validate.h"

/*
 * What a package looks like (../shared/DESIGN.md, "Problem packages"):
 *
 *	problem.yaml		name, limits, validation, validator_flags; ours:
 *				difficulty, tags, kind, signature
 *	.timelimit		time limit in seconds (written by Kattis tools)
 *	problem_statement/	problem.md (or problem.<lang>.md, problem.tex)
 *	data/sample/, data/secret/	.in/.ans pairs, nested groups allowed,
 *				each folder in lexicographic (byte) order,
 *				files and subgroups interleaved by name;
 *				a group's testdata.yaml may set
 *				output_validator_flags for the tests below it
 *	output_validators/<name>/	custom validator (C, C++, Python)
 *
 * Every error names the problem and the file: "problem 'sum': data/secret/
 * 3.in has no matching .ans".
 */

enum pkg_difficulty {
	PKG_DIFF_NONE,		/* not given (plain Kattis packages) */
	PKG_DIFF_EASY,
	PKG_DIFF_MEDIUM,
	PKG_DIFF_HARD,
	PKG_DIFF__MAX
};
extern const char *const pkg_difficulty_names[PKG_DIFF__MAX];

enum pkg_kind {
	PKG_KIND_STDIO,
	PKG_KIND_FUNCTION,
	PKG_KIND__MAX
};
extern const char *const pkg_kind_names[PKG_KIND__MAX];

enum pkg_validation {
	PKG_VALIDATION_DEFAULT,
	PKG_VALIDATION_CUSTOM,
	PKG_VALIDATION__MAX
};

struct pkg_test {
	char		*name;		/* "sample/1", "secret/g1/03" */
	char		*in_path;	/* absolute or relative to cwd */
	char		*ans_path;
	int		 is_sample;
	const char	*flags;		/* validator flags for this test
					   (borrowed from the pkg) */
	struct validate_flags vflags;	/* flags parsed (default validation) */
};

struct pkg {
	char			*dir;		/* as given */
	char			*slug;		/* base name of dir */
	char			*name;		/* problem.yaml name, or slug */
	char			*statement;	/* path of the statement file */
	enum pkg_difficulty	 difficulty;
	enum pkg_kind		 kind;
	char			**tags;		/* NULL-terminated */
	size_t			 ntags;
	double			 time_limit;	/* seconds */
	int			 time_limit_given; /* .timelimit or limits */
	double			 time_multiplier;	/* limits, default 5 */
	double			 time_safety_margin;	/* limits, default 2 */
	unsigned		 memory_mb;	/* limits.memory (2048) */
	unsigned		 output_mb;	/* limits.output, default 8 */
	unsigned		 validation_time;	/* s, default 60 */
	unsigned		 validation_memory_mb;	/* default 2048 */
	enum pkg_validation	 validation;
	char			*validator_flags;	/* never NULL */
	char			*validator;	/* custom: the validator folder
						   or single file, else NULL */
	struct json_object	*yaml;		/* problem.yaml (owned) */
	struct json_object	*signature;	/* borrowed from yaml or NULL */
	struct pkg_test		*tests;		/* samples first, then secret */
	size_t			 ntests;
	size_t			 nsamples;
	char			**strings;	/* owned group flag strings */
	size_t			 nstrings;
};

/* Default time limit (seconds) when neither .timelimit nor limits give one. */
#define PKG_DEFAULT_TIME_LIMIT	1.0

/*
 * pkg_load: read the package in dir into p (explicit lifetime: pkg_free).
 * Returns 0, or -1 with a message naming the problem and the file in err
 * (p is then empty and needs no pkg_free).
 */
int	pkg_load(struct pkg *p, const char *dir, char *err, size_t errlen);
void	pkg_free(struct pkg *);

/*
 * pkg_yaml_to_json: convert one YAML document to json-c (YAML 1.2 core
 * schema for plain scalars: null, booleans, integers, floats; quoted
 * scalars are strings; aliases expand, bounded to 100 000 nodes and depth
 * 64; duplicate keys and non-scalar keys are errors).  An empty document
 * gives an empty object.  Returns a new reference (json_object_put it), or
 * NULL with "line L column C: reason" in err.  Since JSON null is NULL in
 * json-c, check err[0] to tell a "null" document from a failure: on
 * failure err is non-empty.
 */
struct json_object *pkg_yaml_to_json(const char *text, size_t len, char *err,
	    size_t errlen);

/*
 * pkg_read_file: read a regular file of at most max bytes into a malloc'd
 * NUL-terminated buffer (*lenp set).  Returns NULL with errno set (EFBIG
 * when too large).
 */
char	*pkg_read_file(const char *path, size_t max, size_t *lenp);

#endif
