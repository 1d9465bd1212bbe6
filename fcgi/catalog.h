/* catalog.h: each worker's snapshot of the problem catalogue and pages. */
#ifndef VERDICT_CATALOG_H
#define VERDICT_CATALOG_H

#include <stddef.h>
#include <time.h>

#include "arena.h"
#include "req.h"

struct json_object;

/*
 * Design.  The problem list and its API must stay fast with thousands of
 * problems, and a single indexed query per request already halves what
 * nginx + FastCGI can serve on this hardware (FLOORS.md).  So each worker
 * keeps a snapshot of every visible problem (slug, title, difficulty,
 * kind, tags, counters, current version), loaded in two queries, and
 * answers filters and keyset pages from memory.  Every CAT_TTL_MS the
 * worker asks for a fingerprint of the catalogue (one query, checksums
 * computed by the server): when the problems or their tags changed it
 * loads a new snapshot, when only the submission counters did it updates
 * them in place, and otherwise it keeps what it has.  So an import, a
 * hidden problem or new acceptance figures show within CAT_TTL_MS, and
 * the costly rebuild happens only when something other than counters
 * changed.  When the database is down the last snapshot keeps being
 * served (and a check is tried again at most every CAT_RETRY_MS).
 *
 * Problem versions are immutable (one row per content hash), so the
 * details of a version (statement, limits, stubs, samples) are cached by
 * version id without expiry, within CAT_DETAIL_BUDGET bytes; the snapshot
 * says which version is current.
 *
 * Lifetimes: process (the snapshot and the detail cache belong to the
 * worker).  Pointers handed out stay valid until the next cat_get() or
 * cat_detail() call, i.e. for the rest of the request that obtained them.
 */

#define CAT_TTL_MS		2000
#define CAT_RETRY_MS		1000
#define CAT_DETAIL_BUDGET	(32u * 1024 * 1024)
#define CAT_PAGE_MAX		100	/* largest page (API limit) */
#define CAT_Q_MAX		100	/* longest search string, bytes */
#define CAT_TAG_MAX		40	/* longest tag (problem_tags) */

enum difficulty {
	DIFF_EASY,
	DIFF_MEDIUM,
	DIFF_HARD,
	DIFF__MAX
};
/* "easy", ...; and "Easy", ... for pages. */
extern const char *const difficulty_names[DIFF__MAX];
extern const char *const difficulty_labels[DIFF__MAX];
/* difficulty_parse: DIFF_* for "easy"/"medium"/"hard", else -1. */
int	difficulty_parse(const char *);

struct cat_problem {
	long long		 id;
	long long		 version_id;	/* current version */
	const char		*slug;
	const char		*title;
	const char		*title_lc;	/* ASCII lower case */
	enum difficulty		 difficulty;
	int			 is_function;	/* else stdio */
	unsigned long		 submissions;
	unsigned long		 accepted;
	unsigned		*tag_ids;	/* indexes into catalog.tags */
	size_t			 ntags;
	char			*row_html;	/* its list row but the
					   status cell (owned, redone
					   with new counters) */
	size_t			 row_len;
	struct json_object	*json;		/* the API list item */
};

struct cat_tag {
	const char	*name;
	size_t		 count;		/* problems carrying it */
};

struct catalog {
	struct cat_problem	*v;		/* by id */
	size_t			 n;
	size_t			 alloc;
	struct cat_problem	**by_slug;	/* sorted by slug */
	struct cat_tag		*tags;		/* sorted by name */
	size_t			 ntags;
	size_t			 atags;
	size_t			 counts[DIFF__MAX];
	struct arena		 mem;		/* strings, arrays */
	struct timespec		 checked;	/* CLOCK_MONOTONIC */
	unsigned long		 gen;		/* changes with any
					   change, counters too */
	char			*fp_struct;	/* fingerprints it was */
	char			*fp_counts;	/* loaded with (owned) */
	int			 built;		/* cat_finish done */
};

/*
 * Building a snapshot (the loader does this from the database; the unit
 * tests do it by hand).  cat_new: an empty catalogue.  cat_add: append a
 * problem; ids must increase.  cat_add_tag: give problem id a tag (ids
 * in any order; unknown ids are ignored).  cat_finish: sort, index and
 * pre-render; after it the catalogue is read-only.  cat_free: release it
 * (NULL is fine).  Out of memory aborts (xmalloc).
 */
struct catalog	*cat_new(void);
void		 cat_add(struct catalog *, long long id,
		    long long version_id, const char *slug, const char *title,
		    enum difficulty,
		    int is_function, unsigned long submissions,
		    unsigned long accepted);
void		 cat_add_tag(struct catalog *, long long id,
		    const char *tag);
void		 cat_finish(struct catalog *);
void		 cat_free(struct catalog *);
/*
 * cat_set_counts: new submission counters for problem id of a finished
 * catalogue; its list row and API item follow.  Returns 1 when they
 * changed, 0 when not (or the id is unknown).
 */
int		 cat_set_counts(struct catalog *, long long id,
		    unsigned long submissions, unsigned long accepted);

/*
 * cat_get: the worker's snapshot, loaded or reloaded when older than
 * CAT_TTL_MS.  NULL when there is none at all, with the error status in
 * *status (503 when the database is unreachable) and noted in r.
 */
const struct catalog	*cat_get(struct req *r, int *status);
/*
 * cat_lookup: the visible problem with this slug and its snapshot (*cp),
 * or NULL with the error status in *status (404, or 503).  A slug the
 * snapshot does not know is checked in the database once (it may have
 * been imported since the snapshot was taken; then the snapshot is
 * reloaded).  Call it instead of cat_get, not after it.
 */
const struct cat_problem *cat_lookup(struct req *r, const char *slug,
		    const struct catalog **cp, int *status);
/* cat_find: binary search by slug in c, NULL when absent. */
const struct cat_problem *cat_find(const struct catalog *c, const char *slug);
/* cat_tag_find: index of tag in c->tags, or -1. */
int		 cat_tag_find(const struct catalog *c, const char *tag);
/* cat_tag_name: the name of p's i-th tag. */
const char	*cat_tag_name(const struct catalog *c,
		    const struct cat_problem *p, size_t i);

/*
 * A filtered keyset page.  Problems are ordered by id; a page starts
 * after the id in after, or ends before the id in before (the previous
 * page), or starts at the beginning when both are 0.
 */
#define CAT_TAG_ANY	-1
#define CAT_TAG_NONE	-2	/* an unknown tag: matches nothing */

struct cat_query {
	int		 difficulty;	/* DIFF_* or -1 for any */
	int		 tag;		/* in tags, or CAT_TAG_* */
	const char	*q;		/* lower-case search or NULL */
	long long	 after;
	long long	 before;
	size_t		 limit;		/* 1 .. CAT_PAGE_MAX */
};

struct cat_page {
	const struct cat_problem **v;	/* in the request arena */
	size_t			 n;
	size_t			 total;	/* all the matches */
	size_t			 first;	/* place of v[0] */
	int			 has_prev;
	int			 has_next;
};

/*
 * cat_select: the page of c that q asks for, its entries allocated in a.
 * Returns 0, or -1 when the arena is full.
 */
int		 cat_select(const struct catalog *c,
		    const struct cat_query *q, struct arena *a,
		    struct cat_page *out);
/*
 * cat_query_parse: the filters in r's query string (difficulty, tag, q)
 * into *q for c, every other field zeroed (limit CAT_PAGE_DEFAULT).
 * Empty values mean "any".  Returns 0, or 400 noted in r for a value that
 * cannot be one (an unknown difficulty, a tag or search too long or not
 * UTF-8); an unknown tag is valid and matches nothing.
 */
#define CAT_PAGE_DEFAULT	50
int		 cat_query_parse(struct req *r, const struct catalog *c,
		    struct cat_query *q);
/*
 * cat_search_norm: s trimmed and ASCII-lowercased into a (NULL when
 * empty or a is full), the form cat_query.q wants.
 */
char		*cat_search_norm(struct arena *a, const char *s);
/* cat_acceptance: accepted / submissions in percent, or -1 when none. */
double		 cat_acceptance(const struct cat_problem *p);

/* The languages the site offers, in the order of the selector. */
struct web_lang {
	const char	*id;		/* judge/languages.conf section */
	const char	*name;
	const char	*monaco;	/* Monaco's language id */
	const char	*template;	/* stdio problems: reads stdin */
};
extern const struct web_lang	web_langs[];
extern const size_t		nweb_langs;
/* web_lang_find: the language with this id, or NULL. */
const struct web_lang	*web_lang_find(const char *id);

struct cat_sample {
	const char	*name;
	const char	*input;
	size_t		 input_len;
	const char	*expected;
	size_t		 expected_len;
	int		 truncated;	/* longer than shown */
};

/* The immutable part of a problem version. */
struct cat_detail {
	long long		 version_id;
	const char		*statement_html;	/* trusted: from
							   import, no raw
							   HTML */
	unsigned long		 time_limit_ms;
	unsigned long		 memory_kb;
	unsigned long		 output_kb;
	struct json_object	*stubs;		/* or NULL (stdio) */
	struct cat_sample	*samples;
	size_t			 nsamples;
	size_t			 bytes;		/* budget share */
	struct arena		 mem;
};

/*
 * cat_detail: the details of p's current version, from the cache or the
 * database.  Returns 200 with *out set, or an error status noted in r.
 */
int		 cat_detail(struct req *r, const struct cat_problem *p,
		    const struct cat_detail **out);
/*
 * cat_stub: the starting code of language l for a problem: its stub for
 * function problems (NULL when that language has none, i.e. is not
 * offered), the language's stdin template for stdio problems.
 */
const char	*cat_stub(const struct cat_detail *d,
		    const struct cat_problem *p, const struct web_lang *l);

#endif
