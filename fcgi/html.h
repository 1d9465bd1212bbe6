/* html.h: the escaping HTML writer and the shared page layout. */
#ifndef VERDICT_HTML_H
#define VERDICT_HTML_H

#include <stddef.h>

#include "req.h"

/*
 * Every dynamic value reaches a page through one of these, by context:
 *
 *	h_text(r, s)	element text: <p>...</p>
 *	h_attr(r, s)	a double-quoted attribute value: value="..."
 *	h_url(r, s)	one URL path segment or query value: href="/p/..."
 *	h_int(r, n)	a number
 *	h_lit(r, "<p>")	markup: a string LITERAL only (checked at compile
 *			time), never data
 *
 * h_text and h_attr share the one escaper (esc_html): & < > " ' become
 * entities, so they are safe in text and quoted attributes alike.  They
 * accept NULL as "".  A write past the body cap marks the response as
 * overflowed; the dispatcher then answers 500.
 */
void	h_text(struct req *, const char *s);
void	h_textn(struct req *, const char *s, size_t n);
void	h_attr(struct req *, const char *s);
void	h_url(struct req *, const char *s);
void	h_int(struct req *, long long n);
/* h_textf: printf into the arena, then escaped as text. */
void	h_textf(struct req *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
#define h_lit(r, s)	h_raw_((r), "" s "", sizeof(s) - 1)
void	h_raw_(struct req *, const char *s, size_t n);

/* The navigation entries of the layout; NAV_NONE highlights nothing. */
enum nav {
	NAV_NONE,
	NAV_HOME,
	NAV_PROBLEMS,
	NAV_CONTESTS,
	NAV_SUBMISSIONS,
	NAV_ACCOUNT,
};

/*
 * page_begin: doctype, head (title "<title> · Verdict", site.css), the
 * site header with navigation and user links, and <main>.  page_end:
 * closes main, the footer and the document.  Every page uses both.
 */
void	page_begin(struct req *, const char *title, enum nav active);
void	page_begin_wide(struct req *, const char *title, enum nav active);
/*
 * page_begin_refresh: page_begin for a page that reloads itself every
 * seconds while JavaScript is off (a <noscript> meta refresh); its script
 * updates it in place instead.
 */
void	page_begin_refresh(struct req *, const char *title, enum nav active,
	    int seconds);
void	page_end(struct req *);
/* h_script: <script src="..." defer> for a file under /static/js/. */
void	h_script(struct req *, const char *src);

#endif
