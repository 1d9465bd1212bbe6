/* submit.h: what the submission and run handlers (API and pages) share. */
#ifndef VERDICT_SUBMIT_H
#define VERDICT_SUBMIT_H

#include <stddef.h>

#include "req.h"

struct json_object;

#define SOURCE_MAX	(64 * 1024)	/* bytes of source code */
#define INPUT_MAX	(64 * 1024)	/* bytes of custom Run input */
#define SHOW_MAX	4096		/* bytes of test data shown per field */
#define JUDGE_FRESH_S	60		/* a judge seen this recently is online */

/* Queue priorities: lower is judged first (jobs.priority). */
#define PRIO_SUBMISSION	10
#define PRIO_RUN	20
#define PRIO_REJUDGE	30

enum sub_kind {
	SUB_SUBMISSION,
	SUB_RUN,
};

/* What a client asks to judge; strings borrowed from the request. */
struct sub_new {
	enum sub_kind	 kind;
	const char	*problem;	/* slug */
	const char	*language;
	const char	*source;
	size_t		 source_len;
	const char	*input;		/* runs: custom input; NULL: samples */
	size_t		 input_len;
	const char	*contest;	/* slug, or NULL for practice */
	long long	 id;		/* out: the new row */
};

/*
 * sub_from_json: fill n from r->json ("problem", "language", "source",
 * and "input" for runs, optional "contest"), checking the types.  Returns
 * 0 or 400 through http_error.
 */
int	sub_from_json(struct req *, struct sub_new *n);
/*
 * sub_create: validate n (sizes, UTF-8, problem, language, contest), check
 * the user's limits, store the row and its job in one transaction, then
 * wake the judges (a Redis hint; its failure is ignored).  Returns 202
 * with n->id, or an error status through http_error: 400, 401, 403, 404,
 * 413, 429 (Retry-After set), 503.
 */
int	sub_create(struct req *, struct sub_new *n);
/* sub_wake: LPUSH judge:wake (best effort). */
void	sub_wake(struct req *);

/* The queue state of a pending job, for "position 3: waiting for a judge". */
struct sub_queue {
	long long	 position;	/* 1: next; 0: unknown */
	const char	*reason_code;	/* no_judge_online, no_judge_for_language,
					   waiting */
	const char	*reason;	/* the same for people */
};
/*
 * sub_queue: fill q for a job (job_id 0: none) of language.  Returns a
 * DB_* code.
 */
int	sub_queue(struct req *, long long job_id, long long priority,
	    const char *language, struct sub_queue *q);

/*
 * sub_languages: the languages some judge offers: known (any judge ever
 * seen) and online (seen within JUDGE_FRESH_S).  Arrays of arena strings,
 * NULL-terminated, in the order of the language table.  DB_* code.
 */
int	sub_languages(struct req *, const char ***known,
	    const char ***online);
/* sub_lang_name: "Python 3" for "python3"; the id itself when unknown. */
const char *sub_lang_name(const char *id);
/* sub_verdict_ok: 1 when v is a verdict name (AC, WA, ...). */
int	sub_verdict_ok(const char *v);
/* sub_verdict_text: "Accepted" for "AC"; v itself when unknown. */
const char *sub_verdict_text(const char *v);

/* One submission as the poll, the page and the list see it. */
struct sub_view {
	long long	 id;
	long long	 user_id;
	const char	*username;
	const char	*problem;	/* slug */
	const char	*title;
	const char	*language;
	const char	*status;	/* queued, judging, done */
	const char	*verdict;	/* NULL until judged */
	long long	 time_ms;	/* -1: none */
	long long	 memory_kb;	/* -1: none */
	long long	 passed;
	long long	 total;
	const char	*compile_output;
	const char	*judge_message;	/* setters only */
	const char	*created_at;	/* ISO 8601 UTC */
	const char	*judged_at;	/* NULL until judged */
	long long	 job_id;	/* 0: no job */
	long long	 job_priority;
	long long	 source_len;
};

/* sub_load: submission id into v (arena strings).  Returns a DB_* code. */
int	sub_load(struct req *, long long id, struct sub_view *v);
/* sub_can_see: the viewer may see v's source and details. */
int	sub_can_see(const struct req *, const struct sub_view *v);
/* sub_source: the source of submission id, or NULL (status via *rc). */
const char *sub_source(struct req *, long long id, size_t *len, int *rc);

/* One test of a judged submission. */
struct sub_test {
	long long	 ordinal;
	const char	*name;
	int		 is_sample;
	const char	*verdict;
	long long	 time_ms;
	long long	 memory_kb;
	const char	*output;	/* samples only, may be NULL */
	const char	*input;		/* samples only: at most SHOW_MAX */
	size_t		 input_len;
	int		 input_cut;	/* input longer than shown */
	const char	*expected;
	size_t		 expected_len;
	int		 expected_cut;
};
/* sub_tests: the tests of submission id.  Returns a DB_* code. */
int	sub_tests(struct req *, long long id, struct sub_test **tests,
	    size_t *n);

/*
 * sub_json: the poll body for v (tests and the source when given; the
 * judge message for admins only).  Returns a new reference.
 */
struct json_object *sub_json(struct req *, const struct sub_view *v,
	    const struct sub_queue *q, const struct sub_test *tests,
	    size_t ntests, const char *source, size_t source_len);
/* sub_row_json: the short form used in lists. */
struct json_object *sub_row_json(const struct sub_view *v);

/*
 * A list query: filters (0 or NULL: any) and a keyset page.  An unknown
 * user or problem matches nothing (id -1).
 */
struct sub_filter {
	const char	*user;		/* name as given ("me" resolved) */
	long long	 user_id;
	const char	*problem;	/* slug */
	long long	 problem_id;
	const char	*verdict;
	const char	*language;
	long long	 before;	/* ids below this (0: newest) */
	long long	 after;		/* ids above this (0: unused) */
	int		 limit;
};
#define SUB_PAGE_DEFAULT	20
#define SUB_PAGE_MAX		100
/*
 * sub_filter_parse: the query parameters user (a name or "me"), problem,
 * verdict, language, before, after, limit.  Returns 0, or 400 (malformed),
 * 401 (user=me while anonymous), 503 through http_error.
 */
int	sub_filter_parse(struct req *, struct sub_filter *f);
/*
 * sub_list: one page, newest first, into *rows (arena).  *older and
 * *newer say whether pages exist past the last and before the first row.
 * Returns a DB_* code.
 */
int	sub_list(struct req *, const struct sub_filter *f,
	    struct sub_view **rows, size_t *n, int *older, int *newer);

/*
 * sub_rejudge_one / sub_rejudge_problem: requeue (admin).  Return 202 with
 * *count set, or an error status through http_error.
 */
int	sub_rejudge_one(struct req *, long long id);
int	sub_rejudge_problem(struct req *, const char *slug, long long *count);

/*
 * json_text: a JSON string of n bytes of s with invalid UTF-8 and NUL
 * replaced by U+FFFD (output of programs is arbitrary bytes).  New
 * reference; NULL s gives JSON null (NULL).
 */
struct json_object *json_text(const char *s, size_t n);
/*
 * etag_check: set the ETag header to etag (a quoted string); 1 when the
 * request's If-None-Match names it (answer 304), else 0.
 */
int	etag_check(struct req *, const char *etag);
/* id_param: the ":id" route parameter as a positive number, or -1. */
long long id_param(struct req *);

#endif
