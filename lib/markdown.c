/* markdown.c: statement rendering; the math pass and cmark. */
/*
 * Markdown would mangle TeX (a_i * b_j becomes emphasis, \\ an escape), so
 * math spans are cut out first and replaced by placeholders made only of
 * letters and digits ("VRDMATH<n>Z"), which cmark passes through as text;
 * after rendering, each placeholder becomes an escaped math span.  Code
 * spans and fenced blocks are copied untouched, so a dollar in code stays
 * a dollar.  A placeholder-like string written by the author cannot be
 * confused with ours: author text containing "VRDMATH" is refused math
 * substitution by numbering from a sentinel found absent in the input.
 */
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "buf.h"
#include "escape.h"
#include "markdown.h"
#include "xmalloc.h"

struct math {
	size_t	 start;		/* offset of the TeX in the input */
	size_t	 len;
	int	 display;
};

struct mdstate {
	const char	*s;
	size_t		 n;
	struct buf	 out;		/* markdown with placeholders */
	struct math	*maths;
	size_t		 nmaths;
	size_t		 amaths;
};

static void
md_add_math(struct mdstate *st, size_t start, size_t len, int display)
{
	if (st->nmaths == st->amaths) {
		st->amaths = st->amaths ? st->amaths * 2 : 16;
		st->maths = xrealloc(st->maths,
		    st->amaths * sizeof(*st->maths));
	}
	st->maths[st->nmaths].start = start;
	st->maths[st->nmaths].len = len;
	st->maths[st->nmaths].display = display;
	buf_printf(&st->out, "VRDMATH%zuZ", st->nmaths);
	st->nmaths++;
}

/* at_line_start: i is the first non-blank of its line (up to 3 spaces). */
static int
fence_at(const char *s, size_t n, size_t i, char *fc)
{
	size_t	 j = i, k = 0;

	while (j > 0 && s[j - 1] == ' ' && k < 4) {
		j--;
		k++;
	}
	if (k > 3 || (j > 0 && s[j - 1] != '\n'))
		return 0;
	if (i + 3 <= n && (memcmp(s + i, "```", 3) == 0 ||
	    memcmp(s + i, "~~~", 3) == 0)) {
		*fc = s[i];
		return 1;
	}
	return 0;
}

/* md_cut_math: copy st->s into st->out with math replaced. */
static int
md_cut_math(struct mdstate *st)
{
	const char	*s = st->s;
	size_t		 n = st->n, i = 0, j, run, k;
	char		 fc;

	while (i < n) {
		if (fence_at(s, n, i, &fc)) {
			/* copy through the closing fence line */
			j = i + 3;
			while (j < n) {
				const char *nl = memchr(s + j, '\n', n - j);
				j = nl ? (size_t)(nl - s) + 1 : n;
				k = j;
				while (k < n && s[k] == ' ')
					k++;
				if (k + 3 <= n && s[k] == fc &&
				    s[k + 1] == fc && s[k + 2] == fc) {
					nl = memchr(s + k, '\n', n - k);
					j = nl ? (size_t)(nl - s) + 1 : n;
					break;
				}
			}
			buf_add(&st->out, s + i, j - i);
			i = j;
		} else if (s[i] == '`') {
			/* a code span: same-length backtick run closes it */
			for (run = 0; i + run < n && s[i + run] == '`'; run++)
				;
			for (j = i + run; j < n; j++) {
				if (s[j] != '`')
					continue;
				for (k = 0; j + k < n && s[j + k] == '`'; k++)
					;
				if (k == run)
					break;
				j += k - 1;
			}
			j = j < n ? j + run : i + run;
			buf_add(&st->out, s + i, j - i);
			i = j;
		} else if (s[i] == '\\' && i + 1 < n && s[i + 1] == '$') {
			buf_add(&st->out, s + i, 2);
			i += 2;
		} else if (s[i] == '$' && i + 1 < n && s[i + 1] == '$') {
			for (j = i + 2; j + 1 < n; j++)
				if (s[j] == '$' && s[j + 1] == '$')
					break;
			if (j + 1 >= n) {
				buf_add(&st->out, s + i, 2);
				i += 2;
				continue;
			}
			md_add_math(st, i + 2, j - i - 2, 1);
			i = j + 2;
		} else if (s[i] == '$') {
			for (j = i + 1; j < n && s[j] != '$' && s[j] != '\n';
			    j++)
				if (s[j] == '\\' && j + 1 < n)
					j++;
			if (j >= n || s[j] != '$' || j == i + 1) {
				buf_putc(&st->out, '$');
				i++;
				continue;
			}
			md_add_math(st, i + 1, j - i - 1, 0);
			i = j + 1;
		} else {
			buf_putc(&st->out, s[i]);
			i++;
		}
	}
	return 0;
}

/* md_put_math: replace placeholders in html with escaped math spans. */
static char *
md_put_math(struct mdstate *st, const char *html)
{
	struct buf	 b;
	const char	*p = html, *q, *e;
	size_t		 idx;
	char		*end;

	buf_init(&b, 64u << 20);
	while ((q = strstr(p, "VRDMATH")) != NULL) {
		buf_add(&b, p, (size_t)(q - p));
		idx = strtoul(q + 7, &end, 10);
		e = end;
		if (end == q + 7 || *e != 'Z' || idx >= st->nmaths) {
			buf_add(&b, q, 7);
			p = q + 7;
			continue;
		}
		buf_printf(&b, "<span class=\"math\" data-display=\"%d\">",
		    st->maths[idx].display);
		esc_html(&b, st->s + st->maths[idx].start, st->maths[idx].len);
		buf_puts(&b, "</span>");
		p = e + 1;
	}
	buf_puts(&b, p);
	return buf_detach(&b, NULL);
}

char *
md_render(const char *text, size_t len)
{
	struct mdstate	 st;
	char		*html, *out = NULL;

	if (len > MD_MAX || !utf8_valid(text, len))
		return NULL;
	memset(&st, 0, sizeof(st));
	st.s = text;
	st.n = len;
	buf_init(&st.out, 4 * (size_t)MD_MAX);
	/* Author text that already holds our marker gets no math pass. */
	if (memmem(text, len, "VRDMATH", 7) != NULL)
		buf_add(&st.out, text, len);
	else
		md_cut_math(&st);
	html = cmark_markdown_to_html(buf_cstr(&st.out), st.out.len,
	    CMARK_OPT_DEFAULT | CMARK_OPT_SMART);
	if (html != NULL) {
		out = md_put_math(&st, html);
		free(html);
	}
	buf_free(&st.out);
	free(st.maths);
	return out;
}
