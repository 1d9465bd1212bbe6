/* buf.c: capped growable buffer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "xmalloc.h"

void
buf_init(struct buf *b, size_t cap)
{
	memset(b, 0, sizeof(*b));
	b->cap = cap;
}

static int
buf_grow(struct buf *b, size_t need)
{
	size_t	 n;

	if (need > b->cap || need + 1 < need)
		return -1;
	if (need + 1 <= b->alloc)
		return 0;
	n = b->alloc ? b->alloc : 64;
	while (n < need + 1)
		n *= 2;
	if (n > b->cap + 1)
		n = b->cap + 1;
	b->data = xrealloc(b->data, n);
	b->alloc = n;
	return 0;
}

int
buf_add(struct buf *b, const void *p, size_t n)
{
	if (n > b->cap - b->len || buf_grow(b, b->len + n) == -1)
		return -1;
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int
buf_puts(struct buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

int
buf_putc(struct buf *b, char c)
{
	return buf_add(b, &c, 1);
}

int
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list	 cp;
	int	 n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0 || (size_t)n > b->cap - b->len ||
	    buf_grow(b, b->len + (size_t)n) == -1)
		return -1;
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return 0;
}

int
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;
	int	 rc;

	va_start(ap, fmt);
	rc = buf_vprintf(b, fmt, ap);
	va_end(ap);
	return rc;
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

char *
buf_detach(struct buf *b, size_t *lenp)
{
	char	*p = b->data;

	if (p == NULL)
		p = xstrdup("");
	if (lenp)
		*lenp = b->len;
	b->data = NULL;
	b->len = b->alloc = 0;
	return p;
}

void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->alloc = 0;
}

const char *
buf_cstr(const struct buf *b)
{
	return b->data ? b->data : "";
}
