/* arena.c: bump allocator over a list of chunks (see arena.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xmalloc.h"

#define ARENA_ALIGN	16
#define ARENA_DEFAULT	(16 * 1024)

struct arena_chunk {
	struct arena_chunk	*next;
	size_t			 size;	/* usable bytes in data */
	size_t			 off;	/* first free byte */
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

void
arena_init(struct arena *a, size_t chunk, size_t cap)
{
	memset(a, 0, sizeof(*a));
	a->chunk = chunk ? chunk : ARENA_DEFAULT;
	a->cap = cap;
}

static struct arena_chunk *
chunk_new(size_t size)
{
	struct arena_chunk	*c;

	c = xmalloc(sizeof(*c) + size);
	c->next = NULL;
	c->size = size;
	c->off = 0;
	return c;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_chunk	*c;
	size_t			 need, size;
	void			*p;

	if (n == 0)
		n = 1;
	if (n > SIZE_MAX - ARENA_ALIGN)
		return NULL;
	need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	if (a->cap && (need > a->cap || a->used > a->cap - need))
		return NULL;
	c = a->head;
	if (c == NULL || c->size - c->off < need) {
		/*
		 * Big requests get a chunk of their own, put behind the
		 * current one so the free tail of the current chunk stays
		 * in use for later small requests.
		 */
		size = need > a->chunk / 4 ? need : a->chunk;
		if (size > SIZE_MAX - sizeof(*c))
			return NULL;
		c = chunk_new(size);
		if (a->head != NULL && size != a->chunk) {
			c->next = a->head->next;
			a->head->next = c;
		} else {
			c->next = a->head;
			a->head = c;
		}
	}
	p = c->data + c->off;
	c->off += need;
	a->used += need;
	return p;
}

void *
arena_calloc(struct arena *a, size_t n, size_t size)
{
	void	*p;

	if (size && n > SIZE_MAX / size)
		return NULL;
	if ((p = arena_alloc(a, n * size)) != NULL)
		memset(p, 0, n * size);
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char	*p;

	if (n == SIZE_MAX || (p = arena_alloc(a, n + 1)) == NULL)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *
arena_vprintf(struct arena *a, const char *fmt, va_list ap)
{
	va_list	 cp;
	int	 n;
	char	*p;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0 || (p = arena_alloc(a, (size_t)n + 1)) == NULL)
		return NULL;
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list	 ap;
	char	*p;

	va_start(ap, fmt);
	p = arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

void
arena_reset(struct arena *a)
{
	struct arena_chunk	*c, *next, *keep = NULL;

	/* Keep one chunk of the default size; free the others. */
	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		if (keep == NULL && c->size == a->chunk) {
			keep = c;
			continue;
		}
		free(c);
	}
	if (keep != NULL) {
		keep->next = NULL;
		keep->off = 0;
	}
	a->head = keep;
	a->used = 0;
}

void
arena_free(struct arena *a)
{
	struct arena_chunk	*c, *next;

	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
	a->used = 0;
}
