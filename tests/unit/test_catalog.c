/* test_catalog.c: the problem snapshot: build, lookups, filters, pages. */
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>

#include "arena.h"
#include "../../fcgi/catalog.h"
#include "t.h"

static const char *const tagset[] = { "arrays", "graphs",
    "dynamic programming", "strings" };

/*
 * build: n problems with ids 10, 20, 30, ...; difficulty i % 3; problem i
 * carries tag (i % 4) and, when i is even, "arrays" too; titles
 * "Problem <i>" except a few special ones.
 */
static struct catalog *
build(size_t n)
{
	struct catalog	*c = cat_new();
	char		 slug[32], title[64];
	size_t		 i;

	for (i = 0; i < n; i++) {
		snprintf(slug, sizeof(slug), "p-%03zu", i);
		if (i == 3)
			snprintf(title, sizeof(title),
			    "Two <Sum> & \"Friends\"");
		else
			snprintf(title, sizeof(title), "Problem %zu", i);
		cat_add(c, (long long)(i + 1) * 10, 1000 + (long long)i, slug,
		    title, (enum difficulty)(i % 3), i == 5, i * 4, i);
	}
	/* Tags arrive in any order, with a duplicate and an unknown id. */
	for (i = n; i-- > 0; ) {
		cat_add_tag(c, (long long)(i + 1) * 10, tagset[i % 4]);
		if (i % 2 == 0)
			cat_add_tag(c, (long long)(i + 1) * 10, "arrays");
	}
	cat_add_tag(c, 99999, "ghost");
	cat_finish(c);
	return c;
}

static void
test_build(void)
{
	struct catalog			*c = build(12);
	const struct cat_problem	*p;
	const char			*s;
	int				 t;

	T_INTEQ(c->n, 12, "12 problems");
	T_INTEQ(c->ntags, 4, "4 distinct tags (unknown id ignored)");
	T_STREQ(c->tags[0].name, "arrays", "tags sorted by name");
	T_STREQ(c->tags[1].name, "dynamic programming", "tag with a space");
	t = cat_tag_find(c, "arrays");
	T_INTEQ(t, 0, "cat_tag_find arrays");
	/* i%4==0 (0,4,8) or even (0,2,4,6,8,10): 6 problems, 0/4/8 once. */
	T_INTEQ(c->tags[t].count, 6, "arrays counted once per problem");
	T_INTEQ(cat_tag_find(c, "ghost"), -1, "tag of an unknown id absent");
	T_INTEQ(cat_tag_find(c, "Arrays"), -1, "tags are case-sensitive");
	T_INTEQ(c->counts[DIFF_EASY] + c->counts[DIFF_MEDIUM] +
	    c->counts[DIFF_HARD], 12, "difficulty counts add up");

	p = cat_find(c, "p-004");
	T_OK(p != NULL && p->id == 50, "cat_find by slug");
	T_INTEQ(p ? p->ntags : 0, 1, "duplicate tag row kept once");
	T_STREQ(p ? cat_tag_name(c, p, 0) : NULL, "arrays", "its tag");
	T_OK(cat_find(c, "p-999") == NULL, "cat_find miss");
	T_OK(cat_find(c, "") == NULL, "cat_find empty");
	p = cat_find(c, "p-002");
	T_INTEQ(p ? p->ntags : 0, 2, "two tags");
	T_STREQ(p ? cat_tag_name(c, p, 0) : NULL, "arrays",
	    "a problem's tags in name order (1)");
	T_STREQ(p ? cat_tag_name(c, p, 1) : NULL, "dynamic programming",
	    "a problem's tags in name order (2)");

	p = cat_find(c, "p-003");
	T_OK(p != NULL && strstr(p->row_html, "Two &lt;Sum&gt; &amp; "
	    "&quot;Friends&quot;") != NULL, "row title escaped");
	T_OK(p != NULL && strstr(p->row_html, "<script") == NULL &&
	    strstr(p->row_html, "<Sum>") == NULL, "no raw markup in a row");
	p = cat_find(c, "p-002");
	T_OK(p != NULL && strstr(p->row_html,
	    "href=\"/problems?tag=dynamic%20programming\"") != NULL,
	    "tag link URL-escaped");
	T_OK(p != NULL && strstr(p->row_html, ">25.0%<") != NULL &&
	    strstr(p->row_html, "2 of 8 accepted") != NULL,
	    "row acceptance: 2 of 8 is 25.0%%");
	s = p ? json_object_to_json_string_ext(p->json,
	    JSON_C_TO_STRING_PLAIN) : "";
	T_OK(strstr(s, "\"acceptance\":25.0") != NULL,
	    "JSON acceptance 25.0 (one decimal): %s", s);
	T_OK(strstr(s, "\"tags\":[\"arrays\",\"dynamic programming\"]") !=
	    NULL, "JSON tags");
	p = cat_find(c, "p-000");
	s = p ? json_object_to_json_string_ext(p->json,
	    JSON_C_TO_STRING_PLAIN) : "";
	T_OK(strstr(s, "\"acceptance\":null") != NULL,
	    "no submissions: acceptance null");
	T_OK(p != NULL && cat_acceptance(p) < 0, "cat_acceptance -1");
	/* Counters change in place: row and JSON follow. */
	T_INTEQ(cat_set_counts(c, 30, 10, 9), 1, "cat_set_counts: changed");
	T_INTEQ(cat_set_counts(c, 30, 10, 9), 0, "cat_set_counts: same again");
	T_INTEQ(cat_set_counts(c, 31, 1, 1), 0, "cat_set_counts: unknown id");
	p = cat_find(c, "p-002");
	T_OK(p != NULL && strstr(p->row_html, ">90.0%<") != NULL &&
	    strstr(p->row_html, "9 of 10 accepted") != NULL,
	    "the row shows the new counters");
	s = p ? json_object_to_json_string_ext(p->json,
	    JSON_C_TO_STRING_PLAIN) : "";
	T_OK(strstr(s, "\"acceptance\":90.0") != NULL &&
	    strstr(s, "\"submissions\":10") != NULL &&
	    strstr(s, "\"tags\":[\"arrays\"") != NULL,
	    "the JSON item too, the rest unchanged: %s", s);
	p = cat_find(c, "p-005");
	T_OK(p != NULL && p->is_function &&
	    strstr(json_object_to_json_string_ext(p->json,
	    JSON_C_TO_STRING_PLAIN), "\"kind\":\"function\"") != NULL,
	    "kind function");
	cat_free(c);
	cat_free(NULL);
}

static void
test_empty(void)
{
	struct catalog	*c = cat_new();
	struct cat_query q;
	struct cat_page	 pg;
	struct arena	 a;

	cat_finish(c);
	arena_init(&a, 0, 0);
	memset(&q, 0, sizeof(q));
	q.difficulty = -1;
	q.tag = CAT_TAG_ANY;
	q.limit = 50;
	T_INTEQ(cat_select(c, &q, &a, &pg), 0, "select on empty");
	T_INTEQ(pg.n + pg.total + pg.has_next + pg.has_prev, 0,
	    "empty page, nothing before or after");
	T_OK(cat_find(c, "x") == NULL, "find on empty");
	arena_free(&a);
	cat_free(c);
}

static void
query_init(struct cat_query *q, size_t limit)
{
	memset(q, 0, sizeof(*q));
	q->difficulty = -1;
	q->tag = CAT_TAG_ANY;
	q->limit = limit;
}

static void
test_pages(void)
{
	struct catalog	*c = build(120);
	struct cat_query q;
	struct cat_page	 pg;
	struct arena	 a;
	size_t		 seen = 0, pages = 0;
	long long	 last = 0;
	int		 ordered = 1;

	arena_init(&a, 0, 0);
	/* Walk forward: every problem once, in id order. */
	query_init(&q, 50);
	for (;;) {
		arena_reset(&a);
		if (cat_select(c, &q, &a, &pg) == -1)
			break;
		for (size_t i = 0; i < pg.n; i++) {
			if (pg.v[i]->id <= last)
				ordered = 0;
			last = pg.v[i]->id;
		}
		T_INTEQ(pg.first, seen, "page %zu starts at %zu", pages + 1,
		    seen);
		seen += pg.n;
		pages++;
		if (!pg.has_next)
			break;
		q.after = pg.v[pg.n - 1]->id;
	}
	T_INTEQ(seen, 120, "forward walk sees 120");
	T_INTEQ(pages, 3, "50 + 50 + 20: 3 pages");
	T_OK(ordered, "ids strictly increase");
	T_INTEQ(pg.n, 20, "last page has 20");
	T_OK(pg.has_prev && !pg.has_next, "last page: prev, no next");

	/* Backward from the last page. */
	query_init(&q, 50);
	q.before = 1010;	/* id of problem 100: rows 50..99 */
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_INTEQ(pg.n, 50, "before: a full page");
	T_INTEQ(pg.v[0]->id, 510, "before: first is problem 50");
	T_INTEQ(pg.v[49]->id, 1000, "before: last is problem 99");
	T_INTEQ(pg.first, 50, "before: position 50");
	T_OK(pg.has_prev && pg.has_next, "before: both ways");
	q.before = 510;
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_INTEQ(pg.n, 50, "before page 2: the first page");
	T_INTEQ(pg.v[0]->id, 10, "before page 2 starts at the beginning");
	T_OK(!pg.has_prev && pg.has_next, "first page: no prev");
	q.before = 100;	/* only 9 before */
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_INTEQ(pg.n, 9, "before near the start: a short page");
	T_OK(!pg.has_prev, "short first page: no prev");
	q.before = 10;
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_INTEQ(pg.n, 0, "before the first id: empty");

	/* Cursor edges. */
	query_init(&q, 50);
	q.after = 1200;
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_OK(pg.n == 0 && !pg.has_next && pg.has_prev && pg.first == 120,
	    "after the last id: empty, prev only");
	q.after = 15;	/* not an id: between 10 and 20 */
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_OK(pg.n == 50 && pg.v[0]->id == 20, "after a missing id");
	query_init(&q, 1);
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_OK(pg.n == 1 && pg.has_next, "limit 1");
	query_init(&q, 120);
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_INTEQ(pg.n, CAT_PAGE_MAX, "limit capped at CAT_PAGE_MAX");
	query_init(&q, 0);
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_INTEQ(pg.n, 1, "limit 0 treated as 1");
	arena_free(&a);
	cat_free(c);
}

static void
test_filters(void)
{
	struct catalog	*c = build(120);
	struct cat_query q;
	struct cat_page	 pg;
	struct arena	 a;
	char		*n;

	arena_init(&a, 0, 0);
	query_init(&q, 100);
	q.difficulty = DIFF_HARD;
	cat_select(c, &q, &a, &pg);
	T_INTEQ(pg.total, 40, "hard: 40");
	T_OK(pg.n > 0 && pg.v[0]->difficulty == DIFF_HARD, "hard only");

	query_init(&q, 100);
	q.tag = cat_tag_find(c, "graphs");	/* i % 4 == 1: 30 */
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_INTEQ(pg.total, 30, "tag graphs: 30");
	q.difficulty = DIFF_MEDIUM;	/* i % 12 == 1 */
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_INTEQ(pg.total, 10, "graphs and medium: 10");

	query_init(&q, 100);
	q.tag = CAT_TAG_NONE;
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_INTEQ(pg.total + pg.n, 0, "unknown tag: nothing");

	query_init(&q, 100);
	n = cat_search_norm(&a, "  PROBLEM 11 ");
	T_STREQ(n, "problem 11", "search normalised");
	q.q = n;
	cat_select(c, &q, &a, &pg);
	T_INTEQ(pg.total, 11, "'problem 11' matches 11 and 110 to 119");
	q.q = cat_search_norm(&a, "friends");
	cat_select(c, &q, &a, &pg);
	T_OK(pg.total == 1 && strcmp(pg.v[0]->slug, "p-003") == 0,
	    "case-insensitive title search");
	q.q = cat_search_norm(&a, "p-07");
	cat_select(c, &q, &a, &pg);
	T_INTEQ(pg.total, 10, "search matches slugs too");
	q.q = cat_search_norm(&a, "no such thing");
	cat_select(c, &q, &a, &pg);
	T_INTEQ(pg.total, 0, "search without a match");
	T_OK(cat_search_norm(&a, "   ") == NULL, "blank search is none");
	T_OK(cat_search_norm(&a, NULL) == NULL, "NULL search is none");

	/* A filtered keyset walk: exactly 50 matches is one page. */
	query_init(&q, 50);
	q.tag = cat_tag_find(c, "arrays");	/* even i: 60 */
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_OK(pg.total == 60 && pg.n == 50 && pg.has_next, "arrays: 60");
	q.after = pg.v[49]->id;
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_OK(pg.n == 10 && !pg.has_next && pg.first == 50,
	    "arrays page 2: 10, the end");
	query_init(&q, 40);
	q.difficulty = DIFF_EASY;		/* 40 */
	arena_reset(&a);
	cat_select(c, &q, &a, &pg);
	T_OK(pg.total == 40 && pg.n == 40 && !pg.has_next,
	    "exactly a page of matches: no next");

	T_INTEQ(difficulty_parse("easy"), DIFF_EASY, "parse easy");
	T_INTEQ(difficulty_parse("hard"), DIFF_HARD, "parse hard");
	T_INTEQ(difficulty_parse("Hard"), -1, "parse is case-sensitive");
	T_INTEQ(difficulty_parse(""), -1, "parse empty");
	T_INTEQ(difficulty_parse(NULL), -1, "parse NULL");
	T_OK(web_lang_find("python3") != NULL, "language python3");
	T_OK(web_lang_find("cobol") == NULL, "no language cobol");
	arena_free(&a);
	cat_free(c);
}

int
main(void)
{
	test_build();
	test_empty();
	test_pages();
	test_filters();
	T_DONE();
}
