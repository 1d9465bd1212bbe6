/* fuzz_markdown.c: libFuzzer target for the statement renderer (md_render). */
/*
 * Input: the Markdown text.  Beyond not crashing, the promises of
 * markdown.h and the "raw HTML disabled" rule of STYLE.md are checked on
 * the output: NULL exactly for input that is not UTF-8 (or NUL-bearing),
 * output valid UTF-8, every tag one that cmark or the math pass writes,
 * no '<' inside a tag (markup inside an attribute value), and no math
 * placeholder ("VRDMATH") left over when the author did not write one.
 * (This target found math substituted inside attributes, `[a]($x$)`;
 * lib/markdown.c now places math by walking cmark's tree.)
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../../lib/escape.h"
#include "../../lib/markdown.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *const tags[] = {
	"p", "a", "img", "em", "strong", "code", "pre", "blockquote", "ul",
	"ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "span",
	NULL
};

static int
tag_ok(const char *s)
{
	size_t	 i, n;

	if (*s == '/')
		s++;
	n = strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789");
	for (i = 0; tags[i] != NULL; i++)
		if (strlen(tags[i]) == n && strncmp(s, tags[i], n) == 0 &&
		    (s[n] == '>' || s[n] == ' ' || s[n] == '\n' ||
		    (s[n] == '/' && s[n + 1] == '>')))
			return 1;
	return 0;
}

static void
check_html(const char *h)
{
	const char	*p = h, *q;

	while ((p = strchr(p, '<')) != NULL) {
		if (strncmp(p, "<!-- raw HTML omitted -->", 25) == 0) {
			p += 25;
			continue;
		}
		if (!tag_ok(p + 1))
			abort();
		/* Inside the tag until its '>': no markup may appear. */
		for (q = p + 1; *q != '\0' && *q != '>'; q++) {
			if (*q != '<')
				continue;
			abort();
		}
		if (*q == '\0')
			abort();	/* an unterminated tag */
		p = q + 1;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*s = (const char *)data;
	char		*h;

	h = md_render(s, size);
	if (h == NULL) {
		if (utf8_valid(s, size) && size <= MD_MAX)
			abort();	/* refused valid input */
		return 0;
	}
	if (!utf8_valid(s, size))
		abort();		/* accepted invalid input */
	if (!utf8_valid(h, strlen(h)))
		abort();
	check_html(h);
	if (memmem(s, size, "VRDMATH", 7) == NULL &&
	    strstr(h, "VRDMATH") != NULL)
		abort();		/* a placeholder leaked */
	free(h);
	return 0;
}
