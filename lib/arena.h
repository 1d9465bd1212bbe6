/* arena.h: per-request memory pool, freed in one go (nginx's ngx_pool_t). */
#ifndef VERDICT_ARENA_H
#define VERDICT_ARENA_H

#include <stdarg.h>
#include <stddef.h>

/*
 * An arena hands out memory that lives until arena_reset() or
 * arena_free(): handlers never free request data.  Chunks come from
 * xmalloc (out of memory aborts the worker).  A request that asks for
 * more than cap bytes in total gets NULL from the allocators, so one
 * hostile request cannot grow a worker without bound; callers check for
 * NULL where the size depends on input.  arena_reset() keeps the first
 * chunk, so a worker serving small requests does no malloc at all.
 */
struct arena_chunk;

struct arena {
	struct arena_chunk	*head;	/* current chunk, newest first */
	size_t			 chunk;	/* default chunk size */
	size_t			 used;	/* bytes handed out since reset */
	size_t			 cap;	/* 0: unlimited */
};

/* arena_init: empty arena; chunk is the usual chunk size (0: 16 KiB). */
void	 arena_init(struct arena *, size_t chunk, size_t cap);
/* arena_alloc: n bytes aligned for any type, or NULL over the cap. */
void	*arena_alloc(struct arena *, size_t n);
/* arena_calloc: zeroed n * size bytes, NULL on overflow or over the cap. */
void	*arena_calloc(struct arena *, size_t n, size_t size);
/* arena_strdup, arena_strndup: NUL-terminated copies (NULL over the cap). */
char	*arena_strdup(struct arena *, const char *);
char	*arena_strndup(struct arena *, const char *, size_t);
/* arena_printf: formatted string in the arena (NULL over the cap). */
char	*arena_printf(struct arena *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
char	*arena_vprintf(struct arena *, const char *, va_list);
/* arena_reset: forget every allocation; keep the first chunk for reuse. */
void	 arena_reset(struct arena *);
/* arena_free: release everything; the arena can be initialised again. */
void	 arena_free(struct arena *);

#endif
