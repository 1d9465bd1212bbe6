/* lang.h: the language table (judge/languages.conf), loaded at run time. */
#ifndef VERDICT_LANG_H
#define VERDICT_LANG_H

#include <stddef.h>

#include "sandbox.h"

/*
 * An admin adds a language by adding a section to languages.conf; nothing is
 * compiled in.  The format (see the comment at the top of languages.conf):
 *
 *	[id]
 *	key = value
 *
 * Command values are split into argv like a shell would split words (single
 * and double quotes, backslash escapes inside double quotes), then each word
 * is expanded with these placeholders:
 *	{source}	the source file names in the box (one word each)
 *	{class}		the Java main class (from the file name, or Main)
 *	{memory_mb}	the problem's memory limit in MiB
 *	{heap_mb}	memory_mb - heap_margin_mb (at least 16)
 *	{pch_dir}	the precompiled-header folder in the box; a word that
 *			uses it is dropped when no PCH is available
 *	{input} {output}	(pch only) the wrapper header and the .gch
 */
struct lang {
	char		 *id;		/* section name: "cpp" */
	char		 *name;		/* "C++17 (g++ 12)" */
	char		**exts;		/* NULL-terminated: ".cc", ".cpp" */
	char		 *source;	/* box file name; may use {class} */
	char		**compile;	/* argv template or NULL */
	char		 *artifact;	/* collected after compile, or NULL:
					   then the run box gets the source */
	char		**run;		/* argv template */
	char		**version;	/* argv printing the version, or NULL */
	char		**requires;	/* absolute paths that must exist */
	char		**binds;	/* host folders bound read-only at the
					   same path in compile and run boxes */
	char		 *pch_header;	/* e.g. "bits/stdc++.h" or NULL */
	char		**pch;		/* argv template building the .gch */
	enum sbx_policy	  policy;	/* run policy */
	double		  time_mult;	/* time limit multiplier */
	unsigned	  memory_extra_mb;	/* added to the cgroup limit */
	unsigned	  heap_margin_mb;	/* for {heap_mb} */
	unsigned	  pids;		/* pids.max for runs */
	int		  java_class;	/* source name comes from {class} */
};

struct lang_table {
	struct lang	*v;
	size_t		 n;
	char		*path;		/* the file it was loaded from */
};

/* Expansion values for lang_expand. */
struct lang_vars {
	const char *const	*sources;	/* NULL-terminated */
	const char		*class_name;
	unsigned		 memory_mb;
	unsigned		 heap_margin_mb;
	const char		*pch_dir;	/* NULL: no PCH */
	const char		*input;
	const char		*output;
};

/*
 * lang_table_load: parse path into t (process lifetime; lang_table_free
 * releases it).  Returns 0, or -1 with "path:line: reason" in err.
 */
int	lang_table_load(struct lang_table *t, const char *path, char *err,
	    size_t errlen);
void	lang_table_free(struct lang_table *);

/*
 * lang_default_path: the languages.conf to use when no -L was given:
 * $VERDICT_LANGUAGES, else languages.conf next to the executable, else
 * ../judge/languages.conf from it (a build tree), else
 * /etc/verdict/languages.conf.  Returns a malloc'd path (caller frees), or
 * NULL when none exists.
 */
char	*lang_default_path(void);

/* lang_find: by id; NULL when unknown. */
const struct lang *lang_find(const struct lang_table *, const char *id);
/* lang_by_filename: by the extension of a file name; NULL when unknown. */
const struct lang *lang_by_filename(const struct lang_table *,
	    const char *name);

/*
 * lang_available: 1 when every required path (and argv[0] of compile and
 * run) exists and is executable, else 0 with the missing one in why.
 */
int	lang_available(const struct lang *, char *why, size_t whylen);

/*
 * lang_java_class: the Kattis rule: the base name of the source file when
 * it is a plain identifier ([A-Za-z_][A-Za-z0-9_]*, at most 64 bytes), else
 * "Main".  Returns a pointer into buf (size >= 65).
 */
const char *lang_java_class(const char *filename, char *buf, size_t len);

/*
 * lang_expand: expand an argv template; returns a malloc'd NULL-terminated
 * argv (free with lang_argv_free), or NULL for a NULL template.
 */
char	**lang_expand(char *const *tmpl, const struct lang_vars *);
/* lang_source_name: the source file name in the box (malloc'd). */
char	 *lang_source_name(const struct lang *, const char *class_name);
void	  lang_argv_free(char **);

/*
 * lang_version: run the language's version command natively (a trusted
 * toolchain binary with fixed arguments, never user input) and return the
 * first non-empty line it prints on stdout or stderr, malloc'd; NULL when
 * there is no version command or it fails or takes over 5 seconds.
 */
char	*lang_version(const struct lang *);

/* lang_policy_parse: "compile", "run", "jvm", "node"; -1 when unknown. */
int	lang_policy_parse(const char *);

#endif
