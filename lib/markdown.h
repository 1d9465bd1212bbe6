/* markdown.h: problem statements from Markdown to safe HTML, math kept for KaTeX. */
#ifndef VERDICT_MARKDOWN_H
#define VERDICT_MARKDOWN_H

#include <stddef.h>

/*
 * md_render: render Markdown (CommonMark, cmark) to HTML with raw HTML
 * disabled and unsafe links dropped.  Math in $...$ (inline) and $$...$$
 * (display), outside code, is kept out of Markdown's hands and emitted as
 * <span class="math" data-display="0|1">TeX, HTML-escaped</span>, which
 * static/js/math.js renders with KaTeX in the browser (without JavaScript
 * the TeX source shows).  \$ is a literal dollar.  Returns malloc'd HTML
 * (caller frees), or NULL when the input is over MD_MAX bytes or not
 * UTF-8.
 */
#define MD_MAX	(1u << 20)
char	*md_render(const char *text, size_t len);

#endif
