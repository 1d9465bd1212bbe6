/* buf.h: growable byte buffer with a hard cap (curl's dynbuf). */
#ifndef VERDICT_BUF_H
#define VERDICT_BUF_H

#include <stdarg.h>
#include <stddef.h>

/*
 * A buf owns heap memory (explicit lifetime): buf_init, append, then
 * buf_free.  Appends that would exceed cap fail with -1 and leave the
 * contents unchanged.  data is always NUL-terminated when len > 0 or after
 * any successful append, so it can be used as a C string.
 */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 alloc;
	size_t	 cap;
};

void	buf_init(struct buf *, size_t cap);
int	buf_add(struct buf *, const void *, size_t);
int	buf_puts(struct buf *, const char *);
int	buf_putc(struct buf *, char);
int	buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
int	buf_vprintf(struct buf *, const char *, va_list);
/* buf_reset: length 0, memory kept. */
void	buf_reset(struct buf *);
/* buf_detach: hand data to the caller (free() it); the buf is emptied. */
char	*buf_detach(struct buf *, size_t *lenp);
void	buf_free(struct buf *);
/* buf_cstr: data or "" when nothing was added yet. */
const char *buf_cstr(const struct buf *);

#endif
