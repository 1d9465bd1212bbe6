/* test_arena.c: the per-request arena: alignment, growth, caps, reset. */
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "t.h"

int
main(void)
{
	struct arena	 a;
	char		*p, *q, *first, big[5000];
	void		*v;
	size_t		 i;
	int		 aligned = 1, distinct = 1;

	arena_init(&a, 1024, 0);
	for (i = 1; i < 200; i++) {
		p = arena_alloc(&a, i);
		if (p == NULL || ((uintptr_t)p & 15) != 0)
			aligned = 0;
		if (p != NULL)
			memset(p, (int)i, i);
	}
	T_OK(aligned, "199 allocations of growing size are 16-byte aligned");
	p = arena_alloc(&a, 1);
	q = arena_alloc(&a, 1);
	T_OK(p != NULL && q != NULL && p != q, "two 1-byte allocations differ");
	v = arena_alloc(&a, 0);
	T_OK(v != NULL, "a 0-byte allocation still returns memory");

	/* Allocations larger than the chunk size get their own chunk. */
	p = arena_alloc(&a, 100000);
	T_OK(p != NULL, "an allocation 100x the chunk size succeeds");
	memset(p, 'x', 100000);
	q = arena_alloc(&a, 8);
	T_OK(q != NULL && (q + 8 <= p || q >= p + 100000),
	    "later small allocations do not overlap the big one");

	v = arena_calloc(&a, 100, 8);
	for (i = 0; v != NULL && i < 800; i++)
		if (((unsigned char *)v)[i] != 0)
			distinct = 0;
	T_OK(v != NULL && distinct, "arena_calloc zeroes");
	T_OK(arena_calloc(&a, SIZE_MAX / 2, 4) == NULL,
	    "arena_calloc refuses a size that overflows");
	T_OK(arena_alloc(&a, SIZE_MAX) == NULL,
	    "arena_alloc refuses SIZE_MAX");

	T_STREQ(arena_strdup(&a, "hello"), "hello", "arena_strdup copies");
	T_STREQ(arena_strndup(&a, "hello world", 5), "hello",
	    "arena_strndup stops at n");
	T_STREQ(arena_strndup(&a, "", 0), "", "arena_strndup of nothing");
	T_STREQ(arena_printf(&a, "%s-%d", "id", 42), "id-42",
	    "arena_printf formats");
	memset(big, 'y', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	p = arena_printf(&a, "<%s>", big);
	T_OK(p != NULL && strlen(p) == sizeof(big) + 1 && p[0] == '<' &&
	    p[sizeof(big)] == '>', "arena_printf longer than a chunk");

	/* Reset keeps the first chunk: the next allocation reuses it. */
	arena_reset(&a);
	T_INTEQ(a.used, 0, "reset: nothing in use");
	first = arena_alloc(&a, 16);
	arena_reset(&a);
	q = arena_alloc(&a, 16);
	T_OK(first == q, "after reset the kept chunk is reused");
	arena_free(&a);
	T_OK(a.head == NULL, "arena_free releases every chunk");

	/* The cap: exactly cap bytes fit, one more byte does not. */
	arena_init(&a, 256, 1024);
	p = arena_alloc(&a, 1024);
	T_OK(p != NULL, "an allocation of exactly the cap succeeds");
	T_OK(arena_alloc(&a, 1) == NULL, "one more byte over the cap fails");
	arena_reset(&a);
	T_OK(arena_alloc(&a, 1000) != NULL, "after reset the cap is free again");
	T_OK(arena_alloc(&a, 16) != NULL,
	    "1000 (rounded up to 1008) + 16 fills a 1024 cap exactly");
	T_OK(arena_alloc(&a, 1) == NULL, "then one more byte fails");
	T_OK(arena_alloc(&a, 2000) == NULL, "a single request over the cap fails");
	arena_reset(&a);
	T_OK(arena_printf(&a, "%2000d", 1) == NULL,
	    "arena_printf over the cap returns NULL");
	arena_free(&a);

	/* Defaults: chunk 0 means the default size. */
	arena_init(&a, 0, 0);
	T_OK(a.chunk > 0, "chunk size 0 picks a default");
	T_OK(arena_alloc(&a, 10) != NULL, "default arena allocates");
	arena_free(&a);
	T_DONE();
}
