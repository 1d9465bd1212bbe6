/* test_markdown.c: statements render safely with math preserved. */
#include <stdlib.h>
#include <string.h>

#include "markdown.h"
#include "t.h"

static char *
R(const char *s)
{
	return md_render(s, strlen(s));
}

static void
has(const char *md, const char *want, const char *what)
{
	char	*h = R(md);

	T_OK(h != NULL && strstr(h, want) != NULL, "%s", what);
	if (h == NULL || strstr(h, want) == NULL)
		printf("#   html: %s\n#   want: %s\n", h ? h : "(null)", want);
	free(h);
}

static void
hasnt(const char *md, const char *bad, const char *what)
{
	char	*h = R(md);

	T_OK(h != NULL && strstr(h, bad) == NULL, "%s", what);
	if (h != NULL && strstr(h, bad) != NULL)
		printf("#   html: %s\n", h);
	free(h);
}

int
main(void)
{
	has("# Title\n\ntext", "<h1>Title</h1>", "heading");
	has("$a_i * b_j$ and $c_k * d$", "<span class=\"math\" "
	    "data-display=\"0\">a_i * b_j</span>", "inline math untouched by "
	    "emphasis");
	hasnt("$a_i * b_j$ and $c_k * d$", "<em>", "no emphasis inside math");
	has("$$\\sum_{i=1}^n a_i$$", "data-display=\"1\">\\sum_{i=1}^n a_i"
	    "</span>", "display math keeps backslashes");
	has("$1 \\le n \\le 2 \\cdot 10^5$", ">1 \\le n \\le 2 \\cdot 10^5<",
	    "constraint math");
	has("$a < b$", ">a &lt; b<", "math is HTML-escaped");
	has("`$x$` costs", "<code>$x$</code>", "code span keeps dollars");
	has("```\n$x$\n```\n", "<code>$x$\n</code>", "fenced code keeps "
	    "dollars");
	has("costs \\$5 and \\$6", "$5 and $6", "escaped dollars are literal");
	has("a lone $ sign", "a lone $ sign", "unclosed dollar is literal");
	hasnt("<script>alert(1)</script>", "<script>", "raw HTML is dropped");
	hasnt("[x](javascript:alert(1))", "javascript:", "unsafe link dropped");
	hasnt("$<img src=x onerror=alert(1)>$", "<img", "markup in math is "
	    "escaped");
	has("VRDMATH0Z $x$", "VRDMATH0Z $x$", "author marker text left alone");
	T_OK(md_render("\xff\xfe", 2) == NULL, "invalid UTF-8 refused");
	/* Math never lands inside an attribute or a code block. */
	has("[a]($x$)", "href=\"$x$\"", "math in a link destination stays text");
	hasnt("[a]($x$)", "<span class=\"math\"", "no span in a destination");
	has("[a](u \"$t$\")", "title=\"$t$\"", "math in a link title stays text");
	has("![$x$ and y](u)", "alt=\"$x$ and y\"", "math in an image's "
	    "description stays text");
	has("text\n\n    cost is $5 and $6\n", "<pre><code>cost is $5 and $6",
	    "an indented code block keeps its dollars");
	has("[$x$](u)", "<a href=\"u\"><span class=\"math\" "
	    "data-display=\"0\">x</span></a>", "math in link text is math");
	has("1. ~~~$t$\n", "class=\"language-$t$\"", "math in a fence's info "
	    "string stays text");
	has("# Sum $a_i$", "<h1>Sum <span class=\"math\"", "math in a heading");
	has("$$a$$ and $b$ and $$c$$", "data-display=\"1\">c</span>",
	    "several spans in one text");
	T_DONE();
}
