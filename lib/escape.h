/* escape.h: the one HTML and URL escaping path (cgit's html_txt/html_attr). */
#ifndef VERDICT_ESCAPE_H
#define VERDICT_ESCAPE_H

#include <stddef.h>

#include "buf.h"

/*
 * esc_html: append s (n bytes) to b escaped for HTML text and for quoted
 * attribute values alike: & < > " ' become entities.  Bytes that are not
 * valid UTF-8, NUL and C0 controls other than tab, newline and carriage
 * return become U+FFFD, so the page always stays valid UTF-8 and a
 * stray byte cannot swallow markup.  Returns 0, or -1 when b's cap is hit.
 */
int	esc_html(struct buf *b, const char *s, size_t n);
/*
 * esc_url: append s percent-encoded for one URL path segment or query
 * value: everything except A-Z a-z 0-9 - . _ ~ is %XX.  The result
 * contains no HTML-special characters.  Returns 0 or -1.
 */
int	esc_url(struct buf *b, const char *s, size_t n);
/*
 * utf8_seqlen: length of the valid UTF-8 sequence at s (at most n bytes),
 * or 0 when it is not one (overlongs, surrogates, > U+10FFFF refused).
 */
size_t	utf8_seqlen(const unsigned char *s, size_t n);
/* utf8_valid: 1 when all n bytes are valid UTF-8 without NUL. */
int	utf8_valid(const char *s, size_t n);

#endif
