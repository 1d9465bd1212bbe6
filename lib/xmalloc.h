/* xmalloc.h: allocation that aborts on exhaustion (the process is respawned). */
#ifndef VERDICT_XMALLOC_H
#define VERDICT_XMALLOC_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
/* xasprintf: formatted string in fresh memory; caller frees. */
char	*xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif
