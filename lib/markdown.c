/* markdown.c: statement rendering; the math pass and cmark. */
/*
 * Markdown would mangle TeX (a_i * b_j becomes emphasis, \\ an escape), so
 * math spans are cut out first and replaced by placeholders made only of
 * letters and digits ("VRDMATH<n>Z"), which cmark passes through as text.
 * Code spans and fenced blocks are copied untouched by that pass.  Then
 * the document is parsed and its tree walked: a placeholder in a text node
 * becomes an escaped math span (a custom inline node), and one anywhere
 * else -- an indented code block, a link's destination or title, an
 * image's description -- is put back as the dollars and TeX it was, so no
 * markup ever lands inside an attribute or a code block.  A placeholder-like string written by the author cannot be
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

/*
 * md_restore: s with every placeholder put back as its source text
 * ("$tex$" or "$$tex$$").  malloc'd.
 */
static char *
md_restore(const struct mdstate *st, const char *s)
{
	struct buf	 b;
	const char	*p = s, *q;
	const struct math *m;
	size_t		 idx;
	char		*end;

	if (s == NULL)
		p = "";
	buf_init(&b, 64u << 20);
	while ((q = strstr(p, "VRDMATH")) != NULL) {
		buf_add(&b, p, (size_t)(q - p));
		idx = strtoul(q + 7, &end, 10);
		if (end == q + 7 || *end != 'Z' || idx >= st->nmaths) {
			buf_add(&b, q, 7);
			p = q + 7;
			continue;
		}
		m = &st->maths[idx];
		buf_puts(&b, m->display ? "$$" : "$");
		buf_add(&b, st->s + m->start, m->len);
		buf_puts(&b, m->display ? "$$" : "$");
		p = end + 1;
	}
	buf_puts(&b, p);
	return buf_detach(&b, NULL);
}

/* md_text_math: split a text node at its placeholders into text and math. */
static void
md_text_math(const struct mdstate *st, cmark_node *node)
{
	const char	*lit = cmark_node_get_literal(node), *p, *q;
	const struct math *m;
	cmark_node	*n;
	struct buf	 b;
	char		*piece, *end;
	size_t		 idx;

	for (p = lit; (q = strstr(p, "VRDMATH")) != NULL; p = end + 1) {
		idx = strtoul(q + 7, &end, 10);
		if (end == q + 7 || *end != 'Z' || idx >= st->nmaths) {
			end = (char *)q + 6;
			continue;
		}
		if (q > p) {
			n = cmark_node_new(CMARK_NODE_TEXT);
			piece = xstrndup(p, (size_t)(q - p));
			cmark_node_set_literal(n, piece);
			free(piece);
			cmark_node_insert_before(node, n);
		}
		m = &st->maths[idx];
		buf_init(&b, 64u << 20);
		buf_printf(&b, "<span class=\"math\" data-display=\"%d\">",
		    m->display);
		esc_html(&b, st->s + m->start, m->len);
		buf_puts(&b, "</span>");
		n = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
		cmark_node_set_on_enter(n, buf_cstr(&b));
		cmark_node_set_on_exit(n, "");
		cmark_node_insert_before(node, n);
		buf_free(&b);
	}
	piece = xstrdup(p);
	cmark_node_set_literal(node, piece);	/* the text after the last */
	free(piece);
}

static int
has_marker(const char *s)
{
	return s != NULL && strstr(s, "VRDMATH") != NULL;
}

/* md_put_math: place every placeholder of the tree (see the top). */
static void
md_put_math(const struct mdstate *st, cmark_node *doc)
{
	cmark_iter	*it = cmark_iter_new(doc);
	cmark_node	**todo = NULL, *n;
	size_t		 ntodo = 0, i;
	char		*r;
	int		 t;

	while (cmark_iter_next(it) != CMARK_EVENT_DONE) {
		n = cmark_iter_get_node(it);
		t = cmark_node_get_type(n);
		if (cmark_iter_get_event_type(it) != CMARK_EVENT_ENTER ||
		    !(has_marker(cmark_node_get_literal(n)) ||
		    (t == CMARK_NODE_CODE_BLOCK &&
		    has_marker(cmark_node_get_fence_info(n))) ||
		    ((t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE) &&
		    (has_marker(cmark_node_get_url(n)) ||
		    has_marker(cmark_node_get_title(n))))))
			continue;
		todo = xrealloc(todo, (ntodo + 1) * sizeof(*todo));
		todo[ntodo++] = n;
	}
	cmark_iter_free(it);
	for (i = 0; i < ntodo; i++) {
		n = todo[i];
		t = cmark_node_get_type(n);
		if (t == CMARK_NODE_TEXT) {
			/* Inside an image the text is its alt attribute. */
			if (cmark_node_parent(n) != NULL &&
			    cmark_node_get_type(cmark_node_parent(n)) ==
			    CMARK_NODE_IMAGE) {
				r = md_restore(st, cmark_node_get_literal(n));
				cmark_node_set_literal(n, r);
				free(r);
			} else
				md_text_math(st, n);
		} else if (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE) {
			r = md_restore(st, cmark_node_get_url(n));
			cmark_node_set_url(n, r);
			free(r);
			r = md_restore(st, cmark_node_get_title(n));
			cmark_node_set_title(n, r);
			free(r);
		} else {
			/* Code (a fence's info string too) and raw HTML. */
			r = md_restore(st, cmark_node_get_literal(n));
			cmark_node_set_literal(n, r);
			free(r);
			if (t == CMARK_NODE_CODE_BLOCK) {
				r = md_restore(st,
				    cmark_node_get_fence_info(n));
				cmark_node_set_fence_info(n, r);
				free(r);
			}
		}
	}
	free(todo);
}

char *
md_render(const char *text, size_t len)
{
	struct mdstate	 st;
	cmark_node	*doc;
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
	doc = cmark_parse_document(buf_cstr(&st.out), st.out.len,
	    CMARK_OPT_DEFAULT | CMARK_OPT_SMART);
	if (doc != NULL) {
		if (st.nmaths > 0)
			md_put_math(&st, doc);
		html = cmark_render_html(doc, CMARK_OPT_DEFAULT |
		    CMARK_OPT_SMART);
		cmark_node_free(doc);
		if (html != NULL) {
			out = xstrdup(html);
			free(html);
		}
	}
	buf_free(&st.out);
	free(st.maths);
	return out;
}
